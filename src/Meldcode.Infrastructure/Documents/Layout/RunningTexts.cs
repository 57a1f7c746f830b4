using System.Globalization;

namespace Meldcode.Infrastructure.Documents.Layout;

/// <summary>The header and footer of every page: cleaned once, shortened with an ellipsis to fit their place.</summary>
internal sealed record RunningTexts(string Organisation, string Reference, string Marking, string FooterLine, string DocumentLine)
{
    private const double Gap = 12;

    public static RunningTexts From(PrintDocument document, int pageCount)
    {
        var marking = Fit(document.Header.Marking, Typography.RunningMarking, PageGeometry.ContentWidth / 2);
        var markingWidth = Typography.RunningMarking.Width(marking);
        var widestPageNumber = Typography.Footer.Width(PageNumber(pageCount, pageCount));
        return new RunningTexts(
            Fit(document.Header.Organisation, Typography.RunningOrganisation, PageGeometry.ContentWidth - markingWidth - Gap),
            Fit(document.Header.Reference, Typography.RunningReference, PageGeometry.ContentWidth),
            marking,
            Fit(document.FooterLine, Typography.Footer, PageGeometry.ContentWidth - widestPageNumber - Gap),
            Fit("Document-ID: " + document.Metadata.DocumentId, Typography.Footer, PageGeometry.ContentWidth));
    }

    public static string PageNumber(int page, int count) =>
        string.Create(CultureInfo.InvariantCulture, $"pagina {page} van {count}");

    private static string Fit(string text, TextFormat format, double width) =>
        LineBreaker.Fit(format.Metrics.Displayable(TextCleaner.CleanLine(text)), format, width);
}
