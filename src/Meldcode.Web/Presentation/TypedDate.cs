using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Meldcode.Web.Presentation;

/// <summary>
/// A date in a filter in the address, read as the date field sends it (2026-01-31) or as typed (31-01-2026). What cannot
/// be read becomes a message under its field (keyed as the request's property), and the typed text stays in the field.
/// </summary>
public static class TypedDate
{
    private static readonly string[] Formats = ["yyyy-MM-dd", "d-M-yyyy", "d/M/yyyy"];

    public static DateOnly? Read(string? text, string key, string message, ModelStateDictionary modelState)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        modelState.AddModelError(key, message);
        return null;
    }
}
