using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Meldcode.EndToEnd.Tests.Support;

/// <summary>The real application in Development (demo data; the demo sign-in unless settings configure a provider) with its own data folder.</summary>
internal sealed class MeldcodeWebApplicationFactory : WebApplicationFactory<Program>
{
    private readonly string _dataDirectory;
    private readonly IReadOnlyDictionary<string, string> _settings;

    public MeldcodeWebApplicationFactory(string dataDirectory, IReadOnlyDictionary<string, string>? settings = null)
    {
        _dataDirectory = dataDirectory;
        _settings = settings ?? new Dictionary<string, string>();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Storage:DataDirectory", _dataDirectory);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
