using System.Security.Cryptography;
using System.Text;
using Meldcode.Application.AccessLog;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Meldcode.Web.Security;

/// <summary>
/// Where a request comes from, for the access log: the client address as the forwarded-headers middleware leaves it
/// (it takes <c>X-Forwarded-For</c> only from the configured proxies), a reference to the sign-in session that cannot
/// be turned back into the session, and the route of the page.
/// </summary>
internal sealed class HttpAccessContext : IAccessContext
{
    private readonly IHttpContextAccessor _accessor;

    public HttpAccessContext(IHttpContextAccessor accessor)
    {
        _accessor = accessor;
    }

    public string? ClientAddress => _accessor.HttpContext?.Connection.RemoteIpAddress is { } address
        ? (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address).ToString()
        : null;

    public string? SessionReference => SessionClaims.SessionId(_accessor.HttpContext?.User) is { } session
        ? Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(session.ToString("N"))))[..12]
        : null;

    public string? Page => _accessor.HttpContext?.GetEndpoint()?.Metadata.GetMetadata<PageActionDescriptor>() is { } page
        ? page.AttributeRouteInfo?.Template ?? page.ViewEnginePath
        : null;
}
