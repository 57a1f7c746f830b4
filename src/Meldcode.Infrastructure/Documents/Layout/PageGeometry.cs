namespace Meldcode.Infrastructure.Documents.Layout;

/// <summary>A4 portrait in points (1/72 inch): margins of 20 mm left and right, a running header and footer.</summary>
internal static class PageGeometry
{
    public const double Width = 595.28;
    public const double Height = 841.89;
    public const double Left = 56.69;
    public const double Right = Width - 56.69;
    public const double ContentWidth = Right - Left;

    public const double HeaderFirstBaseline = 40;
    public const double HeaderSecondBaseline = 53;
    public const double HeaderRule = 60;
    public const double BodyTop = 78;

    public const double BodyBottom = Height - 72;
    public const double FooterRule = Height - 62;
    public const double FooterFirstBaseline = Height - 50;
    public const double FooterSecondBaseline = Height - 39;
}
