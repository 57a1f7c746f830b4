using Meldcode.Application.Common.Exceptions;
using Meldcode.Application.Dossiers.GetConsultationInbox;

namespace Meldcode.Application.Tests.Dossiers.GetConsultationInbox;

public sealed class GetConsultationInboxTests : SchoolTest
{
    [Fact]
    public async Task The_consultation_inbox_shows_an_open_request_to_the_consultant_until_they_answer()
    {
        var id = await Dossiers.OpenWithEveryoneAsync();

        var inbox = await Dossiers.SendAsync(School.Consultant, new GetConsultationInboxQuery());
        var ownerInbox = await Dossiers.SendAsync(School.Owner, new GetConsultationInboxQuery());
        var item = Assert.Single(inbox);
        Assert.Equal(id, item.DossierId);
        Assert.Equal("2026-0001", item.DossierNumber);
        Assert.Equal("Anouk Jansen", item.RequestedByName);
        Assert.Equal("Wat vind jij van deze signalen?", item.Question);
        Assert.Empty(ownerInbox);

        await Dossiers.ChangeAsync(School.Consultant, id, s => ValidCommands.AnswerConsultation(s, School.Consultant));

        Assert.Empty(await Dossiers.SendAsync(School.Consultant, new GetConsultationInboxQuery()));
        var consultation = Assert.Single((await Dossiers.StateAsync(id)).Dossier.Consultations);
        Assert.Equal(ConsultationKind.Colleague, consultation.Kind);
        Assert.Equal("Joost Meijer", consultation.WithWhom);
        Assert.Equal(item.RequestId, consultation.RequestId);
        await Assert.ThrowsAsync<NotFoundException>(() => Dossiers.ViewAsync(School.Consultant, id));
    }
}
