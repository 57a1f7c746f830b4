using System.Globalization;
using Meldcode.Application.Dossiers.GetDossier;
using Meldcode.Domain.Common;
using Meldcode.Domain.Dossiers;

namespace Meldcode.Web.Presentation;

/// <summary>The suggested next action in plain Dutch, with the page where it is done.</summary>
public sealed record NextActionLink(string Text, string? Page, IDictionary<string, string>? RouteValues);

/// <summary>What the dossier header says comes next, for the one reading it: a heading ("Volgende stap", or whose step it is) and the action.</summary>
public sealed record ReaderNextAction(string Heading, NextActionLink Action, bool MayAdvise);

public static class NextActionText
{
    /// <summary>
    /// The next action as the reader should see it. Those who work on the dossier get the instruction and its page.
    /// A colleague asked for advice gets their own task: answering. Anyone else who reads the dossier (the
    /// aandachtsfunctionaris) is told whose step it is and what it is, without an instruction meant for the owner,
    /// and what they themselves can do — first of all a decision that waits for their review.
    /// </summary>
    public static ReaderNextAction For(DossierView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var dossier = view.Dossier;
        if (!dossier.IsClosed && view.OpenRequestForViewer is { } request)
        {
            return new("Voor jou", new("Je bent om advies gevraagd. Lees het dossier en geef je advies.", "/Consultations/Answer", Route(dossier.Id, ("request", request.Id.ToString()))), MayAdvise: false);
        }

        if (view.CanReview)
        {
            return new("Voor jou", new("Het besluit wacht op jouw beoordeling (vier ogen): onderteken het mee, of leg vast waarom je het er niet mee eens bent.", "/Dossiers/Review", Route(dossier.Id)), MayAdvise: view.CanAdvise);
        }

        var action = view.NextAction;
        if (view.CanWork || action.Kind == NextActionKind.None)
        {
            return new("Volgende stap", For(action, dossier.Id), MayAdvise: false);
        }

        return new(
            $"Volgende stap voor {view.OwnerName} (eigenaar)",
            new(OwnersStep(action), null, null),
            MayAdvise: view.CanAdvise);
    }

    /// <summary>The owner's next step told to someone else: what it is, not an instruction.</summary>
    private static string OwnersStep(NextAction action) => action.Kind switch
    {
        NextActionKind.AnswerWeighingQuestion => $"{DutchTerms.For(action.Question!.Value)} van het afwegingskader beantwoorden (stap 4).",
        NextActionKind.Evaluate => $"De hulp evalueren (vraag 5); de evaluatie stond op {DutchTime.Date(action.Date!.Value)}.",
        NextActionKind.AwaitEvaluation => $"De hulp loopt; evaluatie op {DutchTime.Date(action.Date!.Value)}.",
        _ => ListText(action.Kind) + StepOf(action.Kind),
    };

    private static string StepOf(NextActionKind kind) => kind switch
    {
        NextActionKind.RecordSignal => " (stap 1).",
        NextActionKind.ConsultExpert or NextActionKind.Consult => " (stap 2).",
        NextActionKind.HaveConversation => " (stap 3).",
        NextActionKind.Decide => " (stap 5).",
        _ => ".",
    };

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
            NextActionKind.AwaitReview => new("Je besluit om te melden wacht op de aandachtsfunctionaris (vier ogen). Daarna meld je bij Veilig Thuis.", null, null),
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
        NextActionKind.AwaitReview => "Wacht op vier ogen",
        NextActionKind.RecordHelp => "Hulp vastleggen",
        NextActionKind.Evaluate => "Evalueren",
        NextActionKind.AwaitEvaluation => "Hulp loopt",
        NextActionKind.RecordVeiligThuisFeedback => "Terugkoppeling vastleggen",
        NextActionKind.CloseDossier => "Afsluiten",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
