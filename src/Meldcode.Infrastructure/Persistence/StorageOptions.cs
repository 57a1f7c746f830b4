namespace Meldcode.Infrastructure.Persistence;

/// <summary>Where Meldcode keeps its data: the SQLite database and the Data Protection keys (section <c>Storage</c>).</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";
    public const string DefaultDataDirectory = "data";
    public const string DatabaseFileName = "meldcode.db";
    public const string KeysFolderName = "keys";

    /// <summary>The data folder; a relative path is taken from the application's content root.</summary>
    public string DataDirectory { get; set; } = DefaultDataDirectory;

    public static string ConnectionStringFor(string databasePath) => $"Data Source={databasePath}";
}
