namespace Meldcode.EndToEnd.Tests.Support;

/// <summary>Where things are in the repository, found from the test assembly's own location.</summary>
internal static class RepositoryPaths
{
    private const string SolutionFileName = "Meldcode.sln";

    private static readonly DirectoryInfo OutputFolder = new(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory));

    /// <summary>The folder holding Meldcode.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The build configuration the tests were built with (bin/&lt;Configuration&gt;/&lt;framework&gt;).</summary>
    public static string Configuration { get; } = OutputFolder.Parent?.Name
        ?? throw new InvalidOperationException($"Cannot tell the build configuration from {OutputFolder.FullName}.");

    /// <summary>The target framework folder name, e.g. net10.0.</summary>
    public static string TargetFramework { get; } = OutputFolder.Name;

    /// <summary>The web application as built by the same build as these tests.</summary>
    public static string WebAssembly { get; } =
        Path.Combine(Root, "src", "Meldcode.Web", "bin", Configuration, TargetFramework, "Meldcode.Web.dll");

    /// <summary>Screenshots and other artefacts for humans: test-artifacts/ at the repository root (git-ignored).</summary>
    public static string Artifacts
    {
        get
        {
            var folder = Path.Combine(Root, "test-artifacts");
            Directory.CreateDirectory(folder);
            return folder;
        }
    }

    private static string FindRoot()
    {
        for (var folder = OutputFolder; folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, SolutionFileName)))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No {SolutionFileName} found above {OutputFolder.FullName}.");
    }
}
