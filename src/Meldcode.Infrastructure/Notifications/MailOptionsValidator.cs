using System.Net;
using Meldcode.Application.Notifications;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Meldcode.Infrastructure.Notifications;

/// <summary>
/// Checks the <c>Mail</c> settings at start-up when notification mail is switched on (ValidateOnStart): Meldcode does not
/// start with settings that cannot deliver, and says in one sentence per problem what to set. Off, nothing is checked.
/// </summary>
public sealed class MailOptionsValidator : IValidateOptions<MailOptions>
{
    private static readonly TimeSpan LongestTimeout = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan LongestMinimumInterval = TimeSpan.FromDays(1);

    public ValidateOptionsResult Validate(string? name, MailOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.Enabled)
        {
            return ValidateOptionsResult.Success;
        }

        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(options.From) || !MailboxAddress.TryParse(options.From, out var from) || from.Address != options.From.Trim() || !from.Address.Contains('@', StringComparison.Ordinal))
        {
            problems.Add("Mail:From must be the sender's e-mail address alone, for example meldcode@school.nl (the display name goes in Mail:FromName).");
        }

        if (!Uri.TryCreate(options.LinkBaseUrl, UriKind.Absolute, out var link)
            || (link.Scheme != Uri.UriSchemeHttps && !(link.Scheme == Uri.UriSchemeHttp && link.IsLoopback))
            || !string.IsNullOrEmpty(link.Query) || !string.IsNullOrEmpty(link.Fragment) || !string.IsNullOrEmpty(link.UserInfo))
        {
            problems.Add("Mail:LinkBaseUrl must be the https address where people open Meldcode, for example https://meldcode.school.nl (without query or fragment; the mail links to its /postvak).");
        }

        var smtp = options.Smtp;
        if (string.IsNullOrWhiteSpace(smtp.Host))
        {
            problems.Add("Mail:Smtp:Host must name the SMTP server that delivers the mails, for example smtp.school.nl.");
        }

        if (smtp.Port is < 1 or > 65535)
        {
            problems.Add("Mail:Smtp:Port must be a port number from 1 to 65535 (usually 587 with StartTls, 465 with SslOnConnect).");
        }

        if (!Enum.IsDefined(smtp.Security))
        {
            problems.Add("Mail:Smtp:Security must be None, StartTls or SslOnConnect.");
        }

        var hasUserName = !string.IsNullOrEmpty(smtp.UserName);
        var hasPassword = !string.IsNullOrEmpty(smtp.Password);
        if (hasUserName != hasPassword)
        {
            problems.Add("Mail:Smtp:UserName and Mail:Smtp:Password go together: set both (the server wants a sign-in) or neither.");
        }
        else if (hasUserName && smtp.Security == SmtpSecurity.None && !IsLoopback(smtp.Host))
        {
            problems.Add("Mail:Smtp:Security is None, which would send the SMTP password unencrypted over the network: use StartTls or SslOnConnect.");
        }

        if (smtp.Timeout <= TimeSpan.Zero || smtp.Timeout > LongestTimeout)
        {
            problems.Add("Mail:Smtp:Timeout must be more than zero and at most 5 minutes, for example 00:00:30.");
        }

        if (options.MinimumInterval < TimeSpan.Zero || options.MinimumInterval > LongestMinimumInterval)
        {
            problems.Add("Mail:MinimumInterval must be from zero to one day, for example 00:15:00.");
        }

        return problems.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(problems.Prepend("Notification mail is switched on (Mail:Enabled) but its settings are incomplete; see docs/operations.md, \"E-mail notifications\"."));
    }

    private static bool IsLoopback(string? host) =>
        string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address));
}
