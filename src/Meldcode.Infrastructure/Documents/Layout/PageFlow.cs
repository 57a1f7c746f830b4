namespace Meldcode.Infrastructure.Documents.Layout;

/// <summary>
/// The cursor that fills body pages from top to bottom. Structure elements opened with <see cref="Open"/> are
/// closed at a page break and opened again on the next page, so every page's content is tagged completely.
/// </summary>
internal sealed class PageFlow
{
    private const double Epsilon = 0.01;

    private readonly List<LayoutPage> _pages = [];
    private readonly List<StructureTag> _openTags = [];
    private LayoutPage _page;

    public PageFlow()
    {
        _page = new LayoutPage();
        _pages.Add(_page);
        Y = PageGeometry.BodyTop;
    }

    /// <summary>The top of the next content, in points from the top of the page.</summary>
    public double Y { get; private set; }

    public double Remaining => PageGeometry.BodyBottom - Y;

    public static double ContentHeight => PageGeometry.BodyBottom - PageGeometry.BodyTop;

    /// <summary>Nothing has been placed on this page yet.</summary>
    public bool AtTop => Y <= PageGeometry.BodyTop + Epsilon;

    public IReadOnlyList<LayoutPage> Pages => _pages;

    public void NewPage()
    {
        for (var i = _openTags.Count - 1; i >= 0; i--)
        {
            _page.Ops.Add(EndElementOp.Instance);
        }
        _page = new LayoutPage();
        _pages.Add(_page);
        Y = PageGeometry.BodyTop;
        foreach (var tag in _openTags)
        {
            _page.Ops.Add(new BeginElementOp(tag));
        }
    }

    /// <summary>Starts a new page when <paramref name="height"/> does not fit, unless this page is still empty.</summary>
    public void EnsureSpace(double height)
    {
        if (height > Remaining + Epsilon && !AtTop)
        {
            NewPage();
        }
    }

    /// <summary>White space; dropped at the top of a page.</summary>
    public void Space(double height)
    {
        if (!AtTop)
        {
            Y += height;
        }
    }

    public void Advance(double height) => Y += height;

    public void Open(StructureTag tag)
    {
        _openTags.Add(tag);
        _page.Ops.Add(new BeginElementOp(tag));
    }

    public void Close()
    {
        _openTags.RemoveAt(_openTags.Count - 1);
        _page.Ops.Add(EndElementOp.Instance);
    }

    public void Add(DrawOp op) => _page.Ops.Add(op);
}
