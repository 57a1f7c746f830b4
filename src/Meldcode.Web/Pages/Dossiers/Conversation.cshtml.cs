using MediatR;
using Meldcode.Application.Dossiers.Access;
using Meldcode.Application.Dossiers.RecordConversation;
using Meldcode.Application.Dossiers.SkipConversation;
using Meldcode.Domain.Dossiers;
using Microsoft.AspNetCore.Mvc;

namespace Meldcode.Web.Pages.Dossiers;

/// <summary>Step 3: record the conversation with the parents and/or the child, or why it cannot take place.</summary>
public sealed class ConversationModel(IMediator mediator) : DossierPageModel(mediator)
{
    [BindProperty]
    public DateOnly? HeldOn { get; set; }

    [BindProperty]
    public bool WithParents { get; set; }

    [BindProperty]
    public bool WithChild { get; set; }

    [BindProperty]
    public bool WithColleague { get; set; }

    [BindProperty]
    public string? OtherParticipants { get; set; }

    [BindProperty]
    public string? ConcernsNamed { get; set; }

    [BindProperty]
    public string? ClientReaction { get; set; }

    [BindProperty]
    public string? Agreements { get; set; }

    [BindProperty]
    public ConversationSkipReason? Reason { get; set; }

    [BindProperty]
    public string? Explanation { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadFormAsync(DossierPermission.Work, cancellationToken) is { } refused)
        {
            return refused;
        }

        HeldOn = View.Today;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await Mediator.Send(
            new RecordConversationCommand(Id, Version, HeldOn, WithParents, WithChild, WithColleague, OtherParticipants, ConcernsNamed, ClientReaction, Agreements),
            cancellationToken);
        return BackToDossier("gesprek");
    }

    public async Task<IActionResult> OnPostSkipAsync(CancellationToken cancellationToken)
    {
        await Mediator.Send(new SkipConversationCommand(Id, Version, Reason, Explanation), cancellationToken);
        return BackToDossier("gesprek-overgeslagen");
    }
}
