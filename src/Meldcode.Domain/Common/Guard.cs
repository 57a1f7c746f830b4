namespace Meldcode.Domain.Common;

internal static class Guard
{
    /// <summary>Trims a required text and checks its length; throws a <see cref="DomainException"/> with a Dutch message.</summary>
    public static string RequiredText(string? value, string dutchFieldName, int maxLength)
    {
        var trimmed = value?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            throw new DomainException($"{dutchFieldName} is verplicht.");
        }

        if (trimmed.Length > maxLength)
        {
            throw new DomainException($"{dutchFieldName} mag hoogstens {maxLength} tekens lang zijn.");
        }

        return trimmed;
    }
}
