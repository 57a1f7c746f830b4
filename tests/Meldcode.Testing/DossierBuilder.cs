using Meldcode.Domain.Common;
using Meldcode.Domain.Dossiers;
using Meldcode.Domain.Organisations;

namespace Meldcode.Testing;

/// <summary>
/// The one builder of test dossiers: opens a dossier and brings it to the state a test needs, through
/// the dossier's own methods (so every state is one a user can reach). By default the dossier is about
/// Daan Jansen and everything happens at <see cref="Clock.Now"/> by <see cref="People.Owner"/>; a test
/// that needs a dossier of its own organisation, child, owner or moment opens it with
/// <see cref="Open(Guid, Sector, Guid, DossierNumber, Child, Actor, DateTimeOffset)"/> and passes its own inputs.
/// Nothing is saved: a test that needs the dossier in a database adds <see cref="Build"/> to its context.
/// </summary>
public sealed class DossierBuilder
{
    public const string Rationale = "Onderbouwd met de signalen en het overleg met de aandachtsfunctionaris.";

    public const string Justification = "Ik wijk af omdat de situatie anders is dan de vragen laten zien.";

    private readonly Dossier _dossier;

    private readonly Actor _owner;

    private readonly DateTimeOffset _now;

    private DossierBuilder(Dossier dossier, Actor owner, DateTimeOffset now)
    {
        _dossier = dossier;
        _owner = owner;
        _now = now;
    }

    public static DossierBuilder Open(Sector sector = Sector.Education) => Open(
        Guid.NewGuid(), sector, Guid.NewGuid(), new DossierNumber(2026, 42), new Child("Daan", "Jansen", new DateOnly(2018, 3, 12), "groep 5"), People.Owner, Clock.Now);

    /// <summary>A dossier of the given organisation and team, about <paramref name="child"/>, opened and worked on by <paramref name="owner"/> at <paramref name="now"/>.</summary>
    public static DossierBuilder Open(Guid organisationId, Sector sector, Guid teamId, DossierNumber number, Child child, Actor owner, DateTimeOffset now) =>
        new(Dossier.Open(organisationId, sector, teamId, number, child, owner, now), owner, now);

    /// <summary>A dossier with a signal, a consultation and a conversation: the weighing can start.</summary>
    public static DossierBuilder ReadyToWeigh(Sector sector = Sector.Education) =>
        Open(sector).WithSignal().WithConsultation().WithConversation();

    /// <summary>A dossier weighed to the given recommendation, not yet decided.</summary>
    public static DossierBuilder WeighedTo(Outcome recommendation) => ReadyToWeigh().Answered(recommendation);

    /// <summary>A dossier decided as the framework recommended.</summary>
    public static DossierBuilder DecidedTo(Outcome outcome) => WeighedTo(outcome).Decided(outcome);

    public DossierBuilder WithCarer(string name = "Petra Jansen", string relation = "moeder")
    {
        _dossier.AddCarer(name, relation, hasParentalAuthority: true, _owner, _now);
        return this;
    }

    public DossierBuilder WithSibling(string name)
    {
        _dossier.AddSibling(name, null, _owner, _now);
        return this;
    }

    public DossierBuilder WithSignal(SignalCategory category = SignalCategory.PhysicalAbuse) => WithSignal(Inputs.Signal(category));

    public DossierBuilder WithSignal(SignalInput signal)
    {
        _dossier.RecordSignal(signal, _owner, _now);
        return this;
    }

    public DossierBuilder WithConsultation(ConsultationKind kind = ConsultationKind.SafeguardingLead) => WithConsultation(Inputs.Consultation(kind));

    public DossierBuilder WithConsultation(ConsultationInput consultation)
    {
        _dossier.RecordConsultation(consultation, _owner, _now);
        return this;
    }

    public DossierBuilder WithConversation() => WithConversation(Inputs.Conversation());

    public DossierBuilder WithConversation(ConversationInput conversation)
    {
        _dossier.RecordConversation(conversation, _owner, _now);
        return this;
    }

    public DossierBuilder WithSkippedConversation()
    {
        _dossier.SkipConversation(ConversationSkipReason.ChildSafety, "Vader is eerder gewelddadig geweest tegen de leerkracht.", _owner, _now);
        return this;
    }

    public DossierBuilder Answer(WeighingQuestion question, bool yes, string rationale = Rationale)
    {
        _dossier.AnswerWeighingQuestion(question, yes, null, null, rationale, _owner, _now);
        return this;
    }

    public DossierBuilder AnswerSafety(bool acute, bool structural, string rationale = Rationale)
    {
        _dossier.AnswerWeighingQuestion(WeighingQuestion.Safety, acute || structural, acute, structural, rationale, _owner, _now);
        return this;
    }

    /// <summary>
    /// Answers questions 1–4 as given, in order, as far as the afwegingskader asks them (no suspicion
    /// ends the weighing; so does unsafety; no help ends it before question 4).
    /// </summary>
    public DossierBuilder Answered(WeighingAnswers answers, Func<WeighingQuestion, string> rationale)
    {
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(rationale);
        Answer(WeighingQuestion.Suspicion, answers.Suspicion!.Value, rationale(WeighingQuestion.Suspicion));
        if (answers.Suspicion != true)
        {
            return this;
        }

        AnswerSafety(answers.AcuteUnsafety!.Value, answers.StructuralUnsafety!.Value, rationale(WeighingQuestion.Safety));
        if (answers.Unsafe)
        {
            return this;
        }

        Answer(WeighingQuestion.Help, answers.CanOfferHelp!.Value, rationale(WeighingQuestion.Help));
        return answers.CanOfferHelp == true ? Answer(WeighingQuestion.Acceptance, answers.HelpAccepted!.Value, rationale(WeighingQuestion.Acceptance)) : this;
    }

    /// <summary>Answers the questions along the shortest path that ends in the given recommendation.</summary>
    public DossierBuilder Answered(Outcome recommendation) => recommendation switch
    {
        Outcome.Close => Answer(WeighingQuestion.Suspicion, false),
        Outcome.ReportAndHelp => Answer(WeighingQuestion.Suspicion, true).AnswerSafety(acute: true, structural: false),
        Outcome.Report => Answer(WeighingQuestion.Suspicion, true).AnswerSafety(false, false).Answer(WeighingQuestion.Help, false),
        Outcome.HelpAndMonitor => Answer(WeighingQuestion.Suspicion, true).AnswerSafety(false, false).Answer(WeighingQuestion.Help, true).Answer(WeighingQuestion.Acceptance, true),
        _ => throw new ArgumentOutOfRangeException(nameof(recommendation), recommendation, null),
    };

    /// <summary>Decides; a decision that differs from the recommendation gets a justification.</summary>
    public DossierBuilder Decided(Outcome outcome) => Decided(outcome, ReviewRoute.Off);

    /// <summary>Decides with four-eyes as <paramref name="review"/> says; a decision that differs from the recommendation gets a justification.</summary>
    public DossierBuilder Decided(Outcome outcome, ReviewRoute review)
    {
        var deviates = _dossier.Recommendation.Outcome != outcome;
        _dossier.Decide(outcome, "Besloten na de weging met de aandachtsfunctionaris.", deviates ? Justification : null, _owner, _now, review);
        return this;
    }

    /// <summary>Weighed to <paramref name="recommendation"/>, decided to <paramref name="outcome"/> with four-eyes on (to the team's aandachtsfunctionarissen).</summary>
    public static DossierBuilder DecidedWithFourEyes(Outcome outcome, Outcome? recommendation = null) =>
        WeighedTo(recommendation ?? outcome).Decided(outcome, ReviewRoute.TeamLeads);

    public DossierBuilder WithReport()
    {
        _dossier.RecordReport(Inputs.Report(), _owner, _now);
        return this;
    }

    public DossierBuilder WithHelp(DateOnly evaluationDate)
    {
        _dossier.RecordHelp("Opvoedondersteuning via het wijkteam.", "Wijkteam Oost", evaluationDate, _owner, _now);
        return this;
    }

    public DossierBuilder WithHelp() => WithHelp(DutchTime.Today(_now).AddDays(42));

    public DossierBuilder WithEmergencyAction()
    {
        _dossier.RecordEmergencyAction("112 gebeld; de politie heeft Daan opgehaald.", "Politie (112)", _now.AddHours(-1), _owner, _now);
        return this;
    }

    public DossierBuilder WithCollaborator(Actor colleague)
    {
        _dossier.AddCollaborator(colleague.UserId, colleague.Name, _owner, _now);
        return this;
    }

    public Dossier Build() => _dossier;
}
