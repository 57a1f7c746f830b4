namespace Meldcode.Domain.Common;

/// <summary>
/// A broken business rule. The message is written for the user (in Dutch) and may be shown as is;
/// it never contains personal data.
/// </summary>
public sealed class DomainException : Exception
{
    public DomainException(string message)
        : base(message)
    {
    }

    public DomainException()
    {
    }

    public DomainException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
