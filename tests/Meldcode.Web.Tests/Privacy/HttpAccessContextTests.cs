using System.Net;
using System.Security.Claims;
using Meldcode.Web.Security;
using Microsoft.AspNetCore.Http;

namespace Meldcode.Web.Tests.Privacy;

/// <summary>Where a request comes from, as the access log writes it down.</summary>
public sealed class HttpAccessContextTests
{
    [Fact]
    public void An_IPv4_client_behind_an_IPv6_socket_is_written_as_IPv4()
    {
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = IPAddress.Parse("::ffff:192.0.2.10");

        Assert.Equal("192.0.2.10", Of(context).ClientAddress);
    }

    [Fact]
    public void The_session_reference_is_short_stable_and_not_the_session_id()
    {
        var session = Guid.NewGuid();
        var context = new DefaultHttpContext { User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(SessionClaims.SessionIdClaim, session.ToString())], "test")) };

        var reference = Of(context).SessionReference;

        Assert.Matches("^[0-9a-f]{12}$", reference!);
        Assert.Equal(reference, Of(context).SessionReference);
        Assert.DoesNotContain(reference!, session.ToString("N"), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_session_or_a_connection_address_nothing_is_made_up()
    {
        var context = new DefaultHttpContext();

        Assert.Null(Of(context).ClientAddress);
        Assert.Null(Of(context).SessionReference);
        Assert.Null(Of(context).Page);
    }

    private static HttpAccessContext Of(HttpContext context) => new(new HttpContextAccessor { HttpContext = context });
}
