namespace Meldcode.Web.Configuration;

/// <summary>How long a sign-in lasts (section <c>Authentication:Session</c>).</summary>
public sealed class SessionLifetimeOptions
{
    public const string SectionName = "Authentication:Session";

    /// <summary>Signed out after this long without a request.</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Signed out this long after signing in, however active the session.</summary>
    public TimeSpan AbsoluteTimeout { get; set; } = TimeSpan.FromHours(10);

    /// <summary>How long before the session ends a page warns, with a button to stay signed in.</summary>
    public TimeSpan WarnBefore { get; set; } = TimeSpan.FromMinutes(5);
}
