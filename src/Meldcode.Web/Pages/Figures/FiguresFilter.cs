using Meldcode.Web.Presentation;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Meldcode.Web.Pages.Figures;

/// <summary>
/// The figures filter as typed in the address (van, tot, locatie), read in one place for the page and the CSV download.
/// A date is read as the date field sends it (2026-01-31) or as typed (31-01-2026); what cannot be read becomes a
/// message under its field, keyed as the request's property (From, To, TeamId), and the typed text stays in the field.
/// </summary>
public sealed record FiguresFilter(string? From, string? To, string? Location)
{
    public bool IsEmpty => string.IsNullOrWhiteSpace(From) && string.IsNullOrWhiteSpace(To) && string.IsNullOrWhiteSpace(Location);

    /// <summary>The filter's values, or null (with the messages in <paramref name="modelState"/>) when one cannot be read.</summary>
    public (DateOnly? From, DateOnly? To, Guid? TeamId)? Read(ModelStateDictionary modelState)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        var from = TypedDate.Read(From, "From", "Vul de begindatum in als dag-maand-jaar, bijvoorbeeld 01-01-2026.", modelState);
        var to = TypedDate.Read(To, "To", "Vul de einddatum in als dag-maand-jaar, bijvoorbeeld 31-12-2026.", modelState);
        Guid? team = null;
        if (!string.IsNullOrWhiteSpace(Location))
        {
            if (Guid.TryParse(Location.Trim(), out var id) && id != Guid.Empty)
            {
                team = id;
            }
            else
            {
                modelState.AddModelError("TeamId", "Kies een locatie uit de lijst.");
            }
        }

        return modelState.IsValid ? (from, to, team) : null;
    }
}
