using System.Globalization;
using Meldcode.Domain.Common;
using Meldcode.Domain.Organisations;

namespace Meldcode.Domain.Dossiers;

/// <summary>
/// Every sentence the dossier writes into its chronology, in Dutch, one method per kind of entry (named after
/// its <see cref="ChronologyEntryKind"/> where there is one kind of sentence for it). The chronology is the
/// record: once written, a sentence is never changed, so the wording here is the wording of every record.
/// Terms come from <see cref="DutchTerms"/>, dates and times from <see cref="DutchTime"/>.
/// </summary>
internal static class ChronologySentences
{
    public static string Opened(string number, Child child) =>
        $"Dossier {number} geopend over {child.FullName} (geboren {Date(child.DateOfBirth)}{(child.Group is null ? string.Empty : $", {child.Group}")}).";

    public static string Opened(string number, Client client) =>
        $"Dossier {number} geopend over cliënt {client.FullName} (geboren {Date(client.DateOfBirth)}). Het dossier begint met de kindcheck.";

    public static string CarerAdded(Carer carer) =>
        $"Ouder/verzorger toegevoegd: {carer.Name} ({carer.Relation}, {(carer.HasParentalAuthority ? "heeft gezag" : "geen gezag")}).";

    public static string SiblingAdded(Sibling sibling, DossierSubject subject) =>
        $"{(subject == DossierSubject.Client ? "Kind in het gezin" : "Broer of zus")} toegevoegd: {sibling.Name}{(sibling.DateOfBirth is { } born ? $" (geboren {Date(born)})" : string.Empty)}.";

    /// <summary>The name as it was passed (the collaborator keeps it trimmed).</summary>
    public static string CollaboratorAdded(string name) => $"{name} werkt mee aan dit dossier.";

    public static string CollaboratorRemoved(Collaborator collaborator) => $"{collaborator.Name} werkt niet meer mee aan dit dossier.";

    public static string SignalRecorded(Signal signal) => Lines(
        $"Signaal vastgelegd: {DutchTerms.For(signal.Category)}, waargenomen op {Date(signal.ObservedOn)}{(signal.ObservedAt is { } at ? $" om {at.ToString("HH:mm", CultureInfo.InvariantCulture)}" : string.Empty)}{(signal.Place is null ? string.Empty : $" ({signal.Place})")} door {signal.ObservedBy}.",
        signal.Source == SignalSource.ToldBySomeone ? $"Bron: verteld door {signal.ToldBy}." : "Bron: eigen waarneming.",
        $"Feiten: {signal.Facts}",
        signal.QuotedChildsOwnWords is { } words ? $"Eigen woorden van het kind: {words}" : null,
        signal.Interpretation is null ? null : $"Interpretatie: {signal.Interpretation}");

    public static string KindcheckRecorded(Kindcheck check) => check.ChildrenPresent
        ? $"Kindcheck positief: {check.NumberOfChildren} kind(eren) wonen bij of verblijven regelmatig bij de cliënt (leeftijden: {check.Ages}); zorg: {check.WhoCares}. De stappen van de meldcode gaan verder."
        : "Kindcheck negatief: er wonen of verblijven geen kinderen bij de cliënt.";

    public static string ConsultationRecorded(Consultation consultation) => Lines(
        $"Consultatie op {Date(consultation.HeldOn)}: {DutchTerms.InSentence(DutchTerms.For(consultation.Kind))} ({consultation.WithWhom}).",
        $"Vraag: {consultation.Question}",
        $"Advies: {consultation.Advice}",
        consultation.AgreedActions is null ? null : $"Afspraken: {consultation.AgreedActions}",
        $"Toestemming om informatie te delen: {DutchTerms.InSentence(DutchTerms.For(consultation.Consent))}.");

    public static string ConsultationRequested(ConsultationRequest request) =>
        $"Advies gevraagd aan {request.ConsultantName}{(request.ConsultantIsLead ? " (aandachtsfunctionaris)" : string.Empty)}. Vraag: {request.Question}";

    public static string ConsultationRequestAnswered(string consultantName, Consultation consultation) => Lines(
        $"Advies gegeven door {consultantName}.",
        $"Advies: {consultation.Advice}",
        consultation.AgreedActions is null ? null : $"Afspraken: {consultation.AgreedActions}");

    public static string ConsultationRequestWithdrawn(ConsultationRequest request) => $"Adviesvraag aan {request.ConsultantName} ingetrokken.";

    public static string ConversationRecorded(Conversation conversation)
    {
        var who = new[]
        {
            conversation.WithParents ? "ouder(s)" : null,
            conversation.WithChild ? "kind" : null,
            conversation.WithColleague ? "collega" : null,
            conversation.OtherParticipants,
        }.OfType<string>();
        return Lines(
            $"Gesprek gevoerd op {Date(conversation.HeldOn)} met {string.Join(", ", who)}.",
            $"Benoemde zorgen: {conversation.ConcernsNamed}",
            $"Reactie: {conversation.ClientReaction}",
            conversation.Agreements is null ? null : $"Afspraken: {conversation.Agreements}");
    }

    public static string ConversationSkipped(ConversationSkipReason reason, string explanation) =>
        $"Gesprek met de cliënt overgeslagen. Reden: {DutchTerms.For(reason)}. Toelichting: {explanation}";

    /// <summary>An answer to question 1–4, and where the framework leads after it.</summary>
    public static string WeighingAnswered(WeighingAnswer answer, bool answeredAgain, Recommendation recommendation)
    {
        var detail = answer is { AcuteUnsafety: { } acute, StructuralUnsafety: { } structural }
            ? $"acute onveiligheid: {DutchTerms.YesNo(acute)}, structurele onveiligheid: {DutchTerms.YesNo(structural)}"
            : DutchTerms.YesNo(answer.Yes);
        return Lines(
            $"{DutchTerms.For(answer.Question)}{(answeredAgain ? " (opnieuw beantwoord)" : string.Empty)}: {detail}.",
            $"Onderbouwing: {answer.Rationale}",
            recommendation.Outcome is { } outcome
                ? $"Het afwegingskader raadt aan: {DutchTerms.InSentence(DutchTerms.For(outcome))}."
                : $"Volgende: {DutchTerms.InSentence(DutchTerms.For(recommendation.NextQuestion!.Value))}.");
    }

    public static string DecisionRecorded(Decision decision) => Lines(
        $"Besluit: {DutchTerms.InSentence(DutchTerms.For(decision.Outcome))}.",
        $"Onderbouwing: {decision.Grounds}",
        decision.IsDeviation
            ? $"Dit wijkt af van wat het afwegingskader aanraadt ({DutchTerms.InSentence(DutchTerms.For(decision.Recommended))}). Verantwoording: {decision.DeviationJustification}"
            : decision.Advice);

    public static string ReportRecorded(VeiligThuisReport report) => Lines(
        $"Gemeld bij {VeiligThuisRegions.Display(report.Region)} op {Date(report.ReportedOn)}; contactpersoon {report.ContactPerson}{(report.Reference is null ? string.Empty : $", kenmerk {report.Reference}")}.",
        $"Gemeld: {report.WhatWasReported}",
        report.ClientInformed
            ? "De cliënt is vooraf geïnformeerd over de melding."
            : $"De cliënt is niet vooraf geïnformeerd. Uitzondering: {DutchTerms.InSentence(DutchTerms.For(report.Exception!.Value))}. Toelichting: {report.ExceptionExplanation}");

    public static string VeiligThuisFeedbackRecorded(VeiligThuisFeedback feedback, DateOnly receivedOn, string? followUpAgreements) => Lines(
        $"Terugkoppeling van Veilig Thuis ({Date(receivedOn)}): {DutchTerms.InSentence(DutchTerms.For(feedback))}.",
        followUpAgreements is null ? null : $"Vervolgafspraken: {followUpAgreements}");

    public static string HelpRecorded(HelpPlan plan) => Lines(
        $"Hulp: {plan.WhatHelp}",
        $"Door: {plan.ByWhom}. Evaluatie op {Date(plan.EvaluationDate)}.");

    /// <summary>Question 5 at the evaluation of the help.</summary>
    public static string EvaluationRecorded(Evaluation evaluation) => Lines(
        $"{DutchTerms.For(WeighingQuestion.Result)}: {DutchTerms.YesNo(evaluation.HelpBringsLastingSafety)} — de hulp leidt {(evaluation.HelpBringsLastingSafety ? string.Empty : "niet ")}tot de nodige veiligheid en duurzaam herstel.",
        $"Onderbouwing: {evaluation.Rationale}",
        evaluation.MonitoringAgreements is null ? null : $"Afspraken over het volgen van de veiligheid: {evaluation.MonitoringAgreements}",
        evaluation.HelpBringsLastingSafety ? null : "Het afwegingskader raadt aan: (opnieuw) melden bij Veilig Thuis.");

    public static string EmergencyActionRecorded(EmergencyAction action) => Lines(
        $"Acuut gevaar. Op {DutchTime.Moment(action.OccurredAt)} ingeschakeld: {action.WhomContacted}.",
        $"Gedaan: {action.WhatWasDone}");

    public static string CommentAdded(string text) => $"Opmerking: {text}";

    public static string Correction(ChronologyEntry original, string correction, string reason) => Lines(
        $"Correctie op regel {original.Sequence}: {correction}",
        $"Reden: {reason}");

    public static string Closed(string reason) => $"Dossier gesloten. Reden: {reason}";

    /// <summary>The reason a decision to close gives the dossier (<see cref="Dossier.CloseReason"/>, and so the closing entry).</summary>
    public static string CloseReasonAfterDecision(Decision decision) => $"Besluit na de weging: {decision.Grounds}";

    /// <summary>The reason help that brings lasting safety gives the dossier (<see cref="Dossier.CloseReason"/>, and so the closing entry).</summary>
    public static string CloseReasonAfterEvaluation(Evaluation evaluation) =>
        $"Hulp geëvalueerd: de veiligheid is hersteld. Afspraken: {evaluation.MonitoringAgreements}";

    public static string ReviewRequested(Review review, bool namedReviewer) => review.Reason == ReviewReason.Deviation
        ? $"Het besluit wijkt af van het afwegingskader en gaat ter beoordeling naar {(namedReviewer ? "de beoordelaar die de organisatie heeft aangewezen" : "de aandachtsfunctionaris")} (vier ogen)."
        : $"Het besluit om te melden gaat ter medeondertekening naar {(namedReviewer ? "de beoordelaar die de organisatie heeft aangewezen" : "de aandachtsfunctionaris")} (vier ogen).";

    public static string ReviewCoSigned(Review review) => Lines(
        $"Besluit medeondertekend door {review.ReviewedByName}.",
        review.Comment is null ? null : $"Opmerking: {review.Comment}");

    public static string ReviewDisagreed(Review review) => Lines(
        $"{review.ReviewedByName} is het niet eens met het besluit. Het besluit blijft staan: de meldcode laat het besluit aan de professional.",
        $"Reden: {review.Comment}");

    public static string HandedOver(string previousOwner, string newOwner, string reason) => Lines(
        $"Dossier overgedragen van {previousOwner} aan {newOwner}.",
        $"Reden: {reason}");

    public static string Exported(string document) => $"Geëxporteerd: {document}.";

    public static string LegalHoldPlaced(string reason) => Lines(
        "Bewaarplicht geplaatst: het dossier wordt niet verwijderd of vernietigd tot de bewaarplicht is opgeheven.",
        $"Reden: {reason}");

    public static string LegalHoldLifted(string reason) => Lines(
        "Bewaarplicht opgeheven: het dossier volgt weer de bewaartermijn.",
        $"Reden: {reason}");

    public static string DestructionRequested(Retention.DestructionRequester requester, int childAge, DateOnly receivedOn) =>
        $"Verzoek tot vernietiging van het dossier ontvangen op {DutchTime.Date(receivedOn)}, van {Retention.DestructionRequests.Describe(requester)} (het kind is {childAge} jaar).";

    public static string DestructionRefused(string reason) => Lines(
        "Verzoek tot vernietiging afgewezen: het dossier blijft bewaard.",
        $"Reden: {reason}");

    /// <summary>The lines that are there (null: left out), one under the other.</summary>
    private static string Lines(params string?[] lines) => string.Join(Environment.NewLine, lines.OfType<string>());

    private static string Date(DateOnly date) => DutchTime.Date(date);
}
