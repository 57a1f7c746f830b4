using Meldcode.Application.Dossiers.AddCarer;
using Meldcode.Application.Dossiers.AddCollaborator;
using Meldcode.Application.Dossiers.AddComment;
using Meldcode.Application.Dossiers.AddSibling;
using Meldcode.Application.Dossiers.AnswerConsultationRequest;
using Meldcode.Application.Dossiers.AnswerInspectionRequest;
using Meldcode.Application.Dossiers.AnswerWeighingQuestion;
using Meldcode.Application.Dossiers.CloseDossier;
using Meldcode.Application.Dossiers.CorrectEntry;
using Meldcode.Application.Dossiers.Decide;
using Meldcode.Application.Dossiers.EvaluateHelpPlan;
using Meldcode.Application.Dossiers.ExportForInspection;
using Meldcode.Application.Dossiers.ExtendInspectionDeadline;
using Meldcode.Application.Dossiers.HandOverDossier;
using Meldcode.Application.Dossiers.RecordConsultation;
using Meldcode.Application.Dossiers.RecordConversation;
using Meldcode.Application.Dossiers.RecordEmergencyAction;
using Meldcode.Application.Dossiers.RecordHelpPlan;
using Meldcode.Application.Dossiers.RecordInspectionRequest;
using Meldcode.Application.Dossiers.RecordKindcheck;
using Meldcode.Application.Dossiers.RecordReport;
using Meldcode.Application.Dossiers.RecordSignal;
using Meldcode.Application.Dossiers.RecordVeiligThuisFeedback;
using Meldcode.Application.Dossiers.RemoveCollaborator;
using Meldcode.Application.Dossiers.RequestConsultation;
using Meldcode.Application.Dossiers.ReviewDecision;
using Meldcode.Application.Dossiers.SkipConversation;
using Meldcode.Application.Dossiers.WithdrawConsultationRequest;

namespace Meldcode.Application.Tests.Dossiers.Support;

/// <summary>
/// One valid instance of each dossier command, built from the dossier's current state. Tests vary
/// them with <c>with</c> to break exactly one thing.
/// </summary>
public static class ValidCommands
{
    public const string InspectionReason = "Het verzoek vraagt veel uitzoekwerk: het dossier loopt al drie jaar.";

    /// <summary>A parent with authority asks to see the file of Noor (9 years old): she may receive it.</summary>
    public static RecordInspectionRequestCommand InspectionRequest(DossierState state) =>
        new(state.Id, state.Version, "Fatima Bakker", RequesterRelation.Parent, HasParentalAuthority: true, CarerId: null, ReceivedOn: state.Today.AddDays(-1));

    public static ExtendInspectionDeadlineCommand ExtendInspection(DossierState state) =>
        new(state.Id, state.Version, state.Dossier.InspectionRequests[^1].Id, InspectionReason);

    public static ExportForInspectionCommand ExportForInspection(DossierState state, params WithheldItem[] items) =>
        new(state.Id, state.Version, state.Dossier.InspectionRequests[^1].Id, items);

    public static AnswerInspectionRequestCommand RefuseInspection(DossierState state) =>
        new(state.Id, state.Version, state.Dossier.InspectionRequests[^1].Id, Provided: false, AnsweredOn: state.Today, RefusalReason: "De aanvrager heeft het verzoek ingetrokken.");

    public const string Rationale = "Onderbouwing op basis van de vastgelegde signalen, het overleg en het gesprek.";

    public static AddCarerCommand Carer(DossierState state) =>
        new(state.Id, state.Version, "Fatima Bakker", "moeder", HasParentalAuthority: true);

    public static AddSiblingCommand Sibling(DossierState state) =>
        new(state.Id, state.Version, "Sem Bakker", new DateOnly(2020, 2, 3));

    public static AddCollaboratorCommand Collaborator(DossierState state, User colleague) =>
        new(state.Id, state.Version, colleague.Id);

    public static RemoveCollaboratorCommand RemoveCollaborator(DossierState state, User collaborator) =>
        new(state.Id, state.Version, collaborator.Id);

    public static RecordSignalCommand Signal(DossierState state) =>
        new(
            state.Id,
            state.Version,
            ObservedOn: state.Today.AddDays(-1),
            ObservedAt: new TimeOnly(8, 40),
            Place: "Klaslokaal groep 5",
            ObservedBy: "Anouk Jansen (leerkracht)",
            Source: SignalSource.OwnObservation,
            ToldBy: null,
            Category: SignalCategory.PhysicalAbuse,
            Facts: "Blauwe plek van ongeveer drie centimeter op de linker bovenarm, zichtbaar toen Noor haar jas uitdeed.",
            ChildsOwnWords: "Dat mag ik niet zeggen.",
            Interpretation: "Mogelijk letsel dat iemand haar heeft toegebracht.");

    public static RecordKindcheckCommand Kindcheck(DossierState state) =>
        new(state.Id, state.Version, ChildrenPresent: false, NumberOfChildren: null, Ages: null, WhoCares: null);

    public static RecordConsultationCommand Consultation(DossierState state) =>
        new(
            state.Id,
            state.Version,
            ConsultationKind.SafeguardingLead,
            state.Today,
            "Intern begeleider",
            "Is dit genoeg om de zorgen met de ouders te bespreken?",
            "Ja: benoem de zorgen feitelijk in een gesprek met moeder.",
            "Gesprek binnen een week.",
            ConsentToShare.NotAsked);

    public static RequestConsultationCommand RequestConsultation(DossierState state, User consultant) =>
        new(state.Id, state.Version, consultant.Id, "Wat vind jij van deze signalen?");

    public static AnswerConsultationRequestCommand AnswerConsultation(DossierState state, User consultant) =>
        new(state.Id, state.Version, OpenRequestFor(state, consultant), "Bespreek het met de ouders en leg hun reactie vast.", "Ik kijk mee bij het gesprek.");

    public static WithdrawConsultationRequestCommand WithdrawConsultation(DossierState state, User consultant) =>
        new(state.Id, state.Version, OpenRequestFor(state, consultant));

    public static RecordConversationCommand Conversation(DossierState state) =>
        new(
            state.Id,
            state.Version,
            HeldOn: state.Today,
            WithParents: true,
            WithChild: false,
            WithColleague: true,
            OtherParticipants: null,
            ConcernsNamed: "De blauwe plek op de arm en dat Noor er niet over mag praten.",
            ClientReaction: "Moeder schrok en zei dat Noor van de trap is gevallen.",
            Agreements: "Over twee weken opnieuw in gesprek.");

    public static SkipConversationCommand SkipConversation(DossierState state) =>
        new(state.Id, state.Version, ConversationSkipReason.ChildSafety, "Vader heeft eerder gedreigd; een gesprek brengt Noor in gevaar.");

    public static AnswerWeighingQuestionCommand Answer(DossierState state, WeighingQuestion question, bool yes) =>
        new(state.Id, state.Version, question, yes, null, null, Rationale);

    public static AnswerWeighingQuestionCommand Safety(DossierState state, bool acute, bool structural) =>
        new(state.Id, state.Version, WeighingQuestion.Safety, null, acute, structural, Rationale);

    public static DecideCommand Decide(DossierState state, Outcome outcome) =>
        new(state.Id, state.Version, outcome, "Het besluit volgt het afwegingskader.", null);

    public static ReviewDecisionCommand CoSign(DossierState state) =>
        new(state.Id, state.Version, ReviewVerdict.CoSign, "Goed onderbouwd, ik teken mee.");

    public static ReviewDecisionCommand Disagree(DossierState state) =>
        new(state.Id, state.Version, ReviewVerdict.Disagree, "Ik had eerst hulp geboden: de ouders werken goed mee.");

    public static RecordReportCommand Report(DossierState state) =>
        new(state.Id, state.Version, state.Today, "Utrecht", "Mevrouw De Wit", "VT-2026-123", "De signalen, het overleg en het gesprek met moeder.", ClientInformed: true, null, null);

    public static RecordVeiligThuisFeedbackCommand Feedback(DossierState state) =>
        new(state.Id, state.Version, state.Dossier.Reports[0].Id, VeiligThuisFeedback.TakenOn, state.Today, "Veilig Thuis neemt contact op met het gezin.");

    public static RecordHelpPlanCommand Help(DossierState state, int evaluateInDays = 42) =>
        new(state.Id, state.Version, "Wekelijks gesprek met de schoolmaatschappelijk werker.", "Schoolmaatschappelijk werk", state.Today.AddDays(evaluateInDays));

    public static EvaluateHelpPlanCommand Evaluation(DossierState state, bool helpWorks) =>
        new(state.Id, state.Version, helpWorks, Rationale, helpWorks ? "Elke maand kort overleg met moeder." : null);

    public static RecordEmergencyActionCommand EmergencyAction(DossierState state) =>
        new(state.Id, state.Version, "112 gebeld; de politie kwam binnen tien minuten.", "Politie (112)", state.Now.AddHours(-1));

    public static AddCommentCommand Comment(DossierState state) =>
        new(state.Id, state.Version, "Moeder belde om te zeggen dat Noor morgen ziek is.");

    public static CorrectEntryCommand Correction(DossierState state) =>
        new(state.Id, state.Version, state.Dossier.Chronology[0].Id, "Noor zit in groep 6, niet in groep 5.", "Verkeerde groep ingevuld.");

    // Handing over (issue 13).
    public static HandOverDossierCommand HandOver(DossierState state, User newOwner) =>
        new(state.Id, state.Version, newOwner.Id, "Anouk is langdurig afwezig.");

    public static CloseDossierCommand Close(DossierState state) =>
        new(state.Id, state.Version, "De zorgen bleken ongegrond: de blauwe plek kwam van de gymles.");

    private static Guid OpenRequestFor(DossierState state, User consultant) =>
        state.Dossier.ConsultationRequests.Single(r => r.IsOpen && r.ConsultantId == consultant.Id).Id;
}
