namespace Meldcode.Infrastructure.Tests.Documents.Support;

/// <summary>The page areas the tests check against, in points from the top left of an A4 page.</summary>
public static class Geometry
{
    public const double PageWidth = 595.28;
    public const double Left = 56.69;
    public const double Right = PageWidth - 56.69;

    /// <summary>Below this line starts the body (the running header is above it).</summary>
    public const double HeaderRule = 60;

    /// <summary>Above this line ends the body (the footer is below it).</summary>
    public const double FooterRule = 841.89 - 62;

    /// <summary>Half a point, for rounding in the words' boxes.</summary>
    public const double Tolerance = 0.5;
}
