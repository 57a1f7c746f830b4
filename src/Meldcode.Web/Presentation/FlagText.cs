using Meldcode.Domain.Dossiers;

namespace Meldcode.Web.Presentation;

/// <summary>The flags of the team overview in Dutch: a short label for the badge, and a sentence for screen readers and the legend.</summary>
public static class FlagText
{
    public static string Label(DossierFlag flag) => flag switch
    {
        DossierFlag.Acute => "Acuut",
        DossierFlag.DeviationAwaitingReview => "Afwijking",
        DossierFlag.AwaitingCoSignature => "Medeondertekenen",
        DossierFlag.ReportDue => "Melding open",
        DossierFlag.NoActiveOwner => "Geen eigenaar",
        DossierFlag.EvaluationOverdue => "Evaluatie te laat",
        DossierFlag.Stalled => "Stilstaand",
        _ => throw new ArgumentOutOfRangeException(nameof(flag), flag, null),
    };

    public static string Explanation(DossierFlag flag, int stalledAfterWorkingDays) => flag switch
    {
        DossierFlag.Acute => "Er is acuut gevaar vastgelegd.",
        DossierFlag.DeviationAwaitingReview => "Het besluit wijkt af van het afwegingskader en wacht op je beoordeling.",
        DossierFlag.AwaitingCoSignature => "Het besluit om te melden wacht op medeondertekening (vier ogen).",
        DossierFlag.ReportDue => "Het afwegingskader zegt melden, maar er is nog geen melding vastgelegd.",
        DossierFlag.NoActiveOwner => "Niemand is actief eigenaar: het account van de eigenaar is uitgeschakeld.",
        DossierFlag.EvaluationOverdue => "De evaluatiedatum van de hulp is voorbij en er is nog niet geëvalueerd.",
        DossierFlag.Stalled => $"Al {stalledAfterWorkingDays} werkdagen geen nieuwe stap of aantekening.",
        _ => throw new ArgumentOutOfRangeException(nameof(flag), flag, null),
    };
}
