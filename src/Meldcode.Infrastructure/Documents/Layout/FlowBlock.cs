namespace Meldcode.Infrastructure.Documents.Layout;

/// <summary>A block whose text is already wrapped, ready to be placed on pages.</summary>
internal abstract class FlowBlock
{
    public virtual double SpaceBefore => 0;

    public virtual double SpaceAfter => 0;

    /// <summary>The height of this block's start that a heading before it must share a page with (0: none).</summary>
    public virtual double LeadHeight => 0;

    public abstract void Flow(PageFlow flow);
}
