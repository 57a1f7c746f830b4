namespace Meldcode.Domain.Dossiers;

/// <summary>
/// The Dutch words for the dossier's values. They are part of the record (chronology lines are
/// written in Dutch), so they live with the domain; the web pages use the same words.
/// </summary>
public static class DutchTerms
{
    public static string For(SignalCategory category) => category switch
    {
        SignalCategory.PhysicalAbuse => "Lichamelijke mishandeling",
        SignalCategory.EmotionalAbuse => "Emotionele of psychische mishandeling",
        SignalCategory.PhysicalNeglect => "Lichamelijke verwaarlozing",
        SignalCategory.EmotionalNeglect => "Emotionele verwaarlozing",
        SignalCategory.EducationalNeglect => "Pedagogische of educatieve verwaarlozing",
        SignalCategory.SexualAbuse => "Seksueel misbruik",
        SignalCategory.WitnessingDomesticViolence => "Getuige van huiselijk geweld",
        SignalCategory.FemaleGenitalMutilation => "Vrouwelijke genitale verminking (VGV)",
        SignalCategory.HonourRelatedViolence => "Eergerelateerd geweld",
        SignalCategory.ConcernAboutParent => "Signaal over een ouder of verzorger",
        SignalCategory.ContraIndication => "Contra-indicatie (spreekt het vermoeden tegen)",
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, null),
    };

    public static string For(SignalSource source) => source switch
    {
        SignalSource.OwnObservation => "Eigen waarneming",
        SignalSource.ToldBySomeone => "Verteld door iemand anders",
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, null),
    };

    public static string For(ConsultationKind kind) => kind switch
    {
        ConsultationKind.Colleague => "Collega",
        ConsultationKind.SafeguardingLead => "Aandachtsfunctionaris",
        ConsultationKind.VeiligThuisAdvice => "Veilig Thuis (anoniem advies)",
        ConsultationKind.InjuryExpert => "Letselexpert",
        ConsultationKind.OtherExpert => "Andere deskundige (bijvoorbeeld VGV of eergerelateerd geweld)",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static string For(ConsentToShare consent) => consent switch
    {
        ConsentToShare.NotAsked => "Niet gevraagd",
        ConsentToShare.AskedAndGiven => "Gevraagd en gegeven",
        ConsentToShare.AskedAndRefused => "Gevraagd en geweigerd",
        _ => throw new ArgumentOutOfRangeException(nameof(consent), consent, null),
    };

    public static string For(ConversationSkipReason reason) => reason switch
    {
        ConversationSkipReason.ChildSafety => "De veiligheid van het kind",
        ConversationSkipReason.OthersSafety => "De veiligheid van anderen",
        ConversationSkipReason.ProfessionalSafety => "Mijn eigen veiligheid als professional",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, null),
    };

    public static string For(Outcome outcome) => outcome switch
    {
        Outcome.Close => "Afsluiten: geen vermoeden (meer)",
        Outcome.Report => "Melden bij Veilig Thuis",
        Outcome.HelpAndMonitor => "Hulp bieden of organiseren en de veiligheid volgen",
        Outcome.ReportAndHelp => "Melden bij Veilig Thuis, en blijven helpen waar je kunt",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
    };

    public static string For(OpenReportingException exception) => exception switch
    {
        OpenReportingException.ChildOrFamilySafety => "De veiligheid van het kind of van gezinsleden",
        OpenReportingException.ProfessionalSafety => "De veiligheid van mij of van collega's",
        OpenReportingException.TrustRelationship => "De vertrouwensrelatie, op een manier die het kind schaadt",
        _ => throw new ArgumentOutOfRangeException(nameof(exception), exception, null),
    };

    public static string For(VeiligThuisFeedback feedback) => feedback switch
    {
        VeiligThuisFeedback.TakenOn => "In behandeling genomen",
        VeiligThuisFeedback.AdviceOnly => "Alleen advies gegeven",
        VeiligThuisFeedback.NotTakenOn => "Niet in behandeling genomen",
        _ => throw new ArgumentOutOfRangeException(nameof(feedback), feedback, null),
    };

    public static string For(DossierStatus status) => status switch
    {
        DossierStatus.Open => "Open",
        DossierStatus.Reported => "Gemeld",
        DossierStatus.Monitoring => "Hulp loopt",
        DossierStatus.ReportedAndMonitoring => "Gemeld, hulp loopt",
        DossierStatus.Closed => "Gesloten",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static string For(MeldcodeStep step) => step switch
    {
        MeldcodeStep.Signals => "Signalen in kaart brengen",
        MeldcodeStep.Consultation => "Collegiale consultatie",
        MeldcodeStep.Conversation => "Gesprek met de cliënt",
        MeldcodeStep.Weighing => "Wegen",
        MeldcodeStep.Decision => "Beslissen",
        _ => throw new ArgumentOutOfRangeException(nameof(step), step, null),
    };

    public static string For(StepState state) => state switch
    {
        StepState.NotStarted => "Nog niet begonnen",
        StepState.InProgress => "Bezig",
        StepState.Done => "Gedaan",
        StepState.Skipped => "Overgeslagen",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };

    public static string For(ChronologyTopic topic) => topic switch
    {
        ChronologyTopic.Signals => "Signalen",
        ChronologyTopic.Consultations => "Overleg",
        ChronologyTopic.Conversations => "Gesprekken",
        ChronologyTopic.WeighingAndDecision => "Weging en besluit",
        ChronologyTopic.ReportAndHelp => "Melding en hulp",
        ChronologyTopic.CommentsAndCorrections => "Correcties en opmerkingen",
        ChronologyTopic.Other => "Overig",
        _ => throw new ArgumentOutOfRangeException(nameof(topic), topic, null),
    };

    public static string For(WeighingQuestion question) => question switch
    {
        WeighingQuestion.Suspicion => "Vraag 1: vermoeden",
        WeighingQuestion.Safety => "Vraag 2: veiligheid",
        WeighingQuestion.Help => "Vraag 3: hulp",
        WeighingQuestion.Acceptance => "Vraag 4: aanvaarden",
        WeighingQuestion.Result => "Vraag 5: resultaat",
        _ => throw new ArgumentOutOfRangeException(nameof(question), question, null),
    };

    /// <summary>Whom a dossier is about, as a label: "Kind" or "Cliënt".</summary>
    public static string For(DossierSubject subject) => subject switch
    {
        DossierSubject.Child => "Kind",
        DossierSubject.Client => "Cliënt",
        _ => throw new ArgumentOutOfRangeException(nameof(subject), subject, null),
    };

    /// <summary>What the dossier's list of <see cref="Dossier.Siblings"/> is: the child's brothers and sisters, or the children in the client's household.</summary>
    public static string SiblingsOf(DossierSubject subject) => subject switch
    {
        DossierSubject.Child => "Broers en zussen",
        DossierSubject.Client => "Kinderen in het gezin",
        _ => throw new ArgumentOutOfRangeException(nameof(subject), subject, null),
    };

    public static string YesNo(bool value) => value ? "ja" : "nee";

    /// <summary>For use inside a sentence: only the first letter goes to lower case, so names like Veilig Thuis keep theirs.</summary>
    public static string InSentence(string term)
    {
        ArgumentNullException.ThrowIfNull(term);
        return term.Length == 0 ? term : char.ToLowerInvariant(term[0]) + term[1..];
    }
}
