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

    protected override DossierPermission? FormPermission => DossierPermission.Work;

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => FormAsync(cancellationToken);

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) =>
        SaveAsync(
            new RecordConversationCommand(Id, Version, HeldOn, WithParents, WithChild, WithColleague, OtherParticipants, ConcernsNamed, ClientReaction, Agreements),
            "gesprek",
            cancellationToken);

    public Task<IActionResult> OnPostSkipAsync(CancellationToken cancellationToken) =>
        SaveAsync(new SkipConversationCommand(Id, Version, Reason, Explanation), "gesprek-overgeslagen", cancellationToken);

    protected override void StartForm() => HeldOn = View.Today;
}
