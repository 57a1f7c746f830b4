using Meldcode.Application.Dossiers.AnswerConsultationRequest;

namespace Meldcode.Application.Tests.Dossiers.AnswerConsultationRequest;

/// <summary>The colleague asked for advice answers inside Meldcode: the advice becomes a consultation of the dossier.</summary>
public sealed class AnswerConsultationRequestTests : SchoolTest
{
    private const string AnswerableOnce = "Deze adviesvraag is al beantwoord of ingetrokken.";

    [Theory]
    [InlineData(Who.ConsultedColleague, ConsultationKind.Colleague, "Joost Meijer")]
    [InlineData(Who.LeadOfTheTeam, ConsultationKind.SafeguardingLead, "Carla Visser")]
    public async Task The_answer_becomes_a_consultation_with_the_colleague_and_closes_the_request(Who who, ConsultationKind kind, string name)
    {
        var consultant = School[who];
        var id = await Dossiers.OpenAsync();
        await Dossiers.ChangeAsync(School.Owner, id, s => ValidCommands.RequestConsultation(s, consultant));

        await Dossiers.ChangeAsync(consultant, id, s => ValidCommands.AnswerConsultation(s, consultant));

        var state = await Dossiers.StateAsync(id);
        var request = Assert.Single(state.Dossier.ConsultationRequests);
        Assert.Equal(ConsultationRequestStatus.Answered, request.Status);
        Assert.NotNull(request.ClosedAt);
        var consultation = Assert.Single(state.Dossier.Consultations);
        Assert.Equal((kind, name, state.Today, request.Id, consultant.Id), (consultation.Kind, consultation.WithWhom, consultation.HeldOn, consultation.RequestId, consultation.RecordedBy));
        Assert.Equal("Wat vind jij van deze signalen?", consultation.Question);
        Assert.Equal(("Bespreek het met de ouders en leg hun reactie vast.", "Ik kijk mee bij het gesprek.", ConsentToShare.NotAsked), (consultation.Advice, consultation.AgreedActions, consultation.Consent));
        var entry = state.Dossier.Chronology[^1];
        Assert.Equal((ChronologyEntryKind.ConsultationRequestAnswered, name), (entry.Kind, entry.ActorName));
        Assert.Equal(
            string.Join(Environment.NewLine, $"Advies gegeven door {name}.", "Advies: Bespreek het met de ouders en leg hun reactie vast.", "Afspraken: Ik kijk mee bij het gesprek."),
            entry.Summary);
    }

    [Fact]
    public async Task A_colleague_cannot_answer_a_request_made_to_someone_else()
    {
        var id = await Dossiers.OpenWithEveryoneAsync();
        await Dossiers.ChangeAsync(School.Owner, id, s => ValidCommands.RequestConsultation(s, School.LeadB));

        var rule = await Dossiers.BrokenRuleAsync(School.LeadB, id, s => ValidCommands.AnswerConsultation(s, School.Consultant));

        Assert.Equal("Alleen de collega aan wie het advies is gevraagd, kan het geven.", rule);
    }

    [Fact]
    public async Task An_answered_request_is_not_answered_again()
    {
        var id = await Dossiers.OpenWithEveryoneAsync();
        var answered = (await Dossiers.StateAsync(id)).Dossier.ConsultationRequests.Single().Id;
        await Dossiers.ChangeAsync(School.Consultant, id, s => ValidCommands.AnswerConsultation(s, School.Consultant));
        await Dossiers.ChangeAsync(School.Owner, id, s => ValidCommands.RequestConsultation(s, School.Consultant));

        var rule = await Dossiers.BrokenRuleAsync(School.Consultant, id, s => ValidCommands.AnswerConsultation(s, School.Consultant) with { RequestId = answered });

        Assert.Equal(AnswerableOnce, rule);
    }

    [Fact]
    public async Task A_request_of_another_dossier_is_not_answered_here()
    {
        var id = await Dossiers.OpenWithEveryoneAsync();
        var other = await Dossiers.OpenWithEveryoneAsync();
        var elsewhere = (await Dossiers.StateAsync(other)).Dossier.ConsultationRequests.Single().Id;

        var rule = await Dossiers.BrokenRuleAsync(School.Consultant, id, s => ValidCommands.AnswerConsultation(s, School.Consultant) with { RequestId = elsewhere });

        Assert.Equal("Deze adviesvraag hoort niet bij dit dossier.", rule);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(" ")]
    public async Task An_answer_without_advice_is_refused_in_Dutch(string? advice)
    {
        var id = await Dossiers.OpenWithEveryoneAsync();

        Assert.Equal(
            ["Vul je advies in."],
            await Dossiers.ValidationMessagesAsync(School.Consultant, id, s => ValidCommands.AnswerConsultation(s, School.Consultant) with { Advice = advice }));
    }

    [Theory]
    [InlineData(nameof(AnswerConsultationRequestCommand.Advice), "Je advies mag hoogstens 10.000 tekens lang zijn. Nu zijn het er 10.001.")]
    [InlineData(nameof(AnswerConsultationRequestCommand.AgreedActions), "De afspraken mogen hoogstens 10.000 tekens lang zijn. Nu zijn het er 10.001.")]
    public async Task A_text_over_ten_thousand_characters_is_refused_in_Dutch(string field, string message)
    {
        var id = await Dossiers.OpenWithEveryoneAsync();

        Assert.Equal(
            [message],
            await Dossiers.ValidationMessagesAsync(School.Consultant, id, s => ValidCommands.AnswerConsultation(s, School.Consultant).With(field, new string('a', 10_001))));
    }
}
