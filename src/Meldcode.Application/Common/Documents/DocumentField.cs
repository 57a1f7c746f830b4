namespace Meldcode.Application.Common.Documents;

/// <summary>One label of a <see cref="FieldsBlock"/> with its value; a null or blank value counts as not filled in.</summary>
public sealed record DocumentField(string Label, string? Value)
{
    public const string NotFilledIn = "niet ingevuld";

    public string Label { get; } = Label ?? throw new ArgumentNullException(nameof(Label));

    /// <summary>The value to print: the value itself, or "niet ingevuld" when it is empty.</summary>
    public string Text => string.IsNullOrWhiteSpace(Value) ? NotFilledIn : Value;
}
