using MediatR;
using Meldcode.Application.DilemmaSessions.GetSessions;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Meldcode.Web.Pages.Training.Sessions;

/// <summary>The trainer's sessions: prepared, running and past.</summary>
public sealed class IndexModel(IMediator mediator) : PageModel
{
    public IReadOnlyList<SessionListItem> Sessions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Sessions = await mediator.Send(new GetSessionsQuery(), cancellationToken);
}
