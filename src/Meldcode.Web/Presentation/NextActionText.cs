using System.Globalization;
using Meldcode.Domain.Common;
using Meldcode.Domain.Dossiers;

namespace Meldcode.Web.Presentation;

/// <summary>The suggested next action in plain Dutch, with the page where it is done.</summary>
public sealed record NextActionLink(string Text, string? Page, IDictionary<string, string>? RouteValues);

public static class NextActionText
{
    public static NextActionLink For(NextAction action, Guid dossierId)
    {
        ArgumentNullException.ThrowIfNull(action);
        var id = Route(dossierId);
        return action.Kind switch
        {
            NextActionKind.None => new("Geen: het dossier is gesloten.", null, null),
            NextActionKind.RecordSignal => new("Leg vast wat je hebt gezien of gehoord (stap 1).", "/Dossiers/Signal", id),
            NextActionKind.ConsultExpert => new("Vraag een deskundige om advies: bij VGV of eergerelateerd geweld is dat verplicht (stap 2).", "/Dossiers/Consultation", id),
            NextActionKind.Consult => new("Overleg met een collega of de aandachtsfunctionaris (stap 2).", "/Dossiers/RequestConsultation", id),
            NextActionKind.HaveConversation => new("Ga in gesprek met de ouders of het kind, of leg vast waarom dat niet kan (stap 3).", "/Dossiers/Conversation", id),
            NextActionKind.AnswerWeighingQuestion => new($"Weeg: beantwoord {DutchTerms.InSentence(DutchTerms.For(action.Question!.Value))} van het afwegingskader (stap 4).", "/Dossiers/Weighing", Route(dossierId, ("question", ((int)action.Question!.Value).ToString(CultureInfo.InvariantCulture)))),
            NextActionKind.Decide => new("Neem je besluit (stap 5).", "/Dossiers/Decision", id),
            NextActionKind.RecordReport => new("Meld bij Veilig Thuis en leg de melding vast.", "/Dossiers/Report", id),
            NextActionKind.RecordHelp => new("Leg vast welke hulp er komt, door wie, en wanneer je evalueert.", "/Dossiers/HelpPlan", id),
            NextActionKind.Evaluate => new($"Evalueer de hulp (vraag 5): de evaluatie stond op {DutchTime.Date(action.Date!.Value)}.", "/Dossiers/Evaluation", id),
            NextActionKind.AwaitEvaluation => new($"De hulp loopt. Evalueer op {DutchTime.Date(action.Date!.Value)}.", null, null),
            NextActionKind.RecordVeiligThuisFeedback => new("Leg de terugkoppeling van Veilig Thuis vast wanneer die komt.", "/Dossiers/Feedback", Route(dossierId, ("report", action.ReportId!.Value.ToString()))),
            NextActionKind.CloseDossier => new("Sluit het dossier als er niets meer te doen is.", "/Dossiers/Close", id),
            _ => throw new ArgumentOutOfRangeException(nameof(action), action.Kind, null),
        };
    }

    private static Dictionary<string, string> Route(Guid dossierId, params (string Key, string Value)[] more)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal) { ["id"] = dossierId.ToString() };
        foreach (var (key, value) in more)
        {
            values[key] = value;
        }

        return values;
    }

    /// <summary>For lists: the same words without the page.</summary>
    public static string ListText(NextActionKind kind) => kind switch
    {
        NextActionKind.None => "—",
        NextActionKind.RecordSignal => "Signaal vastleggen",
        NextActionKind.ConsultExpert => "Deskundige raadplegen",
        NextActionKind.Consult => "Overleggen",
        NextActionKind.HaveConversation => "Gesprek voeren",
        NextActionKind.AnswerWeighingQuestion => "Wegen",
        NextActionKind.Decide => "Besluiten",
        NextActionKind.RecordReport => "Melding vastleggen",
        NextActionKind.RecordHelp => "Hulp vastleggen",
        NextActionKind.Evaluate => "Evalueren",
        NextActionKind.AwaitEvaluation => "Hulp loopt",
        NextActionKind.RecordVeiligThuisFeedback => "Terugkoppeling vastleggen",
        NextActionKind.CloseDossier => "Afsluiten",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
