namespace Meldcode.Application.Notifications;

/// <summary>
/// The transport could not hand a mail over. <see cref="Exception.Message"/> is safe for the technical log: it names
/// what failed (connecting, TLS, signing in, the server's status code), never the recipient's address.
/// </summary>
public sealed class MailNotSentException : Exception
{
    public MailNotSentException()
    {
    }

    public MailNotSentException(string message)
        : base(message)
    {
    }

    public MailNotSentException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
