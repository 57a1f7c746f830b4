namespace Meldcode.Infrastructure.Documents;

/// <summary>One label with its value; a null value counts as not filled in.</summary>
public sealed record KeyValueItem
{
    public KeyValueItem(string label, string? value)
    {
        ArgumentNullException.ThrowIfNull(label);
        Label = label;
        Value = value;
    }

    public string Label { get; }

    public string? Value { get; }
}

/// <summary>
/// Labels in a narrow column with their values beside them, each wrapped in its own column. An empty value reads
/// <see cref="Placeholder"/>.
/// </summary>
public sealed record KeyValueList : Block
{
    /// <summary>The text shown for an empty value.</summary>
    public const string Placeholder = "niet ingevuld";

    public KeyValueList(IEnumerable<KeyValueItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        Items = [.. items];
        foreach (var item in Items)
        {
            ArgumentNullException.ThrowIfNull(item, nameof(items));
        }
    }

    public IReadOnlyList<KeyValueItem> Items { get; }
}
