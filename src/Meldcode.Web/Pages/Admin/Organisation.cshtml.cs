using MediatR;
using Meldcode.Application.Administration.ChangeOrganisationSettings;
using Meldcode.Application.Administration.GetOrganisationSettings;
using Meldcode.Domain.Organisations;
using Meldcode.Web.Filters;
using Meldcode.Web.Presentation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Meldcode.Web.Pages.Admin;

/// <summary>The organisation's settings: name, sector, the Veilig Thuis region and the retention term.</summary>
public sealed class OrganisationModel(IMediator mediator) : PageModel, IRedisplayablePage
{
    [BindProperty]
    public int Version { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public Sector? Sector { get; set; }

    [BindProperty]
    public string? VeiligThuisRegion { get; set; }

    [BindProperty]
    public int? RetentionYears { get; set; }

    [BindProperty(SupportsGet = true, Name = "opgeslagen")]
    public string? Saved { get; set; }

    public string? Confirmation => HttpMethods.IsGet(Request.Method) ? Confirmations.For(Saved) : null;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var settings = await mediator.Send(new GetOrganisationSettingsQuery(), cancellationToken);
        (Version, Name, Sector, VeiligThuisRegion, RetentionYears) = (settings.Version, settings.Name, settings.Sector, settings.VeiligThuisRegion, settings.RetentionYears);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await mediator.Send(new ChangeOrganisationSettingsCommand(Version, Name, Sector, VeiligThuisRegion, RetentionYears), cancellationToken);
        return RedirectToPage("/Admin/Organisation", new { opgeslagen = "instellingen" });
    }

    /// <summary>The form shows what was typed; after a conflict it takes the current version (the values typed stay, to save again on purpose).</summary>
    public async Task LoadForRedisplayAsync(bool afterConflict, CancellationToken cancellationToken)
    {
        if (afterConflict)
        {
            Version = (await mediator.Send(new GetOrganisationSettingsQuery(), cancellationToken)).Version;
        }
    }
}
