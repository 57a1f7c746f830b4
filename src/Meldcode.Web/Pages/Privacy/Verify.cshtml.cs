using MediatR;
using Meldcode.Application.AccessLog.VerifyAccessLog;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Meldcode.Web.Pages.Privacy;

/// <summary>"Controle van het toegangslog": checks the whole chain and says whether it is intact, or where it breaks.</summary>
public sealed class VerifyModel(IMediator mediator) : PageModel
{
    public AccessLogCheck Check { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Check = await mediator.Send(new VerifyAccessLogQuery(), cancellationToken);
}
