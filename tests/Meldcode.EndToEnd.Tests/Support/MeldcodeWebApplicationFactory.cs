using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Meldcode.EndToEnd.Tests.Support;

/// <summary>The real application in Development (demo sign-in, demo data) with its own data folder.</summary>
internal sealed class MeldcodeWebApplicationFactory : WebApplicationFactory<Program>
{
    private readonly string _dataDirectory;

    public MeldcodeWebApplicationFactory(string dataDirectory)
    {
        _dataDirectory = dataDirectory;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Storage:DataDirectory", _dataDirectory);
    }
}
