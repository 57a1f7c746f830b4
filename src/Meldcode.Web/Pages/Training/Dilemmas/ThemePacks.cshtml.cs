using MediatR;
using Meldcode.Application.Dilemmas.GetThemePacks;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Meldcode.Web.Pages.Training.Dilemmas;

/// <summary>The theme packs, each with its dilemmas, and a link to start a session from a pack.</summary>
public sealed class ThemePacksModel(IMediator mediator) : PageModel
{
    public IReadOnlyList<ThemePackDto> Packs { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Packs = await mediator.Send(new GetThemePacksQuery(), cancellationToken);
}
