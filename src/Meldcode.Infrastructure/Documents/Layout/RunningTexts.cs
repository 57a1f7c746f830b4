using System.Globalization;
using Meldcode.Application.Common.Documents;
using Meldcode.Domain.Common;

namespace Meldcode.Infrastructure.Documents.Layout;

/// <summary>The header and footer of every page: cleaned once, shortened with an ellipsis to fit their place.</summary>
internal sealed record RunningTexts(string Organisation, string Reference, string FooterLine, string DocumentLine)
{
    /// <summary>The marking at the top right of every page.</summary>
    public const string Marking = "VERTROUWELIJK";

    private const double Gap = 12;

    public static RunningTexts From(DocumentDescription description, int pageCount)
    {
        var markingWidth = Typography.RunningMarking.Width(Marking);
        var widestPageNumber = Typography.Footer.Width(PageNumber(pageCount, pageCount));
        return new RunningTexts(
            Fit(description.Organisation, Typography.RunningOrganisation, PageGeometry.ContentWidth - markingWidth - Gap),
            Fit(description.Reference, Typography.RunningReference, PageGeometry.ContentWidth),
            Fit($"Gemaakt op {DutchTime.Moment(description.CreatedAt)} door {description.CreatedBy}", Typography.Footer, PageGeometry.ContentWidth - widestPageNumber - Gap),
            Fit("Document-ID: " + description.DocumentId, Typography.Footer, PageGeometry.ContentWidth));
    }

    public static string PageNumber(int page, int count) =>
        string.Create(CultureInfo.InvariantCulture, $"pagina {page} van {count}");

    private static string Fit(string text, TextFormat format, double width) =>
        LineBreaker.Fit(format.Metrics.Displayable(TextCleaner.CleanLine(text)), format, width);
}
