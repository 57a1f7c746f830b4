using System.Net.Sockets;
using MailKit.Net.Smtp;
using MailKit.Security;
using Meldcode.Application.Notifications;
using Microsoft.Extensions.Options;
using MimeKit;
using MimeKit.Text;

namespace Meldcode.Infrastructure.Notifications;

/// <summary>
/// Hands a mail to the SMTP server of <see cref="MailOptions.Smtp"/> with MailKit (see ADR 0010): one connection per
/// mail, TLS as configured, a sign-in only when a user name is set. Failures become <see cref="MailNotSentException"/>
/// with a reason fit for the technical log (never the address, nor the server's own text, which may quote it).
/// </summary>
public sealed class SmtpMailTransport(IOptions<MailOptions> options) : IMailTransport
{
    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mail);
        var settings = options.Value;
        using var message = Compose(mail, settings);
        var smtp = settings.Smtp;
        var host = smtp.Host ?? throw new InvalidOperationException("Mail:Smtp:Host is not set.");
        using var client = new SmtpClient { Timeout = (int)smtp.Timeout.TotalMilliseconds };
        var stage = "connecting";
        try
        {
            await client.ConnectAsync(host, smtp.Port, SocketOptions(smtp.Security), cancellationToken).ConfigureAwait(false);
            if (!string.IsNullOrEmpty(smtp.UserName))
            {
                stage = "signing in";
                await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? string.Empty, cancellationToken).ConfigureAwait(false);
            }

            stage = "sending";
            await client.SendAsync(message, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception) when (Reason(exception) is { } reason)
        {
            throw new MailNotSentException($"SMTP {stage} failed: {reason}", exception);
        }

        // The server has accepted the mail: a failure to say goodbye must not make it count as unsent (and be sent twice).
        try
        {
            await client.DisconnectAsync(true, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException && Reason(exception) is not null)
        {
        }
    }

    /// <summary>The mail as MIME: plain UTF-8 text in Dutch, marked as sent automatically (RFC 3834) so that auto-replies stay away.</summary>
    internal static MimeMessage Compose(OutgoingMail mail, MailOptions settings)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(settings.FromName, settings.From ?? throw new InvalidOperationException("Mail:From is not set.")));
        message.To.Add(new MailboxAddress(string.Empty, mail.To));
        message.Subject = mail.Subject;
        message.Headers.Add("Auto-Submitted", "auto-generated");
        message.Headers.Add(HeaderId.ContentLanguage, "nl");
        message.Body = new TextPart(TextFormat.Plain) { Text = mail.Body };
        return message;
    }

    private static SecureSocketOptions SocketOptions(SmtpSecurity security) => security switch
    {
        SmtpSecurity.None => SecureSocketOptions.None,
        SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
        SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => throw new ArgumentOutOfRangeException(nameof(security), security, "Unknown SMTP security setting."),
    };

    /// <summary>Why sending failed, in words without personal data; null for exceptions that are not about delivery (bugs).</summary>
    private static string? Reason(Exception exception) => exception switch
    {
        SmtpCommandException command => $"the server answered {(int)command.StatusCode} ({command.ErrorCode}, {command.StatusCode})",
        SslHandshakeException => "the TLS handshake failed (check Mail:Smtp:Security, the port and the server's certificate)",
        AuthenticationException => "the server refused the user name or password",
        SmtpProtocolException => "the server broke the SMTP protocol",
        MailKit.ServiceNotConnectedException => "the connection was lost",
        NotSupportedException => "the server does not offer what the settings ask (for example STARTTLS or a sign-in)",
        SocketException socket => $"no connection to the server ({socket.SocketErrorCode})",
        TimeoutException or OperationCanceledException => "the server did not answer in time (Mail:Smtp:Timeout)",
        IOException => "the connection broke",
        _ => null,
    };
}
