namespace Meldcode.Application.Common.Exceptions;

/// <summary>The current user may not do this. Becomes a 403.</summary>
public sealed class ForbiddenAccessException : Exception
{
    public ForbiddenAccessException()
        : base("The current user may not perform this request.")
    {
    }

    public ForbiddenAccessException(string message)
        : base(message)
    {
    }

    public ForbiddenAccessException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
