using Meldcode.Application.Common.Documents;

namespace Meldcode.Infrastructure.Documents.Layout;

/// <summary>Lays out the body of a document on pages; the running header and footer are added when drawing.</summary>
internal static class DocumentLayouter
{
    public static IReadOnlyList<LayoutPage> Layout(IReadOnlyList<DocumentBlock> blocks)
    {
        var flow = new PageFlow();
        foreach (var block in FlowBlockFactory.Create(blocks))
        {
            flow.Space(block.SpaceBefore);
            block.Flow(flow);
            flow.Space(block.SpaceAfter);
        }
        return flow.Pages;
    }
}
