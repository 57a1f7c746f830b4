using Meldcode.Application.Dossiers.WithdrawConsultationRequest;

namespace Meldcode.Application.Tests.Dossiers.WithdrawConsultationRequest;

public sealed class WithdrawConsultationRequestTests : SchoolTest
{
    [Fact]
    public async Task A_withdrawn_request_is_closed_without_advice_and_written_to_the_chronology()
    {
        var id = await Dossiers.OpenWithEveryoneAsync();

        await Dossiers.ChangeAsync(School.Collaborator, id, s => ValidCommands.WithdrawConsultation(s, School.Consultant));

        var state = await Dossiers.StateAsync(id);
        var request = Assert.Single(state.Dossier.ConsultationRequests);
        Assert.Equal(ConsultationRequestStatus.Withdrawn, request.Status);
        Assert.NotNull(request.ClosedAt);
        Assert.Empty(state.Dossier.Consultations);
        var entry = state.Dossier.Chronology[^1];
        Assert.Equal((ChronologyEntryKind.ConsultationRequestWithdrawn, "Bram de Boer", "Adviesvraag aan Joost Meijer ingetrokken."), (entry.Kind, entry.ActorName, entry.Summary));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_request_that_was_answered_or_withdrawn_is_not_withdrawn_again(bool answered)
    {
        var id = await Dossiers.OpenWithEveryoneAsync();
        var requestId = (await Dossiers.StateAsync(id)).Dossier.ConsultationRequests.Single().Id;
        await (answered
            ? Dossiers.ChangeAsync(School.Consultant, id, s => ValidCommands.AnswerConsultation(s, School.Consultant))
            : Dossiers.ChangeAsync(School.Owner, id, s => ValidCommands.WithdrawConsultation(s, School.Consultant)));

        var rule = await Dossiers.BrokenRuleAsync(School.Owner, id, s => new WithdrawConsultationRequestCommand(s.Id, s.Version, requestId));

        Assert.Equal("Deze adviesvraag is al beantwoord of ingetrokken.", rule);
    }

    [Fact]
    public async Task A_request_that_is_not_of_this_dossier_is_refused()
    {
        var id = await Dossiers.OpenWithEveryoneAsync();

        var rule = await Dossiers.BrokenRuleAsync(School.Owner, id, s => new WithdrawConsultationRequestCommand(s.Id, s.Version, Guid.NewGuid()));

        Assert.Equal("Deze adviesvraag hoort niet bij dit dossier.", rule);
    }
}
