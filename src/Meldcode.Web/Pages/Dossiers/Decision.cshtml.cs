using MediatR;
using Meldcode.Application.Dossiers.Decide;
using Meldcode.Domain.Dossiers;
using Meldcode.Web.Presentation;
using Microsoft.AspNetCore.Mvc;

namespace Meldcode.Web.Pages.Dossiers;

/// <summary>Step 5: the answers so far, what the afwegingskader recommends, and the professional's decision.</summary>
public sealed class DecisionModel(IMediator mediator) : DossierPageModel(mediator)
{
    [FromFormFields]
    public DecideCommand Command { get; set; } = null!;

    /// <summary>The confirmation a saved change left for this page; read once (see <see cref="Confirmations"/>).</summary>
    [TempData(Key = Confirmations.TempDataKey)]
    public string? Saved { get; set; }

    public string? Confirmation => HttpMethods.IsGet(Request.Method) ? Confirmations.For(Saved) : null;

    /// <summary>The current answers to questions 1–4, in order.</summary>
    public IReadOnlyList<WeighingAnswer> Answers =>
        View.Dossier.WeighingAnswers.Where(a => a.IsCurrent).OrderBy(a => a.Question).ToList();

    public Recommendation Recommendation => View.Dossier.Recommendation;

    public bool CanDecide => View.CanWork && View.Dossier.Decision is null && Recommendation.IsComplete;

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => FormAsync(cancellationToken);

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) =>
        SaveAsync(Command with { DossierId = Id }, "besluit", cancellationToken);

    /// <summary>What an outcome means for the professional, in plain Dutch.</summary>
    public static string Meaning(Outcome outcome) => outcome switch
    {
        Outcome.Close =>
            "Je hebt geen vermoeden (meer) van huiselijk geweld of kindermishandeling. Het dossier wordt gesloten. Je onderbouwing blijft in het dossier staan.",
        Outcome.Report =>
            "Je meldt bij Veilig Thuis. Veilig Thuis beoordeelt de veiligheid en neemt die zorg over. Jij blijft verantwoordelijk voor je eigen begeleiding van het kind. Na het besluit leg je de melding vast.",
        Outcome.HelpAndMonitor =>
            "Je biedt of organiseert hulp en je volgt of het kind veilig is. Na het besluit leg je vast welke hulp er komt, door wie, en wanneer je evalueert. Bij die evaluatie beantwoord je vraag 5.",
        Outcome.ReportAndHelp =>
            "Er is acute of structurele onveiligheid: je meldt bij Veilig Thuis. Daarnaast blijf je helpen waar je kunt. De vragen 3 tot en met 5 beantwoord je samen met Veilig Thuis.",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
    };
}
