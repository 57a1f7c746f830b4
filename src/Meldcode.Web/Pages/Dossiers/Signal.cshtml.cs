using MediatR;
using Meldcode.Application.Dossiers.Access;
using Meldcode.Application.Dossiers.GetSignalHints;
using Meldcode.Application.Dossiers.RecordSignal;
using Meldcode.Domain.Dossiers;
using Microsoft.AspNetCore.Mvc;

namespace Meldcode.Web.Pages.Dossiers;

/// <summary>Step 1: record a signal, with facts, the child's own words and the interpretation apart; optional tips on the text before saving.</summary>
public sealed class SignalModel(IMediator mediator) : DossierPageModel(mediator)
{
    [FromFormFields]
    public RecordSignalCommand Command { get; set; } = null!;

    /// <summary>The tips for the text as written so far; null until the user asks for them.</summary>
    public IReadOnlyList<SignalHint>? Hints { get; private set; }

    protected override DossierPermission? FormPermission => DossierPermission.Work;

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => FormAsync(cancellationToken);

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) =>
        SaveAsync(Command with { DossierId = Id }, "signaal", cancellationToken);

    /// <summary>"Controleer mijn tekst": shows the form again with tips, saves nothing.</summary>
    public async Task<IActionResult> OnPostCheckAsync(CancellationToken cancellationToken)
    {
        if (await LoadFormAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        Hints = await Mediator.Send(new GetSignalHintsQuery(Command.Facts, Command.ObservedOn), cancellationToken);
        return Page();
    }

    protected override void StartForm() => Command = Command with { ObservedOn = View.Today, ObservedBy = User.Identity?.Name };
}
