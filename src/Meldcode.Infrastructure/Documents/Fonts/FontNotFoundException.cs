namespace Meldcode.Infrastructure.Documents.Fonts;

/// <summary>No usable TrueType font was found for the PDF documents. The message says where was looked.</summary>
public sealed class FontNotFoundException : Exception
{
    public FontNotFoundException()
    {
    }

    public FontNotFoundException(string message)
        : base(message)
    {
    }

    public FontNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
