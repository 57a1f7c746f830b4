using System.Net;
using Meldcode.Infrastructure.Persistence;
using Meldcode.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace Meldcode.Web.Tests.MultipleInstances;

/// <summary>
/// Two instances of the app on one PostgreSQL database, as behind a load balancer: each with its own memory and data
/// folder, sharing only the database. The first starts first (migrated and seeded), the second after it.
/// </summary>
public sealed class TwoInstances : IDisposable
{
    public TwoInstances()
    {
        First = MeldcodeFactory.On(DatabaseProvider.PostgreSql);
        First.CreateClient().Dispose();
        Second = MeldcodeFactory.On(DatabaseProvider.PostgreSql).SharingDatabaseWith(First);
        Second.CreateClient().Dispose();
    }

    public MeldcodeFactory First { get; }

    public MeldcodeFactory Second { get; }

    /// <summary>A browser whose requests the load balancer sends to either instance: one cookie jar for both.</summary>
    public BalancedBrowser Browser() => new(this);

    public void Dispose()
    {
        Second.Dispose();
        First.Dispose();
    }
}

/// <summary>One browser (one cookie jar) with a client per instance; what one instance sets, the other gets sent.</summary>
public sealed class BalancedBrowser : IDisposable
{
    internal BalancedBrowser(TwoInstances instances)
    {
        First = Client(instances.First);
        Second = Client(instances.Second);
    }

    public CookieContainer Cookies { get; } = new();

    /// <summary>Requests that land on the first instance.</summary>
    public HttpClient First { get; }

    /// <summary>Requests that land on the second instance.</summary>
    public HttpClient Second { get; }

    /// <summary>The cookies the browser would send now, as a Cookie header (to replay them elsewhere).</summary>
    public string CookieHeader => Cookies.GetCookieHeader(new Uri("https://localhost/"));

    public void Dispose()
    {
        First.Dispose();
        Second.Dispose();
    }

    private HttpClient Client(MeldcodeFactory instance)
    {
        var client = instance.CreateDefaultClient(new Uri("https://localhost"), new CookieContainerHandler(Cookies));
        client.DefaultRequestHeaders.Accept.ParseAdd("text/html");
        return client;
    }
}
