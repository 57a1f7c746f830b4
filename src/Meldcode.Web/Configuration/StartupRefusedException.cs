namespace Meldcode.Web.Configuration;

/// <summary>The installation is not fit to start; the message tells the operator what to do.</summary>
public sealed class StartupRefusedException : Exception
{
    public StartupRefusedException(string message)
        : base(message)
    {
    }

    public StartupRefusedException()
    {
    }

    public StartupRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
