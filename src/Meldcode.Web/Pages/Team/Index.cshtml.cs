using System.Globalization;
using MediatR;
using Meldcode.Application.Teams.GetTeamOverview;
using Meldcode.Domain.Dossiers;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;

namespace Meldcode.Web.Pages.Team;

/// <summary>
/// "Teamoverzicht" for the aandachtsfunctionaris: the open dossiers of their teams, what needs them first; the team
/// choice, filters, search and page all in the query string. A filter value that does not exist shows everything and says so.
/// </summary>
public sealed class IndexModel(IMediator mediator) : PageModel
{
    /// <summary>The <c>stap</c> value for dossiers whose five steps are all done.</summary>
    public const string AllStepsDoneValue = "klaar";

    /// <summary>The teams ticked (none: all of the lead's teams).</summary>
    [BindProperty(SupportsGet = true, Name = "team")]
    public List<string> ChosenTeams { get; set; } = [];

    [BindProperty(SupportsGet = true, Name = "vlag")]
    public string? RequestedFlag { get; set; }

    /// <summary>A step by its English name as the other lists use it (<c>Signals</c>), or <see cref="AllStepsDoneValue"/>.</summary>
    [BindProperty(SupportsGet = true, Name = "stap")]
    public string? RequestedStep { get; set; }

    [BindProperty(SupportsGet = true, Name = "eigenaar")]
    public string? RequestedOwner { get; set; }

    [BindProperty(SupportsGet = true, Name = "zoek")]
    public string? Search { get; set; }

    /// <summary>The page asked for, as typed in the link: anything but a whole number shows the first page.</summary>
    [BindProperty(SupportsGet = true, Name = "pagina")]
    public string? RequestedPage { get; set; }

    public TeamOverview? Overview { get; private set; }

    public DossierFlag? Flag { get; private set; }

    public MeldcodeStep? Step { get; private set; }

    public bool AllStepsDone { get; private set; }

    public Guid? OwnerId { get; private set; }

    /// <summary>Said when a filter value or the page asked for does not exist and something else is shown instead.</summary>
    public IReadOnlyList<string> Notices => _notices;

    public bool IsFiltered => Flag is not null || Step is not null || AllStepsDone || OwnerId is not null || !string.IsNullOrWhiteSpace(Search);

    private readonly List<string> _notices = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var teams = ChosenTeams.Select(t => Guid.TryParse(t, out var id) ? id : (Guid?)null).ToList();
        if (teams.Contains(null))
        {
            _notices.Add("Een gekozen team bestaat niet. Je ziet je andere teams.");
        }

        if (!string.IsNullOrWhiteSpace(RequestedFlag))
        {
            Flag = Enum.TryParse<DossierFlag>(RequestedFlag, ignoreCase: true, out var flag) && DossierFlags.All.Contains(flag) ? flag : null;
            Unknown(Flag is null, "De gekozen signalering bestaat niet. Je ziet de dossiers met en zonder signalering.");
        }

        if (string.Equals(RequestedStep, AllStepsDoneValue, StringComparison.OrdinalIgnoreCase))
        {
            AllStepsDone = true;
        }
        else if (!string.IsNullOrWhiteSpace(RequestedStep))
        {
            Step = Enum.TryParse<MeldcodeStep>(RequestedStep, ignoreCase: true, out var step) && Enum.IsDefined(step) ? step : null;
            Unknown(Step is null, "De gekozen stap bestaat niet. Je ziet de dossiers in alle stappen.");
        }

        if (!string.IsNullOrWhiteSpace(RequestedOwner))
        {
            OwnerId = Guid.TryParse(RequestedOwner, out var owner) ? owner : null;
            Unknown(OwnerId is null, "De gekozen eigenaar bestaat niet. Je ziet de dossiers van iedereen.");
        }

        var requested = int.TryParse(RequestedPage, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) ? number : (int?)null;
        Overview = await mediator.Send(
            new GetTeamOverviewQuery([.. teams.OfType<Guid>()], Flag, Step, AllStepsDone, OwnerId, Search, requested ?? 1),
            cancellationToken);
        if (OwnerId is { } chosen && !Overview.Owners.Any(o => o.Id == chosen))
        {
            _notices.Add("De gekozen eigenaar heeft geen dossiers in deze teams.");
        }

        var list = Overview.Dossiers;
        if (!string.IsNullOrWhiteSpace(RequestedPage) && requested != list.Page && list.TotalCount > 0)
        {
            _notices.Add($"Pagina {RequestedPage} bestaat niet. Je ziet pagina {list.Page} van {list.PageCount}.");
        }
    }

    /// <summary>The value of a step in the <c>stap</c> parameter.</summary>
    public static string StepValue(MeldcodeStep? step) => step?.ToString() ?? AllStepsDoneValue;

    /// <summary>Whether the step filter is this step (null: all steps done).</summary>
    public bool IsStepChosen(MeldcodeStep? step) => step is null ? AllStepsDone : Step == step;

    /// <summary>This list (same teams, filters and search) at another page.</summary>
    public string PageLink(int page) => Link(Flag, Step, AllStepsDone, OwnerId, Search, page);

    /// <summary>The chosen teams' dossiers in one step (or with every step done), no other filter: the links of the counts.</summary>
    public string StepLink(MeldcodeStep? step) => Link(null, step, step is null, null, null, 1);

    /// <summary>The chosen teams' dossiers with this flag, no other filter: the links of the legend.</summary>
    public string FlagLink(DossierFlag flag) => Link(flag, null, false, null, null, 1);

    /// <summary>The chosen teams without any filter.</summary>
    public string Unfiltered => Link(null, null, false, null, null, 1);

    private void Unknown(bool unknown, string notice)
    {
        if (unknown)
        {
            _notices.Add(notice);
        }
    }

    private string Link(DossierFlag? flag, MeldcodeStep? step, bool allStepsDone, Guid? owner, string? search, int page)
    {
        var query = new List<KeyValuePair<string, string?>>();
        if (Overview is { } overview && overview.Teams.Any(t => !t.Chosen))
        {
            query.AddRange(overview.Teams.Where(t => t.Chosen).Select(t => new KeyValuePair<string, string?>("team", t.Id.ToString())));
        }

        if (flag is not null)
        {
            query.Add(new("vlag", flag.ToString()));
        }

        if (step is not null || allStepsDone)
        {
            query.Add(new("stap", StepValue(step)));
        }

        if (owner is not null)
        {
            query.Add(new("eigenaar", owner.ToString()));
        }

        if (!string.IsNullOrWhiteSpace(search))
        {
            query.Add(new("zoek", search.Trim()));
        }

        if (page != 1)
        {
            query.Add(new("pagina", page.ToString(CultureInfo.InvariantCulture)));
        }

        return QueryHelpers.AddQueryString("/team", query);
    }
}
