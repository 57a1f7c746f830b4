namespace Meldcode.Web.Live;

/// <summary>
/// Keeps a participant's token in their browser: one cookie, for the session they joined last, valid 24 hours (the
/// longest a session runs). HttpOnly, so no script reads it; Secure and host-only (<c>__Host-</c>).
/// </summary>
public static class ParticipantCookie
{
    public const string Name = "__Host-Meldcode-Deelname";

    public static void Set(HttpResponse response, Guid sessionId, string token)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Cookies.Append(Name, $"{sessionId:N}.{token}", new CookieOptions
        {
            HttpOnly = true,
            Secure = true,
            SameSite = SameSiteMode.Lax,
            Path = "/",
            MaxAge = TimeSpan.FromHours(24),
            IsEssential = true,
        });
    }

    /// <summary>The token this browser holds for the session, or null.</summary>
    public static string? TokenFor(HttpRequest request, Guid sessionId)
    {
        ArgumentNullException.ThrowIfNull(request);
        var value = request.Cookies[Name];
        var prefix = $"{sessionId:N}.";
        return value is not null && value.StartsWith(prefix, StringComparison.Ordinal) ? value[prefix.Length..] : null;
    }
}
