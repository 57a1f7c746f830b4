namespace Meldcode.Application.Tests.Dossiers.RequestConsultation;

/// <summary>Step 2 inside Meldcode: asking a colleague of the organisation for advice, who may read the dossier while the request is open.</summary>
public sealed class RequestConsultationTests : SchoolTest
{
    private const string NotAColleague = "Kies een collega van je organisatie (een professional of aandachtsfunctionaris).";

    [Fact]
    public async Task A_request_is_saved_as_open_written_to_the_chronology_and_lets_the_colleague_read_the_dossier()
    {
        var id = await Dossiers.OpenAsync();
        var requestedAt = Clock.Now;

        await Dossiers.ChangeAsync(School.Owner, id, s => ValidCommands.RequestConsultation(s, School.Consultant));

        var state = await Dossiers.StateAsync(id);
        var request = Assert.Single(state.Dossier.ConsultationRequests);
        Assert.Equal((School.Consultant.Id, "Joost Meijer", "Wat vind jij van deze signalen?"), (request.ConsultantId, request.ConsultantName, request.Question));
        Assert.Equal((ConsultationRequestStatus.Open, School.Owner.Id), (request.Status, request.RequestedBy));
        Assert.True(request.RequestedAt > requestedAt);
        Assert.Empty(state.Dossier.Consultations);
        var entry = state.Dossier.Chronology[^1];
        Assert.Equal(ChronologyEntryKind.ConsultationRequested, entry.Kind);
        Assert.Equal("Anouk Jansen", entry.ActorName);
        Assert.Equal("Advies gevraagd aan Joost Meijer. Vraag: Wat vind jij van deze signalen?", entry.Summary);
        var seenByTheColleague = await Dossiers.ViewAsync(School.Consultant, id);
        Assert.Equal(request.Id, seenByTheColleague.OpenRequestForViewer?.Id);
        Assert.Equal("Adviesvraag staat open", seenByTheColleague.Steps[1].Note);
    }

    [Theory]
    [InlineData(Who.LeadOfTheTeam, true, "Advies gevraagd aan Carla Visser (aandachtsfunctionaris). Vraag: Wat vind jij van deze signalen?")]
    [InlineData(Who.LeadOfAnotherTeam, false, "Advies gevraagd aan Daan Smit. Vraag: Wat vind jij van deze signalen?")]
    [InlineData(Who.ConsultedColleague, false, "Advies gevraagd aan Joost Meijer. Vraag: Wat vind jij van deze signalen?")]
    public async Task Only_the_aandachtsfunctionaris_of_the_dossiers_own_team_is_asked_as_aandachtsfunctionaris(Who who, bool asLead, string summary)
    {
        var id = await Dossiers.OpenAsync();

        await Dossiers.ChangeAsync(School.Owner, id, s => ValidCommands.RequestConsultation(s, School[who]));

        var state = await Dossiers.StateAsync(id);
        Assert.Equal(asLead, Assert.Single(state.Dossier.ConsultationRequests).ConsultantIsLead);
        Assert.Equal(summary, state.Dossier.Chronology[^1].Summary);
    }

    [Theory]
    [MemberData(nameof(School.WithoutATeamRole), MemberType = typeof(School))]
    [InlineData(Who.UserOfAnotherOrganisation)]
    public async Task Only_a_professional_or_aandachtsfunctionaris_of_the_organisation_can_be_asked(Who who)
    {
        var id = await Dossiers.OpenAsync();

        var rule = await Dossiers.BrokenRuleAsync(School.Owner, id, s => ValidCommands.RequestConsultation(s, School[who]));

        Assert.Equal(NotAColleague, rule);
        Assert.Empty((await Dossiers.StateAsync(id)).Dossier.ConsultationRequests);
    }

    [Fact]
    public async Task A_deactivated_colleague_or_an_unknown_one_cannot_be_asked()
    {
        var id = await Dossiers.OpenAsync();
        await DeactivateAsync(School.ColleagueA.Id);

        var deactivated = await Dossiers.BrokenRuleAsync(School.Owner, id, s => ValidCommands.RequestConsultation(s, School.ColleagueA));
        var unknown = await Dossiers.BrokenRuleAsync(School.Owner, id, s => ValidCommands.RequestConsultation(s, School.ColleagueA) with { ConsultantId = Guid.NewGuid() });

        Assert.Equal(NotAColleague, deactivated);
        Assert.Equal(NotAColleague, unknown);
    }

    [Theory]
    [InlineData(Who.Owner)]
    [InlineData(Who.Collaborator)]
    public async Task Someone_who_works_on_the_dossier_cannot_be_asked(Who who)
    {
        var id = await Dossiers.OpenWithEveryoneAsync();

        var rule = await Dossiers.BrokenRuleAsync(School.Owner, id, s => ValidCommands.RequestConsultation(s, School[who]));

        Assert.Equal("Vraag advies aan iemand die niet zelf aan dit dossier werkt.", rule);
    }

    [Fact]
    public async Task A_colleague_is_asked_once_at_a_time_and_can_be_asked_again_after_answering()
    {
        var id = await Dossiers.OpenWithEveryoneAsync();

        var rule = await Dossiers.BrokenRuleAsync(School.Owner, id, s => ValidCommands.RequestConsultation(s, School.Consultant) with { Question = "Nog een vraag." });
        await Dossiers.ChangeAsync(School.Consultant, id, s => ValidCommands.AnswerConsultation(s, School.Consultant));
        await Dossiers.ChangeAsync(School.Owner, id, s => ValidCommands.RequestConsultation(s, School.Consultant) with { Question = "Nog een vraag." });

        Assert.Equal("Je hebt deze collega al om advies gevraagd; die vraag staat nog open.", rule);
        Assert.Equal(
            [(ConsultationRequestStatus.Answered, "Wat vind jij van deze signalen?"), (ConsultationRequestStatus.Open, "Nog een vraag.")],
            (await Dossiers.StateAsync(id)).Dossier.ConsultationRequests.Select(r => (r.Status, r.Question)));
    }

    [Fact]
    public async Task A_request_without_a_colleague_or_a_question_is_refused_in_Dutch()
    {
        Assert.Equal(
            ["Kies een collega.", "Vul je vraag in."],
            await Dossiers.ValidationMessagesAsync(s => ValidCommands.RequestConsultation(s, School.Consultant) with { ConsultantId = null, Question = " " }));
    }

    [Fact]
    public async Task The_empty_id_a_tampered_form_could_send_is_not_a_colleague() =>
        Assert.Equal(["Kies een collega."], await Dossiers.ValidationMessagesAsync(s => ValidCommands.RequestConsultation(s, School.Consultant) with { ConsultantId = Guid.Empty }));

    [Fact]
    public async Task A_question_longer_than_ten_thousand_characters_is_refused()
    {
        Assert.Equal(
            ["Je vraag mag hoogstens 10.000 tekens lang zijn. Nu zijn het er 10.001."],
            await Dossiers.ValidationMessagesAsync(s => ValidCommands.RequestConsultation(s, School.Consultant) with { Question = new string('a', 10_001) }));
    }
}
