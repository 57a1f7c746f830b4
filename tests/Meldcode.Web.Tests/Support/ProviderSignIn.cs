using System.Net;
using System.Text.Json.Nodes;

namespace Meldcode.Web.Tests.Support;

/// <summary>A browser signing in through <see cref="FakeIdentityProvider"/>: start at /inloggen, approve at the provider, come back to the callback.</summary>
public static class ProviderSignIn
{
    /// <summary>Starts signing in and returns where the app sends the browser: the provider's authorization request.</summary>
    public static async Task<Uri> AuthorizationRequestAsync(this HttpClient client, string start = "/inloggen")
    {
        ArgumentNullException.ThrowIfNull(client);
        using var challenge = await client.GetAsync(new Uri(start, UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        return challenge.Headers.Location!;
    }

    /// <summary>Signs in as <paramref name="subject"/> at the provider; returns the app's answer to the callback.</summary>
    public static async Task<HttpResponseMessage> SignInAtProviderAsync(this HttpClient client, FakeIdentityProvider provider, string subject = "sub-sanne", Action<JsonObject>? claims = null, string start = "/inloggen")
    {
        ArgumentNullException.ThrowIfNull(provider);
        var callback = provider.Approve(await client.AuthorizationRequestAsync(start), subject, claims);
        return await client.GetAsync(new Uri(callback, UriKind.Relative));
    }
}
