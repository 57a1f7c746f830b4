using Meldcode.Domain.Common;
using Meldcode.Domain.Dossiers;
using Meldcode.Domain.Organisations;

namespace Meldcode.Domain.Tests.Dossiers;

/// <summary>
/// Opens a dossier about Daan Jansen and brings it to the state a test needs, through the dossier's
/// own methods (so every state is one a user can reach). Everything happens at <see cref="Clock.Now"/>
/// by <see cref="People.Owner"/>.
/// </summary>
internal sealed class DossierBuilder
{
    public const string Rationale = "Onderbouwd met de signalen en het overleg met de aandachtsfunctionaris.";

    public const string Justification = "Ik wijk af omdat de situatie anders is dan de vragen laten zien.";

    private readonly Dossier _dossier;

    private DossierBuilder(Sector sector)
    {
        var child = new Child("Daan", "Jansen", new DateOnly(2018, 3, 12), "groep 5", Clock.Today);
        _dossier = Dossier.Open(Guid.NewGuid(), sector, Guid.NewGuid(), new DossierNumber(2026, 42), child, People.Owner, Clock.Now);
    }

    public static DossierBuilder Open(Sector sector = Sector.Education) => new(sector);

    /// <summary>A dossier with a signal, a consultation and a conversation: the weighing can start.</summary>
    public static DossierBuilder ReadyToWeigh(Sector sector = Sector.Education) =>
        Open(sector).WithSignal().WithConsultation().WithConversation();

    /// <summary>A dossier weighed to the given recommendation, not yet decided.</summary>
    public static DossierBuilder WeighedTo(Outcome recommendation) => ReadyToWeigh().Answered(recommendation);

    /// <summary>A dossier decided as the framework recommended.</summary>
    public static DossierBuilder DecidedTo(Outcome outcome) => WeighedTo(outcome).Decided(outcome);

    public DossierBuilder WithCarer(string name = "Petra Jansen", string relation = "moeder")
    {
        _dossier.AddCarer(name, relation, hasParentalAuthority: true, People.Owner, Clock.Now);
        return this;
    }

    public DossierBuilder WithSibling(string name)
    {
        _dossier.AddSibling(name, null, People.Owner, Clock.Now);
        return this;
    }

    public DossierBuilder WithSignal(SignalCategory category = SignalCategory.PhysicalAbuse)
    {
        _dossier.RecordSignal(Inputs.Signal(category), People.Owner, Clock.Now);
        return this;
    }

    public DossierBuilder WithConsultation(ConsultationKind kind = ConsultationKind.SafeguardingLead)
    {
        _dossier.RecordConsultation(Inputs.Consultation(kind), People.Owner, Clock.Now);
        return this;
    }

    public DossierBuilder WithConversation()
    {
        _dossier.RecordConversation(Inputs.Conversation(), People.Owner, Clock.Now);
        return this;
    }

    public DossierBuilder WithSkippedConversation()
    {
        _dossier.SkipConversation(ConversationSkipReason.ChildSafety, "Vader is eerder gewelddadig geweest tegen de leerkracht.", People.Owner, Clock.Now);
        return this;
    }

    public DossierBuilder Answer(WeighingQuestion question, bool yes)
    {
        _dossier.AnswerWeighingQuestion(question, yes, null, null, Rationale, People.Owner, Clock.Now);
        return this;
    }

    public DossierBuilder AnswerSafety(bool acute, bool structural)
    {
        _dossier.AnswerWeighingQuestion(WeighingQuestion.Safety, acute || structural, acute, structural, Rationale, People.Owner, Clock.Now);
        return this;
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
    public DossierBuilder Decided(Outcome outcome)
    {
        var deviates = _dossier.Recommendation.Outcome != outcome;
        _dossier.Decide(outcome, "Besloten na de weging met de aandachtsfunctionaris.", deviates ? Justification : null, People.Owner, Clock.Now);
        return this;
    }

    public DossierBuilder WithReport()
    {
        _dossier.RecordReport(Inputs.Report(), People.Owner, Clock.Now);
        return this;
    }

    public DossierBuilder WithHelp(DateOnly evaluationDate)
    {
        _dossier.RecordHelp("Opvoedondersteuning via het wijkteam.", "Wijkteam Oost", evaluationDate, People.Owner, Clock.Now);
        return this;
    }

    public DossierBuilder WithHelp() => WithHelp(Clock.Today.AddDays(42));

    public DossierBuilder WithEmergencyAction()
    {
        _dossier.RecordEmergencyAction("112 gebeld; de politie heeft Daan opgehaald.", "Politie (112)", Clock.Now.AddHours(-1), People.Owner, Clock.Now);
        return this;
    }

    public DossierBuilder WithCollaborator(Actor colleague)
    {
        _dossier.AddCollaborator(colleague.UserId, colleague.Name, People.Owner, Clock.Now);
        return this;
    }

    public Dossier Build() => _dossier;
}
