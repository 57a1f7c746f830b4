using System.Runtime.CompilerServices;

namespace Meldcode.Domain.Common;

/// <summary>
/// Length limits for what people type, shared by the domain and the forms, and how the domain stores a text. The
/// validators check that a text is there and within its limit; the domain trims what it stores.
/// </summary>
public static class Texts
{
    /// <summary>A free-text field (facts, advice, rationale…).</summary>
    public const int LongMax = 10_000;

    /// <summary>A name, place, role or short label.</summary>
    public const int ShortMax = 200;

    /// <summary>A required short text, trimmed, for the few texts that come from no form and so pass no validator; a <see cref="DomainException"/> otherwise.</summary>
    public static string RequiredShort(string? value, FieldName field) => Guard.RequiredText(value, field, ShortMax);

    /// <summary>A text a validator has required, as stored: trimmed. Null is a programmer's error.</summary>
    internal static string Trimmed(string? value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        ArgumentNullException.ThrowIfNull(value, name);
        return value.Trim();
    }

    /// <summary>An optional text as stored: trimmed, and null when nothing is left.</summary>
    internal static string? TrimmedOrNull(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
