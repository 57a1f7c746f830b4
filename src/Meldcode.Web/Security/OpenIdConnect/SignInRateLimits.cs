using System.Globalization;
using System.Threading.RateLimiting;
using Meldcode.Web.Configuration;
using Microsoft.AspNetCore.RateLimiting;

namespace Meldcode.Web.Security.OpenIdConnect;

/// <summary>How often one client address may start a sign-in, or come back on the callback (section <c>Authentication:SignInRateLimit</c>).</summary>
public sealed class SignInRateLimitOptions
{
    public const string SectionName = "Authentication:SignInRateLimit";

    /// <summary>Requests per window, per client address, for each of the two paths.</summary>
    public int PermitLimit { get; set; } = 10;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}

/// <summary>
/// Limits the sign-in start (<c>/inloggen</c>) and the callback per client address with a fixed window; too
/// many gives 429 with <c>Retry-After</c>. The callback is answered by the authentication middleware, before
/// any endpoint, so this is a global limiter that looks at the path rather than an endpoint policy; the
/// middleware runs after the forwarded headers, which believe only the configured proxies (ReverseProxy:KnownProxies,
/// KnownNetworks; none by default), so the address is the client's as a trusted proxy reports it, or the peer's. Only with
/// an identity provider: the demo sign-in of Development is not limited.
/// </summary>
internal static class SignInRateLimits
{
    public static void Apply(RateLimiterOptions options, IdentityProviderOptions provider, SignInRateLimitOptions limits)
    {
        if (!provider.IsConfigured)
        {
            return;
        }

        var limited = new[] { DependencyInjection.SignInPath, provider.CallbackPath };
        var window = limits.Window > TimeSpan.Zero ? limits.Window : TimeSpan.FromMinutes(1);
        options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
        {
            // "/inloggen/" reaches the same page as "/inloggen", so it counts against the same limit.
            var requested = context.Request.Path.Value?.TrimEnd('/') ?? string.Empty;
            var path = Array.Find(limited, candidate => string.Equals(requested, candidate.TrimEnd('/'), StringComparison.OrdinalIgnoreCase));
            return path is null
                ? RateLimitPartition.GetNoLimiter(string.Empty)
                : RateLimitPartition.GetFixedWindowLimiter($"{path} {context.Connection.RemoteIpAddress}", _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = Math.Max(1, limits.PermitLimit),
                    Window = window,
                    QueueLimit = 0,
                    AutoReplenishment = true,
                });
        });
        options.OnRejected = (context, _) =>
        {
            var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : window;
            context.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>()
                .CreateLogger(typeof(SignInRateLimits))
                .LogWarning("Too many sign-in requests from one client address on {Path}; answered 429.", context.HttpContext.Request.Path.Value);
            return ValueTask.CompletedTask;
        };
    }
}
