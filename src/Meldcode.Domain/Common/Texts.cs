namespace Meldcode.Domain.Common;

/// <summary>Length limits for what people type, shared by the domain rules and the forms.</summary>
public static class Texts
{
    /// <summary>A free-text field (facts, advice, rationale…).</summary>
    public const int LongMax = 10_000;

    /// <summary>A name, place, role or short label.</summary>
    public const int ShortMax = 200;

    /// <summary>A required long text, trimmed.</summary>
    public static string Required(string? value, string dutchFieldName) => Guard.RequiredText(value, dutchFieldName, LongMax);

    /// <summary>A required short text, trimmed.</summary>
    public static string RequiredShort(string? value, string dutchFieldName) => Guard.RequiredText(value, dutchFieldName, ShortMax);

    /// <summary>An optional text: null when empty, trimmed, and within the limit.</summary>
    public static string? Optional(string? value, string dutchFieldName, int maxLength = LongMax)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        if (trimmed.Length > maxLength)
        {
            throw new DomainException($"{dutchFieldName} mag hoogstens {maxLength} tekens lang zijn.");
        }

        return trimmed;
    }
}
