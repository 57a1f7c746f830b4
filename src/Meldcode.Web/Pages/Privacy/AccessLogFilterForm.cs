using Meldcode.Application.AccessLog;
using Meldcode.Web.Presentation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Meldcode.Web.Pages.Privacy;

/// <summary>
/// The access log's filter as typed in the address (nummer, medewerker, van, tot), read in one place for the page and
/// the CSV download. What cannot be read becomes a message under its field, and the typed text stays in the field.
/// </summary>
public sealed record AccessLogFilterForm(string? Number, string? Employee, string? From, string? To)
{
    public AccessLogFilter? Read(ModelStateDictionary modelState)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        var from = TypedDate.Read(From, "From", "Vul de begindatum in als dag-maand-jaar, bijvoorbeeld 01-01-2026.", modelState);
        var to = TypedDate.Read(To, "To", "Vul de einddatum in als dag-maand-jaar, bijvoorbeeld 31-12-2026.", modelState);
        Guid? employee = null;
        if (!string.IsNullOrWhiteSpace(Employee))
        {
            if (Guid.TryParse(Employee.Trim(), out var id) && id != Guid.Empty)
            {
                employee = id;
            }
            else
            {
                modelState.AddModelError("UserId", "Kies een medewerker uit de lijst.");
            }
        }

        return modelState.IsValid ? new AccessLogFilter(string.IsNullOrWhiteSpace(Number) ? null : Number.Trim(), employee, from, to) : null;
    }

    /// <summary>The same filter in the address of another page (the CSV download, the next page).</summary>
    public object RouteValues(int? page = null) => new { nummer = Number, medewerker = Employee, van = From, tot = To, pagina = page };
}

/// <summary>The access log's pages that take the filter from the address (the log and its CSV download).</summary>
public abstract class AccessLogFilterPageModel : PageModel
{
    [BindProperty(SupportsGet = true, Name = "nummer")]
    public string? Number { get; set; }

    [BindProperty(SupportsGet = true, Name = "medewerker")]
    public string? Employee { get; set; }

    [BindProperty(SupportsGet = true, Name = "van")]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "tot")]
    public string? To { get; set; }

    public AccessLogFilterForm Form => new(Number, Employee, From, To);
}
