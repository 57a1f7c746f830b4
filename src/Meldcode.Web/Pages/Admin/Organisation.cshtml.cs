using MediatR;
using Meldcode.Application.Administration.ChangeCampaignWeek;
using Meldcode.Application.Administration.ChangeOrganisationSettings;
using Meldcode.Application.Administration.ChangeReviewSettings;
using Meldcode.Application.Administration.GetOrganisationSettings;
using Meldcode.Web.Presentation;
using Microsoft.AspNetCore.Mvc;

namespace Meldcode.Web.Pages.Admin;

/// <summary>
/// The organisation's settings: name, sector, the Veilig Thuis region and the retention term; and, in forms of their own,
/// four eyes and the team overview, and the Week tegen Kindermishandeling.
/// </summary>
public sealed class OrganisationModel(IMediator mediator) : VersionedPageModel(mediator)
{
    [FromFormFields]
    public ChangeOrganisationSettingsCommand Command { get; set; } = null!;

    /// <summary>The second form: the dates and theme of the Week tegen Kindermishandeling (its fields are named Week…).</summary>
    [FromFormFields]
    public ChangeCampaignWeekCommand Week { get; set; } = null!;

    /// <summary>The third form: four eyes on reports, the named reviewer, and when a dossier counts as stalled.</summary>
    [FromFormFields]
    public ChangeReviewSettingsCommand Review { get; set; } = null!;

    /// <summary>Who may be named as reviewer.</summary>
    public IReadOnlyList<ReviewerChoice> ReviewerChoices => Settings.ReviewerChoices;

    /// <summary>The confirmation a saved change left for this page; read once (see <see cref="Confirmations"/>).</summary>
    [TempData(Key = Confirmations.TempDataKey)]
    public string? Saved { get; set; }

    /// <summary>True when the week's form was posted: its messages show with it, not with the settings.</summary>
    public bool WeekPosted => Posted("Week");

    /// <summary>True when the review settings' form was posted.</summary>
    public bool ReviewPosted => Posted("Beoordeling");

    /// <summary>True when the settings form (the one without a handler) was posted.</summary>
    public bool SettingsPosted => HttpMethods.IsPost(Request.Method) && !WeekPosted && !ReviewPosted;

    public string? Confirmation => HttpMethods.IsGet(Request.Method) ? Confirmations.For(Saved) : null;

    private OrganisationSettingsDto Settings { get; set; } = null!;

    /// <summary>The form starts with the settings as they are.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        FillSettings();
        FillWeek();
        FillReview();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        FillWeek();
        FillReview();
        return await SaveAsync(Command, "instellingen", cancellationToken);
    }

    public async Task<IActionResult> OnPostWeekAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        FillSettings();
        FillReview();
        return await SaveAsync(Week, "week", cancellationToken);
    }

    public async Task<IActionResult> OnPostBeoordelingAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        FillSettings();
        FillWeek();
        return await SaveAsync(Review, "beoordeling", cancellationToken);
    }

    protected override IActionResult AfterSaving(string confirmationKey) =>
        this.Confirm(confirmationKey, RedirectToPage("/Admin/Organisation"));

    /// <summary>The settings form shows the stored settings (on a GET, and while the week's form is posted).</summary>
    private void FillSettings() =>
        Command = Command with { Name = Settings.Name, Sector = Settings.Sector, VeiligThuisRegion = Settings.VeiligThuisRegion, RetentionYears = Settings.RetentionYears, StaffConcernRetentionYears = Settings.StaffConcernRetentionYears };

    /// <summary>The review form shows the stored review settings (on a GET, and while another form is posted).</summary>
    private void FillReview() =>
        Review = Review with { FourEyesOnReports = Settings.FourEyesOnReports, NamedReviewerId = Settings.NamedReviewerId, StalledAfterWorkingDays = Settings.StalledAfterWorkingDays };

    private bool Posted(string handler) =>
        HttpMethods.IsPost(Request.Method) && string.Equals(Request.Query["handler"], handler, StringComparison.OrdinalIgnoreCase);

    /// <summary>The week's form shows the stored week (on a GET, and while the settings form is posted).</summary>
    private void FillWeek()
    {
        var week = Settings.CampaignWeek;
        Week = Week with { WeekStartDay = week.StartDay, WeekStartMonth = week.StartMonth, WeekEndDay = week.EndDay, WeekEndMonth = week.EndMonth, WeekTheme = week.Theme };
    }

    /// <summary>A refused form shows what was typed; after a conflict it takes the current version (the values typed stay, to save again on purpose).</summary>
    protected override async Task<int> LoadSubjectAsync(CancellationToken cancellationToken)
    {
        Settings = await Mediator.Send(new GetOrganisationSettingsQuery(), cancellationToken);
        return Settings.Version;
    }
}
