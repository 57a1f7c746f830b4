using MediatR;
using Meldcode.Application.Dilemmas.BrowseDilemmas;
using Meldcode.Application.Dilemmas.GetThemePacks;
using Meldcode.Application.DilemmaSessions.PrepareSession;
using Meldcode.Web.Filters;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Meldcode.Web.Pages.Training.Sessions;

/// <summary>A trainer builds a session: a name and the dilemmas, chosen one by one or from a theme pack.</summary>
public sealed class NewModel(IMediator mediator) : PageModel, IRedisplayablePage
{
    [FromFormFields]
    public PrepareSessionCommand Command { get; set; } = null!;

    /// <summary>The theme pack to start from (<c>?pakket=week</c>).</summary>
    [BindProperty(SupportsGet = true, Name = "pakket")]
    public string? PackKey { get; set; }

    public IReadOnlyList<ThemePackDto> Packs { get; private set; } = [];

    public ThemePackDto? Pack { get; private set; }

    /// <summary>The dilemmas to choose from: those of the chosen pack first, in the pack's order, then the rest of the library.</summary>
    public IReadOnlyList<DilemmaListItem> Dilemmas { get; private set; } = [];

    public IReadOnlySet<Guid> Chosen { get; private set; } = new HashSet<Guid>();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (Pack is not null)
        {
            Command = new PrepareSessionCommand(Pack.Title, Pack.Dilemmas.Select(d => d.DilemmaId).ToList());
            Chosen = Command.DilemmaIds!.ToHashSet();
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var id = await mediator.Send(Command, cancellationToken);
        return RedirectToPage("/Training/Sessions/Control", new { id });
    }

    public async Task LoadForRedisplayAsync(bool afterConflict, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        Chosen = (Command.DilemmaIds ?? []).ToHashSet();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Packs = await mediator.Send(new GetThemePacksQuery(), cancellationToken);
        Pack = Packs.FirstOrDefault(p => string.Equals(p.Key, PackKey, StringComparison.Ordinal));
        var library = await mediator.Send(new BrowseDilemmasQuery(), cancellationToken);
        var packOrder = Pack?.Dilemmas.Select(d => d.DilemmaId).ToList() ?? [];
        Dilemmas = library
            .OrderBy(d => packOrder.IndexOf(d.Id) is var i && i >= 0 ? i : int.MaxValue)
            .ToList();
    }
}
