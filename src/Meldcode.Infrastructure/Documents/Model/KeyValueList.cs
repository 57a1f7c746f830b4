namespace Meldcode.Infrastructure.Documents;

/// <summary>What a <see cref="KeyValueList"/> does with an item whose value is null or blank.</summary>
public enum EmptyValues
{
    /// <summary>Show the item with "niet ingevuld".</summary>
    ShowPlaceholder,

    /// <summary>Leave the item out.</summary>
    Omit,
}

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

/// <summary>Labels in a narrow column with their values beside them, each wrapped in its own column.</summary>
public sealed record KeyValueList : Block
{
    /// <summary>The text shown for an empty value with <see cref="EmptyValues.ShowPlaceholder"/>.</summary>
    public const string Placeholder = "niet ingevuld";

    public KeyValueList(IEnumerable<KeyValueItem> items, EmptyValues emptyValues = EmptyValues.ShowPlaceholder)
    {
        ArgumentNullException.ThrowIfNull(items);
        Items = [.. items];
        foreach (var item in Items)
        {
            ArgumentNullException.ThrowIfNull(item, nameof(items));
        }
        EmptyValues = emptyValues;
    }

    public IReadOnlyList<KeyValueItem> Items { get; }

    public EmptyValues EmptyValues { get; }
}
