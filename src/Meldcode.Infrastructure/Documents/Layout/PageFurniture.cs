namespace Meldcode.Infrastructure.Documents.Layout;

/// <summary>The running header and footer of one page, as decoration (artifacts) around the body.</summary>
internal static class PageFurniture
{
    public static IReadOnlyList<DrawOp> Header(RunningTexts texts) =>
    [
        new BeginElementOp(StructureTag.Artifact),
        new TextOp(PageGeometry.Left, PageGeometry.HeaderFirstBaseline, texts.Organisation, Typography.RunningOrganisation),
        RightAligned(RunningTexts.Marking, Typography.RunningMarking, PageGeometry.HeaderFirstBaseline),
        new TextOp(PageGeometry.Left, PageGeometry.HeaderSecondBaseline, texts.Reference, Typography.RunningReference),
        new LineOp(PageGeometry.Left, PageGeometry.HeaderRule, PageGeometry.Right, PageGeometry.HeaderRule, Typography.Rule),
        EndElementOp.Instance,
    ];

    public static IReadOnlyList<DrawOp> Footer(RunningTexts texts, int page, int pageCount) =>
    [
        new BeginElementOp(StructureTag.Artifact),
        new LineOp(PageGeometry.Left, PageGeometry.FooterRule, PageGeometry.Right, PageGeometry.FooterRule, Typography.Rule),
        new TextOp(PageGeometry.Left, PageGeometry.FooterFirstBaseline, texts.FooterLine, Typography.Footer),
        RightAligned(RunningTexts.PageNumber(page, pageCount), Typography.Footer, PageGeometry.FooterFirstBaseline),
        new TextOp(PageGeometry.Left, PageGeometry.FooterSecondBaseline, texts.DocumentLine, Typography.Footer),
        EndElementOp.Instance,
    ];

    private static TextOp RightAligned(string text, TextFormat format, double baseline) =>
        new(PageGeometry.Right - format.Width(text), baseline, text, format);
}
