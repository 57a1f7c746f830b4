namespace Meldcode.Application.Notifications;

/// <summary>
/// Notification mail (configuration section <c>Mail</c>): off unless switched on. When on, the settings are checked at
/// start-up and Meldcode refuses to start with incomplete ones (see docs/operations.md, "E-mail notifications").
/// </summary>
public sealed class MailOptions
{
    public const string SectionName = "Mail";

    /// <summary>Whether notification mails are queued and sent. Off by default.</summary>
    public bool Enabled { get; set; }

    /// <summary>The sender's address, e.g. <c>meldcode@school.nl</c>. Required when enabled.</summary>
    public string? From { get; set; }

    /// <summary>The sender's display name.</summary>
    public string FromName { get; set; } = "Meldcode";

    /// <summary>The address of this Meldcode installation as its users open it, e.g. <c>https://meldcode.school.nl</c>. The mail links to its <c>/postvak</c>.</summary>
    public string? LinkBaseUrl { get; set; }

    /// <summary>At least this long between two mails to one person: what comes in meanwhile is told in the next mail. 15 minutes unless set.</summary>
    public TimeSpan MinimumInterval { get; set; } = TimeSpan.FromMinutes(15);

    public SmtpOptions Smtp { get; set; } = new();

    /// <summary>The page the mail links to: the inbox, at <see cref="LinkBaseUrl"/>.</summary>
    public Uri InboxLink => new(new Uri(EnsureTrailingSlash(LinkBaseUrl ?? throw new InvalidOperationException("Mail:LinkBaseUrl is not set.")), UriKind.Absolute), "postvak");

    private static string EnsureTrailingSlash(string url) => url.EndsWith('/') ? url : url + "/";
}

/// <summary>The SMTP server that delivers the mails (section <c>Mail:Smtp</c>).</summary>
public sealed class SmtpOptions
{
    public string? Host { get; set; }

    /// <summary>587 (submission with STARTTLS) unless set; 465 is the usual port for <see cref="SmtpSecurity.SslOnConnect"/>.</summary>
    public int Port { get; set; } = 587;

    public SmtpSecurity Security { get; set; } = SmtpSecurity.StartTls;

    /// <summary>Only when the server wants a sign-in; then <see cref="Password"/> too.</summary>
    public string? UserName { get; set; }

    /// <summary>Set it as an environment variable or secret (<c>Mail__Smtp__Password</c>), never in a committed settings file.</summary>
    public string? Password { get; set; }

    /// <summary>How long one connection or command may take before the attempt counts as failed. 30 seconds unless set.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}

/// <summary>How the connection to the SMTP server is protected.</summary>
public enum SmtpSecurity
{
    /// <summary>Plain, unencrypted: only for a relay on the same machine or network segment.</summary>
    None,

    /// <summary>Connect plainly, then switch to TLS before anything is sent; refuses servers that cannot (the default).</summary>
    StartTls,

    /// <summary>TLS from the first byte (usually port 465).</summary>
    SslOnConnect,
}
