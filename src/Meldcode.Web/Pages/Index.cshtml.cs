using MediatR;
using Meldcode.Application.Home.GetStartPage;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Meldcode.Web.Pages;

public sealed class IndexModel : PageModel
{
    private readonly IMediator _mediator;

    public IndexModel(IMediator mediator)
    {
        _mediator = mediator;
    }

    public StartPageDto? Start { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Start = await _mediator.Send(new GetStartPageQuery(), cancellationToken);
}
