using MediatR;
using Meldcode.Application.Administration.ChangeOrganisationSettings;
using Meldcode.Application.Administration.GetOrganisationSettings;
using Meldcode.Web.Presentation;
using Microsoft.AspNetCore.Mvc;

namespace Meldcode.Web.Pages.Admin;

/// <summary>The organisation's settings: name, sector, the Veilig Thuis region and the retention term.</summary>
public sealed class OrganisationModel(IMediator mediator) : VersionedPageModel(mediator)
{
    [FromFormFields]
    public ChangeOrganisationSettingsCommand Command { get; set; } = null!;

    [BindProperty(SupportsGet = true, Name = "opgeslagen")]
    public string? Saved { get; set; }

    public string? Confirmation => HttpMethods.IsGet(Request.Method) ? Confirmations.For(Saved) : null;

    private OrganisationSettingsDto Settings { get; set; } = null!;

    /// <summary>The form starts with the settings as they are.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        Command = Command with { Name = Settings.Name, Sector = Settings.Sector, VeiligThuisRegion = Settings.VeiligThuisRegion, RetentionYears = Settings.RetentionYears };
    }

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) =>
        SaveAsync(Command, "instellingen", cancellationToken);

    protected override IActionResult AfterSaving(string confirmationKey) =>
        RedirectToPage("/Admin/Organisation", new { opgeslagen = confirmationKey });

    /// <summary>A refused form shows what was typed; after a conflict it takes the current version (the values typed stay, to save again on purpose).</summary>
    protected override async Task<int> LoadSubjectAsync(CancellationToken cancellationToken)
    {
        Settings = await Mediator.Send(new GetOrganisationSettingsQuery(), cancellationToken);
        return Settings.Version;
    }
}
