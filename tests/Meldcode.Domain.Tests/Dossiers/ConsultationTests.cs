using Meldcode.Domain.Common;
using Meldcode.Domain.Dossiers;

namespace Meldcode.Domain.Tests.Dossiers;

public sealed class ConsultationTests
{
    private const string AnonymousMessage = "Advies van Veilig Thuis vraag je anoniem: noem geen namen van het kind of het gezin in wat je vastlegt.";

    private const string Question = "Wil je meekijken naar de signalen van Daan?";

    public static TheoryData<ConsultationKind> KindsThatMayNameTheFamily => new(Enum.GetValues<ConsultationKind>().Where(k => k != ConsultationKind.VeiligThuisAdvice));

    [Fact]
    public void A_consultation_keeps_with_whom_the_question_the_advice_the_actions_and_the_consent()
    {
        var dossier = DossierBuilder.Open().Build();

        var consultation = dossier.RecordConsultation(Inputs.Consultation() with { Consent = ConsentToShare.AskedAndGiven }, People.Owner, Clock.Now);

        Assert.Same(consultation, Assert.Single(dossier.Consultations));
        Assert.Equal(ConsultationKind.SafeguardingLead, consultation.Kind);
        Assert.Equal("intern begeleider", consultation.WithWhom);
        Assert.Equal(ConsentToShare.AskedAndGiven, consultation.Consent);
        Assert.Null(consultation.RequestId);
        Assert.Equal(
            string.Join(
                Environment.NewLine,
                "Consultatie op 18-11-2026: aandachtsfunctionaris (intern begeleider).",
                "Vraag: Is dit reden om de stappen van de meldcode te volgen?",
                "Advies: Leg de signalen vast en ga in gesprek met de ouders.",
                "Afspraken: Over twee weken opnieuw overleggen.",
                "Toestemming om informatie te delen: gevraagd en gegeven."),
            dossier.Chronology[^1].Summary);
    }

    [Theory]
    [InlineData("Daan")]
    [InlineData("Jansen")]
    [InlineData("daan")]
    [InlineData("Petra")]
    [InlineData("Sem")]
    public void Veilig_Thuis_advice_that_names_the_child_or_family_is_refused(string name)
    {
        var dossier = DossierBuilder.Open().WithCarer("Petra Jansen").WithSibling("Sem Jansen").Build();
        var entries = dossier.Chronology.Count;

        var error = Assert.Throws<DomainException>(() => dossier.RecordConsultation(
            Inputs.Consultation(ConsultationKind.VeiligThuisAdvice) with { Question = $"Een jongen van 8 ({name}) had een blauwe plek. Wat nu?" },
            People.Owner,
            Clock.Now));

        Assert.Equal(AnonymousMessage, error.Message);
        Assert.Empty(dossier.Consultations);
        Assert.Equal(entries, dossier.Chronology.Count);
    }

    [Fact]
    public void Every_text_of_Veilig_Thuis_advice_is_checked_for_names()
    {
        var dossier = DossierBuilder.Open().WithCarer("Petra Jansen").Build();
        var advice = Inputs.Consultation(ConsultationKind.VeiligThuisAdvice) with { Question = "Een jongen van 8 had een blauwe plek. Wat nu?" };

        Assert.Throws<DomainException>(() => dossier.RecordConsultation(advice with { WithWhom = "Veilig Thuis, over Petra" }, People.Owner, Clock.Now));
        Assert.Throws<DomainException>(() => dossier.RecordConsultation(advice with { Advice = "Praat met Petra." }, People.Owner, Clock.Now));
        Assert.Throws<DomainException>(() => dossier.RecordConsultation(advice with { AgreedActions = "Gesprek met mevrouw Jansen." }, People.Owner, Clock.Now));
        Assert.Empty(dossier.Consultations);
    }

    [Fact]
    public void Anonymous_Veilig_Thuis_advice_is_recorded()
    {
        var dossier = DossierBuilder.Open().WithCarer("Petra Jansen").Build();

        var consultation = dossier.RecordConsultation(
            Inputs.Consultation(ConsultationKind.VeiligThuisAdvice) with { WithWhom = "Veilig Thuis (anoniem)", Question = "Een jongen van 8 had een blauwe plek op zijn wang. Wat nu?" },
            People.Owner,
            Clock.Now);

        Assert.Equal(ConsultationKind.VeiligThuisAdvice, consultation.Kind);
    }

    [Fact]
    public void A_name_inside_another_word_does_not_count_as_naming()
    {
        var dossier = DossierBuilder.Open().Build();

        var consultation = dossier.RecordConsultation(
            Inputs.Consultation(ConsultationKind.VeiligThuisAdvice) with { WithWhom = "Veilig Thuis", Question = "Het gezin woont bij de Daantjesweg; de vader heet Jansenius. Wat nu?" },
            People.Owner,
            Clock.Now);

        Assert.Single(dossier.Consultations, consultation);
    }

    [Theory]
    [InlineData("Kees van der Berg")]
    [InlineData("Ahmed ter Horst")]
    [InlineData("Lotte van den Heuvel")]
    public void A_name_particle_of_a_carer_is_not_taken_for_a_name(string carer)
    {
        var dossier = DossierBuilder.Open().WithCarer(carer, "vader").Build();

        var consultation = dossier.RecordConsultation(
            Inputs.Consultation(ConsultationKind.VeiligThuisAdvice) with
            {
                WithWhom = "Veilig Thuis",
                Question = "De vader van een jongen van 8 drinkt; ter info: de moeder is uit beeld. Het kind is een van den velen in de klas. Wat nu?",
            },
            People.Owner,
            Clock.Now);

        Assert.Single(dossier.Consultations, consultation);
    }

    [Fact]
    public void The_surname_of_a_carer_with_a_name_particle_still_counts_as_naming()
    {
        var dossier = DossierBuilder.Open().WithCarer("Kees van der Berg", "vader").Build();

        Assert.Throws<DomainException>(() => dossier.RecordConsultation(
            Inputs.Consultation(ConsultationKind.VeiligThuisAdvice) with { Question = "Meneer Berg drinkt. Wat nu?" },
            People.Owner,
            Clock.Now));
    }

    [Theory]
    [MemberData(nameof(KindsThatMayNameTheFamily))]
    public void Other_consultations_may_name_the_child_and_the_family(ConsultationKind kind)
    {
        var dossier = DossierBuilder.Open().WithCarer("Petra Jansen").Build();

        var consultation = dossier.RecordConsultation(
            Inputs.Consultation(kind) with { Question = "Daan en zijn moeder Petra Jansen: wat nu?" },
            People.Owner,
            Clock.Now);

        Assert.Equal(kind, consultation.Kind);
    }

    [Fact]
    public void A_colleague_can_be_asked_for_advice_inside_Meldcode()
    {
        var dossier = DossierBuilder.Open().Build();

        var request = dossier.RequestConsultation(People.Lead.UserId, People.Lead.Name, true, $"  {Question}  ", People.Owner, Clock.Now);

        Assert.Same(request, Assert.Single(dossier.ConsultationRequests));
        Assert.True(request.IsOpen);
        Assert.Equal(ConsultationRequestStatus.Open, request.Status);
        Assert.Equal(Question, request.Question);
        Assert.Equal(People.Owner.UserId, request.RequestedBy);
        Assert.Null(request.ClosedAt);
        Assert.True(dossier.HasOpenConsultationRequestFor(People.Lead.UserId));
        Assert.False(dossier.HasOpenConsultationRequestFor(People.Colleague.UserId));
        Assert.Equal($"Advies gevraagd aan Ingrid Bakker (aandachtsfunctionaris). Vraag: {Question}", dossier.Chronology[^1].Summary);
        var step = dossier.Steps(Clock.Today).Single(s => s.Step == MeldcodeStep.Consultation);
        Assert.Equal(StepState.InProgress, step.State);
        Assert.Equal("Adviesvraag staat open", step.Note);
    }

    [Theory]
    [InlineData(true, ConsultationKind.SafeguardingLead, "Ingrid Bakker")]
    [InlineData(false, ConsultationKind.Colleague, "Ingrid Bakker")]
    public void The_answer_of_the_consulted_colleague_becomes_a_consultation_and_closes_the_request(bool isLead, ConsultationKind kind, string withWhom)
    {
        var dossier = DossierBuilder.Open().WithSignal().Build();
        var request = dossier.RequestConsultation(People.Lead.UserId, People.Lead.Name, isLead, Question, People.Owner, Clock.Now);
        var at = Clock.DaysLater(2);

        var consultation = dossier.AnswerConsultationRequest(request.Id, "Leg ook vast wat Daan zelf zegt.", "Volgende week samen kijken.", People.Lead, at);

        Assert.Same(consultation, Assert.Single(dossier.Consultations));
        Assert.Equal(kind, consultation.Kind);
        Assert.Equal(withWhom, consultation.WithWhom);
        Assert.Equal(Question, consultation.Question);
        Assert.Equal("Leg ook vast wat Daan zelf zegt.", consultation.Advice);
        Assert.Equal("Volgende week samen kijken.", consultation.AgreedActions);
        Assert.Equal(ConsentToShare.NotAsked, consultation.Consent);
        Assert.Equal(Clock.Today.AddDays(2), consultation.HeldOn);
        Assert.Equal(People.Lead.UserId, consultation.RecordedBy);
        Assert.Equal(request.Id, consultation.RequestId);
        Assert.Equal(ConsultationRequestStatus.Answered, request.Status);
        Assert.Equal(at, request.ClosedAt);
        Assert.False(dossier.HasOpenConsultationRequestFor(People.Lead.UserId));
        Assert.DoesNotContain(WeighingBlocker.NoConsultation, dossier.WeighingBlockers);
        Assert.Equal(ChronologyEntryKind.ConsultationRequestAnswered, dossier.Chronology[^1].Kind);
        Assert.Equal(People.Lead.Name, dossier.Chronology[^1].ActorName);
    }

    [Fact]
    public void Only_the_consulted_colleague_can_answer()
    {
        var dossier = DossierBuilder.Open().Build();
        var request = dossier.RequestConsultation(People.Lead.UserId, People.Lead.Name, true, Question, People.Owner, Clock.Now);

        var error = Assert.Throws<DomainException>(() => dossier.AnswerConsultationRequest(request.Id, "Mijn advies.", null, People.Owner, Clock.Now));

        Assert.Equal("Alleen de collega aan wie het advies is gevraagd, kan het geven.", error.Message);
        Assert.True(request.IsOpen);
        Assert.Empty(dossier.Consultations);
    }

    [Fact]
    public void A_request_can_be_withdrawn_and_is_then_closed()
    {
        var dossier = DossierBuilder.Open().Build();
        var request = dossier.RequestConsultation(People.Lead.UserId, People.Lead.Name, true, Question, People.Owner, Clock.Now);

        dossier.WithdrawConsultationRequest(request.Id, People.Owner, Clock.DaysLater(1));

        Assert.Equal(ConsultationRequestStatus.Withdrawn, request.Status);
        Assert.Equal(Clock.DaysLater(1), request.ClosedAt);
        Assert.False(dossier.HasOpenConsultationRequestFor(People.Lead.UserId));
        Assert.Equal("Adviesvraag aan Ingrid Bakker ingetrokken.", dossier.Chronology[^1].Summary);
        Assert.Equal(StepState.NotStarted, dossier.StateOf(MeldcodeStep.Consultation, Clock.Today));
    }

    [Fact]
    public void A_withdrawn_request_can_no_longer_be_answered_or_withdrawn()
    {
        var dossier = DossierBuilder.Open().Build();
        var request = dossier.RequestConsultation(People.Lead.UserId, People.Lead.Name, true, Question, People.Owner, Clock.Now);
        dossier.WithdrawConsultationRequest(request.Id, People.Owner, Clock.Now);

        var answering = Assert.Throws<DomainException>(() => dossier.AnswerConsultationRequest(request.Id, "Toch nog advies.", null, People.Lead, Clock.Now));
        var withdrawing = Assert.Throws<DomainException>(() => dossier.WithdrawConsultationRequest(request.Id, People.Owner, Clock.Now));

        Assert.Equal("Deze adviesvraag is al beantwoord of ingetrokken.", answering.Message);
        Assert.Equal("Deze adviesvraag is al beantwoord of ingetrokken.", withdrawing.Message);
        Assert.Empty(dossier.Consultations);
    }

    [Fact]
    public void An_answered_request_cannot_be_answered_again()
    {
        var dossier = DossierBuilder.Open().Build();
        var request = dossier.RequestConsultation(People.Lead.UserId, People.Lead.Name, true, Question, People.Owner, Clock.Now);
        dossier.AnswerConsultationRequest(request.Id, "Mijn advies.", null, People.Lead, Clock.Now);

        Assert.Throws<DomainException>(() => dossier.AnswerConsultationRequest(request.Id, "Nog een advies.", null, People.Lead, Clock.Now));
        Assert.Single(dossier.Consultations);
    }

    [Fact]
    public void A_request_of_another_dossier_is_refused()
    {
        var dossier = DossierBuilder.Open().Build();

        var error = Assert.Throws<DomainException>(() => dossier.WithdrawConsultationRequest(Guid.NewGuid(), People.Owner, Clock.Now));

        Assert.Equal("Deze adviesvraag hoort niet bij dit dossier.", error.Message);
    }

    [Fact]
    public void The_owner_and_collaborators_cannot_be_asked_for_advice()
    {
        var dossier = DossierBuilder.Open().WithCollaborator(People.Colleague).Build();

        var owner = Assert.Throws<DomainException>(() => dossier.RequestConsultation(People.Owner.UserId, People.Owner.Name, false, Question, People.Colleague, Clock.Now));
        var collaborator = Assert.Throws<DomainException>(() => dossier.RequestConsultation(People.Colleague.UserId, People.Colleague.Name, false, Question, People.Owner, Clock.Now));

        Assert.Equal("Vraag advies aan iemand die niet zelf aan dit dossier werkt.", owner.Message);
        Assert.Equal(owner.Message, collaborator.Message);
        Assert.Empty(dossier.ConsultationRequests);
    }

    [Fact]
    public void A_second_open_request_to_the_same_colleague_is_refused()
    {
        var dossier = DossierBuilder.Open().Build();
        dossier.RequestConsultation(People.Lead.UserId, People.Lead.Name, true, Question, People.Owner, Clock.Now);

        var error = Assert.Throws<DomainException>(() => dossier.RequestConsultation(People.Lead.UserId, People.Lead.Name, true, "Nog een vraag.", People.Owner, Clock.Now));

        Assert.Equal("Je hebt deze collega al om advies gevraagd; die vraag staat nog open.", error.Message);
        Assert.Single(dossier.ConsultationRequests);
    }

    [Fact]
    public void After_an_answer_the_same_colleague_may_be_asked_again_and_others_any_time()
    {
        var dossier = DossierBuilder.Open().Build();
        var first = dossier.RequestConsultation(People.Lead.UserId, People.Lead.Name, true, Question, People.Owner, Clock.Now);
        dossier.RequestConsultation(People.Colleague.UserId, People.Colleague.Name, false, Question, People.Owner, Clock.Now);
        dossier.AnswerConsultationRequest(first.Id, "Mijn advies.", null, People.Lead, Clock.Now);

        dossier.RequestConsultation(People.Lead.UserId, People.Lead.Name, true, "Een vervolgvraag.", People.Owner, Clock.Now);

        Assert.Equal(3, dossier.ConsultationRequests.Count);
        Assert.Equal(2, dossier.ConsultationRequests.Count(r => r.IsOpen));
    }

    [Fact]
    public void Closing_is_refused_while_a_request_is_open_and_allowed_after_withdrawing_it()
    {
        var dossier = DossierBuilder.Open().Build();
        var request = dossier.RequestConsultation(People.Lead.UserId, People.Lead.Name, true, Question, People.Owner, Clock.Now);

        var error = Assert.Throws<DomainException>(() => dossier.Close("Geen zorgen meer.", People.Owner, Clock.Now));

        Assert.Equal("Er staat nog een adviesvraag open. Trek die in of wacht op het antwoord.", error.Message);
        Assert.False(dossier.IsClosed);

        dossier.WithdrawConsultationRequest(request.Id, People.Owner, Clock.Now);
        dossier.Close("Geen zorgen meer.", People.Owner, Clock.Now);
        Assert.True(dossier.IsClosed);
    }

    [Fact]
    public void Deciding_to_close_is_refused_while_a_request_is_open()
    {
        var dossier = DossierBuilder.WeighedTo(Outcome.Close).Build();
        var request = dossier.RequestConsultation(People.Lead.UserId, People.Lead.Name, true, Question, People.Owner, Clock.Now);
        var entries = dossier.Chronology.Count;

        var error = Assert.Throws<DomainException>(() => dossier.Decide(Outcome.Close, "Geen vermoeden.", null, People.Owner, Clock.Now));

        Assert.Equal("Er staat nog een adviesvraag open. Trek die in of wacht op het antwoord.", error.Message);
        Assert.Null(dossier.Decision);
        Assert.False(dossier.IsClosed);
        Assert.True(request.IsOpen);
        Assert.Equal(entries, dossier.Chronology.Count);
    }

    [Fact]
    public void Help_that_works_cannot_close_the_dossier_while_a_request_is_open()
    {
        var dossier = DossierBuilder.DecidedTo(Outcome.HelpAndMonitor).WithHelp().Build();
        dossier.RequestConsultation(People.Lead.UserId, People.Lead.Name, true, Question, People.Owner, Clock.Now);
        var entries = dossier.Chronology.Count;

        var error = Assert.Throws<DomainException>(() => dossier.Evaluate(true, "Het is veilig.", "Maandelijks navragen.", People.Owner, Clock.DaysLater(42)));

        Assert.Equal("Er staat nog een adviesvraag open. Trek die in of wacht op het antwoord.", error.Message);
        Assert.Empty(dossier.Evaluations);
        Assert.NotNull(dossier.ActiveHelpPlan);
        Assert.False(dossier.IsClosed);
        Assert.Equal(entries, dossier.Chronology.Count);
    }
}
