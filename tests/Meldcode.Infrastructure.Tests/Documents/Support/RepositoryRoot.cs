namespace Meldcode.Infrastructure.Tests.Documents.Support;

/// <summary>The folder that holds Meldcode.sln, found by walking up from the test binaries.</summary>
public static class RepositoryRoot
{
    public static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Meldcode.sln")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException($"No Meldcode.sln above {AppContext.BaseDirectory}.");
    }

    /// <summary>test-artifacts/NAME at the repository root (test.sh clears test-artifacts before a run).</summary>
    public static string ArtifactsFolder(string name)
    {
        var folder = Path.Combine(Find(), "test-artifacts", name);
        Directory.CreateDirectory(folder);
        return folder;
    }
}
