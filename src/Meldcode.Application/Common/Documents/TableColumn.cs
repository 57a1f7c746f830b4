namespace Meldcode.Application.Common.Documents;

/// <summary>A column of a <see cref="TableBlock"/>: its header and its width relative to the other columns.</summary>
public sealed record TableColumn(string Header, double RelativeWidth)
{
    public string Header { get; } = Header ?? throw new ArgumentNullException(nameof(Header));

    public double RelativeWidth { get; } = RelativeWidth > 0 && double.IsFinite(RelativeWidth)
        ? RelativeWidth
        : throw new ArgumentOutOfRangeException(nameof(RelativeWidth), RelativeWidth, "The relative width must be a positive finite number.");
}
