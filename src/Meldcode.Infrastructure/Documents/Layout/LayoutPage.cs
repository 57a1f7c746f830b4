namespace Meldcode.Infrastructure.Documents.Layout;

/// <summary>A laid-out page of the body.</summary>
internal sealed class LayoutPage
{
    public List<DrawOp> Ops { get; } = [];
}
