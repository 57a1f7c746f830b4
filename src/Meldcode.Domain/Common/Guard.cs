using System.Runtime.CompilerServices;

namespace Meldcode.Domain.Common;

internal static class Guard
{
    /// <summary>Trims a required text and checks its length; throws a <see cref="DomainException"/> with the field's Dutch message.</summary>
    public static string RequiredText(string? value, FieldName field, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(field);
        var trimmed = value?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            throw new DomainException(field.Required());
        }

        if (trimmed.Length > maxLength)
        {
            throw new DomainException(field.TooLong(maxLength, trimmed.Length));
        }

        return trimmed;
    }

    /// <summary>
    /// A value of the enum, or a programmer's error (like a null argument): the validators let only the choices of
    /// a list through, so no user ever sees this.
    /// </summary>
    public static TEnum Defined<TEnum>(TEnum value, [CallerArgumentExpression(nameof(value))] string? name = null)
        where TEnum : struct, Enum =>
        Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(name, value, null);

    /// <summary>The value of an argument the validators require in this case; null is a programmer's error.</summary>
    public static T Present<T>(T? value, [CallerArgumentExpression(nameof(value))] string? name = null)
        where T : struct =>
        value ?? throw new ArgumentNullException(name);
}
