using System.Text.RegularExpressions;
using Meldcode.Domain.Common;
using Meldcode.Domain.Organisations;

namespace Meldcode.Domain.Dossiers;

/// <summary>
/// A meldcode dossier about one child, or about one adult client (after a kindcheck): the five steps, the weighing and the decision. Every change
/// goes through a method that checks the rules and appends to the chronology; nothing in the
/// chronology is ever changed or removed.
/// </summary>
public sealed partial class Dossier
{
    /// <summary>
    /// Surname particles (tussenvoegsels) of three letters or more. They are part of a name but also everyday
    /// words ("van", "der"), so on their own they do not identify anyone in an anonymous advice request.
    /// </summary>
    private static readonly HashSet<string> NameParticles = new(StringComparer.OrdinalIgnoreCase)
    {
        "van", "der", "den", "ter", "ten", "het", "aan", "bij", "uit", "tot", "ver", "voor", "over", "onder", "von", "ben", "bin",
    };

    private readonly List<Carer> _carers = [];
    private readonly List<Sibling> _siblings = [];
    private readonly List<Collaborator> _collaborators = [];
    private readonly List<Signal> _signals = [];
    private readonly List<Kindcheck> _kindchecks = [];
    private readonly List<Consultation> _consultations = [];
    private readonly List<ConsultationRequest> _consultationRequests = [];
    private readonly List<Conversation> _conversations = [];
    private readonly List<WeighingAnswer> _weighingAnswers = [];
    private readonly List<Decision> _decisions = [];
    private readonly List<VeiligThuisReport> _reports = [];
    private readonly List<HelpPlan> _helpPlans = [];
    private readonly List<Evaluation> _evaluations = [];
    private readonly List<EmergencyAction> _emergencyActions = [];
    private readonly List<ChronologyEntry> _chronology = [];
    private readonly List<Review> _reviews = [];
    private readonly List<DossierEvent> _events = [];

    private Dossier()
    {
        Number = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    /// <summary>The team's sector when the dossier was opened; it selects the sector variant (e.g. the kindcheck).</summary>
    public Sector Sector { get; private set; }

    public Guid TeamId { get; private set; }

    /// <summary>The number people use, e.g. 2026-0042 (unique per organisation).</summary>
    public string Number { get; private set; }

    public int NumberYear { get; private set; }

    public int NumberSequence { get; private set; }

    public Guid OwnerId { get; private set; }

    /// <summary>Whom the dossier is about; exactly one of <see cref="Child"/> and <see cref="Client"/> is set, the one this names.</summary>
    public DossierSubject Subject { get; private set; }

    /// <summary>The child the dossier is about; null when it is about an adult client.</summary>
    public Child? Child { get; private set; }

    /// <summary>The adult client the dossier is about (it started with a kindcheck); null when it is about a child.</summary>
    public Client? Client { get; private set; }

    /// <summary>The child or the client: whoever the dossier is about.</summary>
    public IPersonConcerned PersonConcerned => Subject == DossierSubject.Client ? Client! : Child!;

    public DossierStatus Status { get; private set; }

    public bool IsAcute { get; private set; }

    public DateTimeOffset OpenedAt { get; private set; }

    public DateTimeOffset LastActivityAt { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public string? CloseReason { get; private set; }

    public ConversationSkipReason? ConversationSkipReason { get; private set; }

    public string? ConversationSkipExplanation { get; private set; }

    /// <summary>The evaluation date of the help that runs now; kept on the dossier so lists can sort on it.</summary>
    public DateOnly? NextEvaluationDate { get; private set; }

    /// <summary>The next action as of the last change (kept for lists; <see cref="NextActionOn"/> is the live answer).</summary>
    public NextActionKind PendingAction { get; private set; }

    /// <summary>The first step that is neither done nor skipped, as of the last change; null when all are.</summary>
    public MeldcodeStep? CurrentStep { get; private set; }

    /// <summary>Since when the dossier is in its <see cref="CurrentStep"/> (the change that brought it there).</summary>
    public DateTimeOffset CurrentStepSince { get; private set; }

    /// <summary>Whether a report is due, as of the last change (kept for lists; <see cref="IsReportDue"/> is the live answer).</summary>
    public bool HasReportDue { get; private set; }

    /// <summary>Why the decision waits for review, as of the last change; null when nothing waits (kept for lists).</summary>
    public ReviewReason? AwaitingReview { get; private set; }

    /// <summary>Whether the aandachtsfunctionaris's team overview lists the dossier: while open, and while a decision waits for review (kept for lists, indexed).</summary>
    public bool OnTeamOverview { get; private set; }

    public IReadOnlyList<Carer> Carers => _carers;

    public IReadOnlyList<Sibling> Siblings => _siblings;

    public IReadOnlyList<Collaborator> Collaborators => _collaborators;

    public IReadOnlyList<Signal> Signals => _signals;

    public IReadOnlyList<Kindcheck> Kindchecks => _kindchecks;

    public IReadOnlyList<Consultation> Consultations => _consultations;

    public IReadOnlyList<ConsultationRequest> ConsultationRequests => _consultationRequests;

    public IReadOnlyList<Conversation> Conversations => _conversations;

    public IReadOnlyList<WeighingAnswer> WeighingAnswers => _weighingAnswers;

    /// <summary>The decision that holds: the latest one (a decision is only ever added, never changed).</summary>
    public Decision? Decision => _decisions.Count == 0 ? null : _decisions.MaxBy(d => d.DecidedAt);

    public IReadOnlyList<VeiligThuisReport> Reports => _reports;

    public IReadOnlyList<HelpPlan> HelpPlans => _helpPlans;

    public IReadOnlyList<Evaluation> Evaluations => _evaluations;

    public IReadOnlyList<EmergencyAction> EmergencyActions => _emergencyActions;

    /// <summary>Reviews of decisions (four-eyes), in the order they were asked for.</summary>
    public IReadOnlyList<Review> Reviews => _reviews;

    /// <summary>The review that waits, if any (there is at most one: there is one decision).</summary>
    public Review? OpenReview => _reviews.Find(r => r.IsAwaiting);

    /// <summary>What happened in this change that people outside the dossier should hear about; see <see cref="TakeEvents"/>.</summary>
    public IReadOnlyList<DossierEvent> Events => _events;

    /// <summary>The chronology in the order it was written.</summary>
    public IReadOnlyList<ChronologyEntry> Chronology => _chronology;

    public bool IsClosed => ClosedAt is not null;

    public HelpPlan? ActiveHelpPlan => _helpPlans.LastOrDefault(h => h.IsActive);

    /// <summary>Opens a dossier about a child, in the sector of its team.</summary>
    public static Dossier Open(Guid organisationId, Sector sector, Guid teamId, DossierNumber number, Child child, Actor owner, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(child);
        ArgumentNullException.ThrowIfNull(owner);
        var dossier = New(organisationId, sector, teamId, number, owner, now);
        dossier.Subject = DossierSubject.Child;
        dossier.Child = child;
        dossier.Append(ChronologyEntryKind.Opened, owner, now, ChronologySentences.Opened(dossier.Number, child));
        dossier._events.Add(new DossierOpenedEvent());
        return dossier;
    }

    /// <summary>
    /// Opens a dossier about an adult client that starts with the kindcheck (only in jeugdhulp, zorg and maatschappelijke
    /// ondersteuning): the chronology begins with the opening and the kindcheck. The client is 18 or older.
    /// </summary>
    public static Dossier OpenAboutClient(Guid organisationId, Sector sector, Guid teamId, DossierNumber number, Client client, KindcheckInput kindcheck, Actor owner, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(kindcheck);
        ArgumentNullException.ThrowIfNull(owner);
        if (!sector.DoesKindchecks())
        {
            throw new DomainException($"Een dossier over een volwassen cliënt begint met de kindcheck. Die hoort bij jeugdhulp, zorg en maatschappelijke ondersteuning; dit team werkt in de sector {sector.DutchName().ToLowerInvariant()}. Open hier een dossier over een kind.");
        }

        if (!Client.IsAdultOn(client.DateOfBirth, Today(now)))
        {
            throw new DomainException($"Een cliënt is {Client.AdultAge} jaar of ouder. Gaat je zorg over een kind? Open dan een dossier over het kind.");
        }

        var dossier = New(organisationId, sector, teamId, number, owner, now);
        dossier.Subject = DossierSubject.Client;
        dossier.Client = client;
        dossier.Append(ChronologyEntryKind.Opened, owner, now, ChronologySentences.Opened(dossier.Number, client));
        dossier.RecordKindcheck(kindcheck.ChildrenPresent, kindcheck.NumberOfChildren, kindcheck.Ages, kindcheck.WhoCares, owner, now);
        dossier._events.Add(new DossierOpenedEvent());
        return dossier;
    }

    private static Dossier New(Guid organisationId, Sector sector, Guid teamId, DossierNumber number, Actor owner, DateTimeOffset now) => new()
    {
        Id = Guid.NewGuid(),
        OrganisationId = organisationId,
        Sector = Guard.Defined(sector),
        TeamId = teamId,
        Number = number.ToString(),
        NumberYear = number.Year,
        NumberSequence = number.Sequence,
        OwnerId = owner.UserId,
        Status = DossierStatus.Open,
        OpenedAt = now,
        CurrentStepSince = now,
    };

    /// <summary>The events of the changes so far, handed over once: the list is empty afterwards.</summary>
    public IReadOnlyList<DossierEvent> TakeEvents()
    {
        var events = _events.ToList();
        _events.Clear();
        return events;
    }

    public bool IsOwnerOrCollaborator(Guid userId) => OwnerId == userId || _collaborators.Exists(c => c.UserId == userId);

    public bool HasOpenConsultationRequestFor(Guid userId) => _consultationRequests.Exists(r => r.IsOpen && r.ConsultantId == userId);

    // ---- The people around the child -------------------------------------------------------

    public Carer AddCarer(string name, string relation, bool hasParentalAuthority, Actor actor, DateTimeOffset now)
    {
        EnsureOpen();
        var carer = new Carer(name, relation, hasParentalAuthority);
        _carers.Add(carer);
        Append(ChronologyEntryKind.ChildUpdated, actor, now, ChronologySentences.CarerAdded(carer));
        return carer;
    }

    public Sibling AddSibling(string name, DateOnly? dateOfBirth, Actor actor, DateTimeOffset now)
    {
        EnsureOpen();
        var sibling = new Sibling(name, dateOfBirth);
        _siblings.Add(sibling);
        Append(ChronologyEntryKind.ChildUpdated, actor, now, ChronologySentences.SiblingAdded(sibling, Subject));
        return sibling;
    }

    public void AddCollaborator(Guid userId, string name, Actor actor, DateTimeOffset now)
    {
        EnsureOpen();
        if (IsOwnerOrCollaborator(userId))
        {
            throw new DomainException("Deze collega werkt al aan dit dossier.");
        }

        _collaborators.Add(new Collaborator(userId, Texts.RequiredShort(name, FieldName.Singular("de naam van de collega")), now));
        Append(ChronologyEntryKind.CollaboratorAdded, actor, now, ChronologySentences.CollaboratorAdded(name));
    }

    public void RemoveCollaborator(Guid userId, Actor actor, DateTimeOffset now)
    {
        EnsureOpen();
        var collaborator = _collaborators.Find(c => c.UserId == userId)
            ?? throw new DomainException("Deze collega werkt niet mee aan dit dossier.");
        _collaborators.Remove(collaborator);
        Append(ChronologyEntryKind.CollaboratorRemoved, actor, now, ChronologySentences.CollaboratorRemoved(collaborator));
    }

    // ---- Step 1: signals ---------------------------------------------------------------------

    public Signal RecordSignal(SignalInput input, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(input);
        EnsureOpen();
        var signal = new Signal(input, now, actor.UserId);
        _signals.Add(signal);
        Append(ChronologyEntryKind.SignalRecorded, actor, now, ChronologySentences.SignalRecorded(signal), eventDate: signal.ObservedOn);
        return signal;
    }

    /// <summary>The kindcheck, for organisations that work with adult clients.</summary>
    public Kindcheck RecordKindcheck(bool childrenPresent, int? numberOfChildren, string? ages, string? whoCares, Actor actor, DateTimeOffset now)
    {
        EnsureOpen();
        if (!Sector.DoesKindchecks())
        {
            throw new DomainException("De kindcheck hoort bij jeugdhulp, zorg en maatschappelijke ondersteuning.");
        }

        var check = new Kindcheck(childrenPresent, numberOfChildren, ages, whoCares, now, actor.UserId);
        _kindchecks.Add(check);
        Append(ChronologyEntryKind.KindcheckRecorded, actor, now, ChronologySentences.KindcheckRecorded(check));
        return check;
    }

    // ---- Step 2: consultation ----------------------------------------------------------------

    public Consultation RecordConsultation(ConsultationInput input, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(input);
        EnsureOpen();
        if (input.Kind == ConsultationKind.VeiligThuisAdvice)
        {
            EnsureAnonymous(input.Question, input.Advice, input.AgreedActions, input.WithWhom);
        }

        var consultation = new Consultation(input, now, actor.UserId, requestId: null);
        _consultations.Add(consultation);
        Append(ChronologyEntryKind.ConsultationRecorded, actor, now, ChronologySentences.ConsultationRecorded(consultation), eventDate: consultation.HeldOn);
        return consultation;
    }

    public ConsultationRequest RequestConsultation(Guid consultantId, string consultantName, bool consultantIsLead, string question, Actor actor, DateTimeOffset now)
    {
        EnsureOpen();
        if (IsOwnerOrCollaborator(consultantId))
        {
            throw new DomainException("Vraag advies aan iemand die niet zelf aan dit dossier werkt.");
        }

        if (HasOpenConsultationRequestFor(consultantId))
        {
            throw new DomainException("Je hebt deze collega al om advies gevraagd; die vraag staat nog open.");
        }

        var request = new ConsultationRequest(consultantId, consultantName, consultantIsLead, question, now, actor.UserId);
        _consultationRequests.Add(request);
        Append(ChronologyEntryKind.ConsultationRequested, actor, now, ChronologySentences.ConsultationRequested(request));
        _events.Add(new ConsultationRequestedEvent(request.Id, consultantId));
        return request;
    }

    /// <summary>The consulted colleague answers; the advice becomes a consultation and their access ends.</summary>
    public Consultation AnswerConsultationRequest(Guid requestId, string advice, string? agreedActions, Actor consultant, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(consultant);
        EnsureOpen();
        var request = OpenRequest(requestId);
        if (request.ConsultantId != consultant.UserId)
        {
            throw new DomainException("Alleen de collega aan wie het advies is gevraagd, kan het geven.");
        }

        var consultation = new Consultation(
            new ConsultationInput(
                request.ConsultantIsLead ? ConsultationKind.SafeguardingLead : ConsultationKind.Colleague,
                Today(now),
                request.ConsultantName,
                request.Question,
                advice,
                agreedActions,
                ConsentToShare.NotAsked),
            now,
            consultant.UserId,
            request.Id);
        request.MarkAnswered(now);
        _consultations.Add(consultation);
        Append(ChronologyEntryKind.ConsultationRequestAnswered, consultant, now, ChronologySentences.ConsultationRequestAnswered(consultant.Name, consultation), eventDate: consultation.HeldOn);
        _events.Add(new ConsultationRequestClosedEvent(request.Id));
        return consultation;
    }

    public void WithdrawConsultationRequest(Guid requestId, Actor actor, DateTimeOffset now)
    {
        EnsureOpen();
        var request = OpenRequest(requestId);
        request.MarkWithdrawn(now);
        Append(ChronologyEntryKind.ConsultationRequestWithdrawn, actor, now, ChronologySentences.ConsultationRequestWithdrawn(request));
        _events.Add(new ConsultationRequestClosedEvent(request.Id));
    }

    // ---- Step 3: conversation ----------------------------------------------------------------

    public Conversation RecordConversation(ConversationInput input, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(input);
        EnsureOpen();
        var conversation = new Conversation(input, now, actor.UserId);
        _conversations.Add(conversation);
        Append(ChronologyEntryKind.ConversationRecorded, actor, now, ChronologySentences.ConversationRecorded(conversation), eventDate: conversation.HeldOn);
        return conversation;
    }

    public void SkipConversation(ConversationSkipReason reason, string explanation, Actor actor, DateTimeOffset now)
    {
        EnsureOpen();
        var explanationText = Texts.Trimmed(explanation);
        ConversationSkipReason = Guard.Defined(reason);
        ConversationSkipExplanation = explanationText;
        Append(ChronologyEntryKind.ConversationSkipped, actor, now, ChronologySentences.ConversationSkipped(reason, explanationText));
    }

    // ---- Steps 4–5: weighing and deciding ----------------------------------------------------

    public bool RequiresExpertConsultation =>
        _signals.Exists(s => s.Category is SignalCategory.FemaleGenitalMutilation or SignalCategory.HonourRelatedViolence);

    /// <summary>What must be done before the weighing can start (see <see cref="DossierProgress.WeighingBlockers"/>).</summary>
    public IReadOnlyList<WeighingBlocker> WeighingBlockers => DossierProgress.WeighingBlockers(this);

    /// <summary>The answers as they stand now (superseded answers are kept but not counted).</summary>
    public WeighingAnswers CurrentAnswers
    {
        get
        {
            WeighingAnswer? Current(WeighingQuestion q) => _weighingAnswers.LastOrDefault(a => a.Question == q && a.IsCurrent);
            var safety = Current(WeighingQuestion.Safety);
            return new WeighingAnswers(
                Current(WeighingQuestion.Suspicion)?.Yes,
                safety?.AcuteUnsafety,
                safety?.StructuralUnsafety,
                Current(WeighingQuestion.Help)?.Yes,
                Current(WeighingQuestion.Acceptance)?.Yes);
        }
    }

    public Recommendation Recommendation => Afwegingskader.Recommend(CurrentAnswers);

    public WeighingAnswer? CurrentAnswerTo(WeighingQuestion question) =>
        _weighingAnswers.LastOrDefault(a => a.Question == question && a.IsCurrent);

    /// <summary>
    /// Answers question 1–4. Questions are answered in order; answering an earlier question again
    /// replaces it and sets aside the answers after it (they stay in the record). Question 2 takes
    /// its two parts (acute, structural); the answer is yes when either is.
    /// </summary>
    public void AnswerWeighingQuestion(WeighingQuestion question, bool yes, bool? acuteUnsafety, bool? structuralUnsafety, string rationale, Actor actor, DateTimeOffset now)
    {
        EnsureOpen();
        if (Decision is not null)
        {
            throw new DomainException("Er is al een besluit genomen; de weging is afgerond. Een vergissing herstel je met een correctie in de tijdlijn.");
        }

        if (question is < WeighingQuestion.Suspicion or > WeighingQuestion.Acceptance)
        {
            throw new DomainException("Vraag 5 beantwoord je bij de evaluatie van de hulp.");
        }

        var blockers = WeighingBlockers;
        if (blockers.Count > 0)
        {
            throw new DomainException("Je kunt nog niet wegen: " + string.Join(" ", blockers.Select(Explain)));
        }

        var next = Recommendation.NextQuestion;
        var alreadyAnswered = CurrentAnswerTo(question) is not null;
        if (!alreadyAnswered && next != question)
        {
            throw new DomainException(next is null
                ? "Deze vraag hoort niet meer bij de weging: het afwegingskader heeft al een uitkomst."
                : $"Beantwoord de vragen op volgorde: eerst {DutchTerms.InSentence(DutchTerms.For(next.Value))}.");
        }

        if (question == WeighingQuestion.Safety)
        {
            var acute = Guard.Present(acuteUnsafety);
            var structural = Guard.Present(structuralUnsafety);
            yes = acute || structural;
        }
        else
        {
            acuteUnsafety = structuralUnsafety = null;
        }

        var answer = new WeighingAnswer(question, yes, acuteUnsafety, structuralUnsafety, rationale, now, actor.UserId);
        foreach (var earlier in _weighingAnswers.Where(a => a.IsCurrent && a.Question >= question))
        {
            earlier.Supersede(now);
        }

        _weighingAnswers.Add(answer);
        Append(ChronologyEntryKind.WeighingAnswered, actor, now, ChronologySentences.WeighingAnswered(answer, alreadyAnswered, Recommendation));
    }

    /// <summary>
    /// Records the decision. A decision other than the recommendation needs a written justification and is marked as a deviation.
    /// With four-eyes on (<paramref name="review"/>), a decision to report and any deviation go to review; nothing waits for it
    /// but a report that is not about acute danger (see <see cref="RecordReport"/>).
    /// </summary>
    public void Decide(Outcome outcome, string grounds, string? deviationJustification, Actor actor, DateTimeOffset now, ReviewRoute? review = null)
    {
        EnsureOpen();
        if (Decision is not null)
        {
            throw new DomainException("Er is al een besluit genomen.");
        }

        if (Recommendation.Outcome is not { } recommended)
        {
            throw new DomainException("Beantwoord eerst de vragen van het afwegingskader.");
        }

        var blockers = WeighingBlockers;
        if (blockers.Count > 0)
        {
            throw new DomainException("Je kunt nog niet besluiten: " + string.Join(" ", blockers.Select(Explain)));
        }

        if (outcome == Outcome.Close)
        {
            EnsureNoOpenConsultationRequest();
        }

        var decision = new Decision(outcome, recommended, grounds, deviationJustification, now, actor.UserId);
        _decisions.Add(decision);
        Append(ChronologyEntryKind.DecisionRecorded, actor, now, ChronologySentences.DecisionRecorded(decision));
        if (review is { FourEyes: true } && (decision.IsDeviation || outcome.IncludesReport()))
        {
            var asked = new Review(decision.Id, decision.IsDeviation ? ReviewReason.Deviation : ReviewReason.Report, review.NamedReviewerId, now);
            _reviews.Add(asked);
            Append(ChronologyEntryKind.ReviewRequested, actor, now, ChronologySentences.ReviewRequested(asked, review.NamedReviewerId is not null));
            _events.Add(new ReviewRequestedEvent(asked.Id, asked.Reason, asked.ReviewerId));
        }

        if (outcome == Outcome.Close)
        {
            CloseInternal(ChronologySentences.CloseReasonAfterDecision(decision), actor, now);
        }
        else
        {
            Touch(now);
        }
    }

    // ---- Report, help, evaluation ------------------------------------------------------------

    /// <summary>How many reports the decision and the evaluations call for so far.</summary>
    public int ReportsRequired =>
        (Decision?.Outcome.IncludesReport() == true ? 1 : 0) + _evaluations.Count(e => !e.HelpBringsLastingSafety);

    public bool IsReportDue => !IsClosed && _reports.Count < ReportsRequired;

    public VeiligThuisReport RecordReport(ReportInput input, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(input);
        EnsureOpen();
        if (ReportsRequired == 0 && !IsAcute)
        {
            throw new DomainException("Leg een melding vast nadat je hebt besloten te melden (of na acuut gevaar).");
        }

        if (OpenReview is not null && !IsAcute)
        {
            throw new DomainException("Je besluit wacht nog op de medeondertekening door de aandachtsfunctionaris (vier ogen). Daarna leg je de melding vast. Is er acuut gevaar? Leg dat eerst vast: dan meld je meteen en volgt de beoordeling.");
        }

        var report = new VeiligThuisReport(input, now, actor.UserId);
        _reports.Add(report);
        Append(ChronologyEntryKind.ReportRecorded, actor, now, ChronologySentences.ReportRecorded(report), eventDate: report.ReportedOn);
        return report;
    }

    public void RecordVeiligThuisFeedback(Guid reportId, VeiligThuisFeedback feedback, DateOnly receivedOn, string? followUpAgreements, Actor actor, DateTimeOffset now)
    {
        EnsureOpen();
        var report = _reports.Find(r => r.Id == reportId) ?? throw new DomainException("Deze melding hoort niet bij dit dossier.");
        report.RecordFeedback(feedback, receivedOn, followUpAgreements);
        Append(ChronologyEntryKind.VeiligThuisFeedbackRecorded, actor, now, ChronologySentences.VeiligThuisFeedbackRecorded(feedback, receivedOn, report.FollowUpAgreements), eventDate: receivedOn);
    }

    public HelpPlan RecordHelp(string whatHelp, string byWhom, DateOnly evaluationDate, Actor actor, DateTimeOffset now)
    {
        EnsureOpen();
        if (Decision?.Outcome.IncludesHelp() != true)
        {
            throw new DomainException("Leg hulp vast nadat je hebt besloten hulp te bieden of te organiseren.");
        }

        if (ActiveHelpPlan is not null)
        {
            throw new DomainException("Er loopt al hulp. Evalueer die eerst.");
        }

        var plan = new HelpPlan(whatHelp, byWhom, evaluationDate, now, actor.UserId);
        _helpPlans.Add(plan);
        NextEvaluationDate = plan.EvaluationDate;
        Append(ChronologyEntryKind.HelpRecorded, actor, now, ChronologySentences.HelpRecorded(plan));
        return plan;
    }

    /// <summary>Question 5 at the evaluation: yes → the help ends and the dossier closes with monitoring agreements; no → a report is due.</summary>
    public Evaluation Evaluate(bool helpBringsLastingSafety, string rationale, string? monitoringAgreements, Actor actor, DateTimeOffset now)
    {
        EnsureOpen();
        var plan = ActiveHelpPlan ?? throw new DomainException("Er loopt geen hulp om te evalueren.");
        if (helpBringsLastingSafety)
        {
            EnsureNoOpenConsultationRequest();
            EnsureNoReportDue();
        }

        var evaluation = new Evaluation(plan.Id, helpBringsLastingSafety, rationale, monitoringAgreements, now, actor.UserId);
        _evaluations.Add(evaluation);
        plan.End(now);
        NextEvaluationDate = null;
        Append(ChronologyEntryKind.EvaluationRecorded, actor, now, ChronologySentences.EvaluationRecorded(evaluation));

        if (helpBringsLastingSafety)
        {
            CloseInternal(ChronologySentences.CloseReasonAfterEvaluation(evaluation), actor, now);
        }
        else
        {
            Touch(now);
        }

        return evaluation;
    }

    // ---- Four eyes, handing over -------------------------------------------------------------

    /// <summary>The reviewer co-signs the decision that waits for review, with an optional comment. Also on a closed dossier (a decision to close that deviates).</summary>
    public void CoSignDecision(string? comment, Actor reviewer, DateTimeOffset now)
    {
        var review = ReviewBy(reviewer);
        review.CoSign(comment, reviewer, now);
        Append(ChronologyEntryKind.ReviewCoSigned, reviewer, now, ChronologySentences.ReviewCoSigned(review));
        _events.Add(new ReviewGivenEvent(review.Id));
    }

    /// <summary>The reviewer records that they disagree, with a written reason. The decision stands; the disagreement is part of the record.</summary>
    public void DisagreeWithDecision(string reason, Actor reviewer, DateTimeOffset now)
    {
        var review = ReviewBy(reviewer);
        review.Disagree(reason, reviewer, now);
        Append(ChronologyEntryKind.ReviewDisagreed, reviewer, now, ChronologySentences.ReviewDisagreed(review));
        _events.Add(new ReviewGivenEvent(review.Id));
    }

    /// <summary>
    /// The aandachtsfunctionaris hands the dossier to another professional of the team, with a reason. A collaborator who becomes
    /// the owner stops being a collaborator; the previous owner no longer works on the dossier.
    /// </summary>
    public void HandOver(Actor newOwner, string previousOwnerName, string reason, Actor lead, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(newOwner);
        EnsureOpen();
        if (newOwner.UserId == OwnerId)
        {
            throw new DomainException("Deze collega is al eigenaar van het dossier. Kies iemand anders.");
        }

        var why = Texts.Trimmed(reason);
        var previousOwnerId = OwnerId;
        _collaborators.RemoveAll(c => c.UserId == newOwner.UserId);
        OwnerId = newOwner.UserId;
        Append(ChronologyEntryKind.HandedOver, lead, now, ChronologySentences.HandedOver(previousOwnerName, newOwner.Name, why));
        _events.Add(new HandedOverEvent(previousOwnerId, newOwner.UserId));
    }

    // ---- Acute danger, comments, corrections, closing ---------------------------------------

    public EmergencyAction RecordEmergencyAction(string whatWasDone, string whomContacted, DateTimeOffset occurredAt, Actor actor, DateTimeOffset now)
    {
        EnsureOpen();
        var action = new EmergencyAction(whatWasDone, whomContacted, occurredAt, now, actor.UserId);
        _emergencyActions.Add(action);
        IsAcute = true;
        Append(ChronologyEntryKind.EmergencyActionRecorded, actor, now, ChronologySentences.EmergencyActionRecorded(action), eventDate: Today(action.OccurredAt));
        _events.Add(new AcuteDangerRecordedEvent(action.Id));
        return action;
    }

    public void AddComment(string text, Actor actor, DateTimeOffset now)
    {
        EnsureOpen();
        Append(ChronologyEntryKind.CommentAdded, actor, now, ChronologySentences.CommentAdded(Texts.Trimmed(text)));
    }

    /// <summary>A correction is a new entry that points at the entry it corrects and says why; the original stays. Allowed on closed dossiers too.</summary>
    public ChronologyEntry Correct(Guid entryId, string correction, string reason, Actor actor, DateTimeOffset now)
    {
        var original = _chronology.Find(e => e.Id == entryId) ?? throw new DomainException("De regel die je wilt corrigeren hoort niet bij dit dossier.");
        var text = Texts.Trimmed(correction);
        var why = Texts.Trimmed(reason);
        return Append(ChronologyEntryKind.Correction, actor, now, ChronologySentences.Correction(original, text, why), original.Id);
    }

    public void Close(string reason, Actor actor, DateTimeOffset now)
    {
        EnsureOpen();
        EnsureNoOpenConsultationRequest();
        EnsureNoReportDue();
        CloseInternal(Texts.Trimmed(reason), actor, now);
    }

    /// <summary>Records that a document was printed or exported (issue: PDF record).</summary>
    public void RecordExport(string document, Actor actor, DateTimeOffset now) =>
        Append(ChronologyEntryKind.Exported, actor, now, ChronologySentences.Exported(Texts.RequiredShort(document, FieldName.Singular("het document"))));

    // ---- Where the dossier stands -------------------------------------------------------------

    /// <summary>The five steps and their state (see <see cref="DossierProgress.Steps"/>).</summary>
    public IReadOnlyList<StepProgress> Steps(DateOnly today) => DossierProgress.Steps(this, today);

    /// <summary>What the professional should do next (see <see cref="DossierProgress.NextActionOn"/>).</summary>
    public NextAction NextActionOn(DateOnly today) => DossierProgress.NextActionOn(this, today);

    public static string Explain(WeighingBlocker blocker) => DossierProgress.Explain(blocker);

    // ---- Internals ---------------------------------------------------------------------------

    /// <summary>The review that waits, if this person may give it: never someone who works on the dossier or took the decision.</summary>
    private Review ReviewBy(Actor reviewer)
    {
        ArgumentNullException.ThrowIfNull(reviewer);
        var review = OpenReview ?? throw new DomainException("Er wacht geen besluit op beoordeling.");
        if (IsOwnerOrCollaborator(reviewer.UserId) || _decisions.Exists(d => d.Id == review.DecisionId && d.DecidedBy == reviewer.UserId))
        {
            throw new DomainException("Je werkt zelf aan dit dossier. Een besluit beoordeelt iemand anders: een andere aandachtsfunctionaris, of de beoordelaar die de organisatie heeft aangewezen.");
        }

        return review;
    }

    private ConsultationRequest OpenRequest(Guid requestId)
    {
        var request = _consultationRequests.Find(r => r.Id == requestId) ?? throw new DomainException("Deze adviesvraag hoort niet bij dit dossier.");
        if (!request.IsOpen)
        {
            throw new DomainException("Deze adviesvraag is al beantwoord of ingetrokken.");
        }

        return request;
    }

    /// <summary>Veilig Thuis advice is anonymous: no names of the child or the family in what is recorded.</summary>
    private void EnsureAnonymous(params string?[] texts)
    {
        var names = new[] { PersonConcerned.FirstName, PersonConcerned.LastName }
            .Concat(_carers.SelectMany(c => c.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
            .Concat(_siblings.SelectMany(s => s.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
            .Where(n => n.Length > 2 && !NameParticles.Contains(n))
            .Distinct(StringComparer.OrdinalIgnoreCase);
        foreach (var name in names)
        {
            var pattern = $@"(?<!\p{{L}}){Regex.Escape(name)}(?!\p{{L}})";
            if (texts.Any(t => t is not null && Regex.IsMatch(t, pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1))))
            {
                throw new DomainException("Advies van Veilig Thuis vraag je anoniem: noem geen namen van het kind of het gezin in wat je vastlegt.");
            }
        }
    }

    private void CloseInternal(string reason, Actor actor, DateTimeOffset now)
    {
        foreach (var plan in _helpPlans.Where(p => p.IsActive))
        {
            plan.End(now);
        }

        NextEvaluationDate = null;
        ClosedAt = now;
        CloseReason = reason;
        Append(ChronologyEntryKind.Closed, actor, now, ChronologySentences.Closed(reason));
    }

    /// <summary>The meldnorm: a dossier whose decision or evaluation calls for a report does not close before the report is recorded.</summary>
    private void EnsureNoReportDue()
    {
        if (IsReportDue)
        {
            throw new DomainException("Er moet nog een melding bij Veilig Thuis worden vastgelegd. Leg die eerst vast.");
        }
    }

    /// <summary>An open request gives the consulted colleague access; closing would leave it open for good (it can no longer be answered or withdrawn).</summary>
    private void EnsureNoOpenConsultationRequest()
    {
        if (_consultationRequests.Exists(r => r.IsOpen))
        {
            throw new DomainException("Er staat nog een adviesvraag open. Trek die in of wacht op het antwoord.");
        }
    }

    private void EnsureOpen()
    {
        if (IsClosed)
        {
            throw new DomainException("Dit dossier is gesloten. Je kunt alleen nog een correctie toevoegen.");
        }
    }

    private ChronologyEntry Append(ChronologyEntryKind kind, Actor actor, DateTimeOffset now, string summary, Guid? correctsEntryId = null, DateOnly? eventDate = null)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var entry = new ChronologyEntry(_chronology.Count + 1, kind, actor, now, summary, correctsEntryId, eventDate);
        _chronology.Add(entry);
        Touch(now);
        return entry;
    }

    /// <summary>Every change passes here: it records the activity and brings the status up to date (which also raises the dossier's version).</summary>
    private void Touch(DateTimeOffset now)
    {
        LastActivityAt = now;
        Status = IsClosed ? DossierStatus.Closed
            : _reports.Count > 0 && ActiveHelpPlan is not null ? DossierStatus.ReportedAndMonitoring
            : _reports.Count > 0 ? DossierStatus.Reported
            : ActiveHelpPlan is not null ? DossierStatus.Monitoring
            : DossierStatus.Open;
        var today = Today(now);
        PendingAction = DossierProgress.NextActionOn(this, today).Kind;
        var step = DossierProgress.CurrentStep(this, today);
        if (step != CurrentStep)
        {
            CurrentStep = step;
            CurrentStepSince = now;
        }

        HasReportDue = IsReportDue;
        AwaitingReview = OpenReview?.Reason;
        OnTeamOverview = !IsClosed || AwaitingReview is not null;
    }

    private static DateOnly Today(DateTimeOffset now) => DutchTime.Today(now);
}
