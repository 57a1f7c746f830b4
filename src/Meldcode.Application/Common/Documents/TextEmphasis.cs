namespace Meldcode.Application.Common.Documents;

/// <summary>How a <see cref="ParagraphBlock"/> stands out from the text around it.</summary>
public enum TextEmphasis
{
    Normal,

    /// <summary>Stands out: a warning, a deviation, a marking.</summary>
    Strong,

    /// <summary>Secondary: who and when, explanations.</summary>
    Muted,
}
