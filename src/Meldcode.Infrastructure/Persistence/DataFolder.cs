using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Meldcode.Infrastructure.Persistence;

/// <summary>The resolved data folder of this installation; created when first asked for.</summary>
public sealed class DataFolder
{
    public DataFolder(IOptions<StorageOptions> options, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        var configured = options.Value.DataDirectory;
        FullPath = Path.GetFullPath(string.IsNullOrWhiteSpace(configured) ? StorageOptions.DefaultDataDirectory : configured, environment.ContentRootPath);
        Directory.CreateDirectory(FullPath);
    }

    private DataFolder(string fullPath)
    {
        FullPath = Path.GetFullPath(fullPath);
        Directory.CreateDirectory(FullPath);
    }

    /// <summary>The data folder at this path, outside dependency injection (tools, tests).</summary>
    public static DataFolder At(string path) => new(path);

    public string FullPath { get; }

    public string DatabasePath => Path.Combine(FullPath, StorageOptions.DatabaseFileName);

    public string KeysPath => Path.Combine(FullPath, StorageOptions.KeysFolderName);
}
