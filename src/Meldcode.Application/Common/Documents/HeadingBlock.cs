namespace Meldcode.Application.Common.Documents;

/// <summary>
/// A heading; level 1 is a chapter, 2 a section, 3 an item within a section. In print it stays on the
/// same page as the start of what follows it.
/// </summary>
public sealed record HeadingBlock(int Level, string Text) : DocumentBlock
{
    public int Level { get; } = Level is >= 1 and <= 3
        ? Level
        : throw new ArgumentOutOfRangeException(nameof(Level), Level, "A heading has level 1, 2 or 3.");

    public string Text { get; } = Text ?? throw new ArgumentNullException(nameof(Text));
}
