using Meldcode.Domain.Organisations;

namespace Meldcode.Application.Tests.Figures;

/// <summary>A dossier walked through the meldcode step by step, each step at its own moment, through the dossier's own methods.</summary>
internal sealed class FiguresWalk
{
    private readonly Actor _owner;

    private FiguresWalk(Dossier dossier, Actor owner)
    {
        Dossier = dossier;
        _owner = owner;
    }

    public Dossier Dossier { get; }

    /// <summary>10:00 in the morning (UTC) on the given day: every step of these tests happens then.</summary>
    public static DateTimeOffset On(int year, int month, int day) => new(year, month, day, 10, 0, 0, TimeSpan.Zero);

    public static FiguresWalk Open(School school, Team team, User owner, int sequence, string firstName, DateTimeOffset at) => new(
        Dossier.Open(school.Organisation.Id, Sector.Education, team.Id, new DossierNumber(2026, sequence), new Child(firstName, "Veldhuis", new DateOnly(2017, 4, 2), "groep 4"), Actor(owner), at),
        Actor(owner));

    public FiguresWalk Signal(SignalCategory category, DateTimeOffset at)
    {
        Dossier.RecordSignal(
            new SignalInput(DateOnly.FromDateTime(at.UtcDateTime), new TimeOnly(8, 30), "klaslokaal", "de leerkracht", SignalSource.OwnObservation, null, category,
                "Het kind had een blauwe plek op de arm en wilde niet naar huis.", null, null),
            _owner,
            at);
        return this;
    }

    public FiguresWalk Consult(DateTimeOffset at)
    {
        Dossier.RecordConsultation(
            new ConsultationInput(ConsultationKind.SafeguardingLead, DateOnly.FromDateTime(at.UtcDateTime), "aandachtsfunctionaris", "Wat is wijs?", "Leg de signalen vast en ga in gesprek.", null, ConsentToShare.NotAsked),
            _owner,
            at);
        return this;
    }

    public FiguresWalk Talk(DateTimeOffset at)
    {
        Dossier.RecordConversation(
            new ConversationInput(DateOnly.FromDateTime(at.UtcDateTime), true, false, false, null, "De blauwe plek op de arm.", "Moeder schrok.", null),
            _owner,
            at);
        return this;
    }

    public FiguresWalk SkipTalk(DateTimeOffset at)
    {
        Dossier.SkipConversation(ConversationSkipReason.ChildSafety, "Vader is eerder gewelddadig geweest tegen de leerkracht.", _owner, at);
        return this;
    }

    /// <summary>Answers the afwegingskader along the shortest path to the recommendation, all at one moment.</summary>
    public FiguresWalk Weigh(Outcome recommendation, DateTimeOffset at)
    {
        const string why = "Onderbouwd met de signalen en het overleg met de aandachtsfunctionaris.";
        void Answer(WeighingQuestion question, bool yes, bool? acute = null, bool? structural = null) =>
            Dossier.AnswerWeighingQuestion(question, yes, acute, structural, why, _owner, at);

        Answer(WeighingQuestion.Suspicion, recommendation != Outcome.Close);
        if (recommendation == Outcome.Close)
        {
            return this;
        }

        var acute = recommendation == Outcome.ReportAndHelp;
        Answer(WeighingQuestion.Safety, acute, acute, false);
        if (acute)
        {
            return this;
        }

        Answer(WeighingQuestion.Help, recommendation == Outcome.HelpAndMonitor);
        if (recommendation == Outcome.HelpAndMonitor)
        {
            Answer(WeighingQuestion.Acceptance, true);
        }

        return this;
    }

    public FiguresWalk Decide(Outcome outcome, DateTimeOffset at)
    {
        var deviates = Dossier.Recommendation.Outcome != outcome;
        Dossier.Decide(outcome, "Besloten na de weging met de aandachtsfunctionaris.", deviates ? "Ik wijk af omdat de situatie anders is dan de vragen laten zien." : null, _owner, at);
        return this;
    }

    public FiguresWalk Report(DateTimeOffset at)
    {
        Dossier.RecordReport(
            new ReportInput(DateOnly.FromDateTime(at.UtcDateTime), "Utrecht", "Anouk Smit", "VT-1", "De signalen en de gesprekken.", true, null, null),
            _owner,
            at);
        return this;
    }

    public FiguresWalk Close(DateTimeOffset at)
    {
        Dossier.Close("De melding is gedaan en Veilig Thuis heeft het overgenomen.", _owner, at);
        return this;
    }

    private static Actor Actor(User user) => new(user.Id, user.DisplayName);
}
