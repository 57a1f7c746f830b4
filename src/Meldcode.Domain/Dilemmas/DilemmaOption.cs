using Meldcode.Domain.Common;

namespace Meldcode.Domain.Dilemmas;

/// <summary>One answer a participant can vote for at a decision point; its key is the letter shown (A, B, C…).</summary>
public sealed record DilemmaOption
{
    public const int TextMax = 250;

    internal DilemmaOption(string key, string text)
    {
        Key = key;
        Text = Guard.RequiredText(text, FieldName.Singular("de tekst van een keuze"), TextMax);
    }

    /// <summary>The letter of the option: A for the first, B for the second…</summary>
    public string Key { get; }

    public string Text { get; }
}
