using MediatR;
using Meldcode.Application.Dossiers.Access;
using Meldcode.Application.Dossiers.RecordConversation;
using Meldcode.Application.Dossiers.SkipConversation;
using Microsoft.AspNetCore.Mvc;

namespace Meldcode.Web.Pages.Dossiers;

/// <summary>Step 3: record the conversation with the parents and/or the child, or why it cannot take place.</summary>
public sealed class ConversationModel(IMediator mediator) : DossierPageModel(mediator)
{
    [FromFormFields]
    public RecordConversationCommand Conversation { get; set; } = null!;

    [FromFormFields]
    public SkipConversationCommand Skip { get; set; } = null!;

    protected override DossierPermission? FormPermission => DossierPermission.Work;

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => FormAsync(cancellationToken);

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) =>
        SaveAsync(Conversation with { DossierId = Id }, "gesprek", cancellationToken);

    public Task<IActionResult> OnPostSkipAsync(CancellationToken cancellationToken) =>
        SaveAsync(Skip with { DossierId = Id }, "gesprek-overgeslagen", cancellationToken);

    protected override void StartForm() => Conversation = Conversation with { HeldOn = View.Today };
}
