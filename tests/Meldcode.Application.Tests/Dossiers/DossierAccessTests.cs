using Meldcode.Application.Common.Exceptions;
using Meldcode.Application.Dossiers.Access;
using Meldcode.Application.Dossiers.AddComment;
using Meldcode.Application.Dossiers.GetColleagues;

namespace Meldcode.Application.Tests.Dossiers;

/// <summary>How access to a dossier begins and ends (the matrix checks it at one moment; these follow it over time).</summary>
public sealed class DossierAccessTests : SchoolTest
{
    [Fact]
    public async Task An_unknown_dossier_is_not_found_for_a_professional_whether_reading_or_changing()
    {
        var unknown = Guid.NewGuid();

        await Assert.ThrowsAsync<NotFoundException>(() => Dossiers.ViewAsync(School.Owner, unknown));
        await Assert.ThrowsAsync<NotFoundException>(() => Dossiers.SendAsync(School.Owner, new GetColleaguesQuery(unknown)));
        await Assert.ThrowsAsync<NotFoundException>(() => Dossiers.SendAsync(School.Owner, new AddCommentCommand(unknown, 0, "Opmerking")));
    }

    [Fact]
    public async Task Someone_who_may_not_read_the_dossier_learns_nothing_from_validation_either()
    {
        var id = await Dossiers.OpenAsync();

        await Assert.ThrowsAsync<NotFoundException>(() => Dossiers.SendAsync(School.ColleagueA, new AddCommentCommand(id, 0, Text: null)));
        await Assert.ThrowsAsync<NotFoundException>(() => Dossiers.SendAsync(School.Outsider, new AddCommentCommand(id, 0, Text: null)));
    }

    [Fact]
    public async Task A_deactivated_owner_can_no_longer_use_their_dossier()
    {
        var id = await Dossiers.OpenAsync();
        await DeactivateAsync(School.Owner.Id);

        await Assert.ThrowsAsync<ForbiddenAccessException>(() => Dossiers.ViewAsync(School.Owner, id));
        await Assert.ThrowsAsync<ForbiddenAccessException>(() => Dossiers.ChangeAsync(School.Owner, id, ValidCommands.Comment));
    }

    [Fact]
    public async Task Each_reader_sees_what_they_may_do_with_the_dossier()
    {
        var id = await Dossiers.OpenWithEveryoneAsync();

        var owner = await Dossiers.ViewAsync(School.Owner, id);
        var collaborator = await Dossiers.ViewAsync(School.Collaborator, id);
        var lead = await Dossiers.ViewAsync(School.LeadA, id);
        var consultant = await Dossiers.ViewAsync(School.Consultant, id);

        Assert.Equal(DossierPermission.Read | DossierPermission.Work, owner.Permissions);
        Assert.True(owner.CanWork);
        Assert.Null(owner.OpenRequestForViewer);
        Assert.Equal(DossierPermission.Read | DossierPermission.Work, collaborator.Permissions);
        Assert.Equal(DossierPermission.Read | DossierPermission.Advise | DossierPermission.Review | DossierPermission.HandOver | DossierPermission.AnswerInspection | DossierPermission.Retain, lead.Permissions);
        Assert.False(lead.CanWork);
        Assert.True(lead.CanRetain);
        Assert.False(owner.CanRetain);
        Assert.True(lead.CanAdvise);
        Assert.False(lead.CanCorrect);
        Assert.Equal(DossierPermission.Read | DossierPermission.AnswerConsultation, consultant.Permissions);
        Assert.False(consultant.CanWork);
        Assert.False(consultant.CanAdvise);
        Assert.Equal("Wat vind jij van deze signalen?", consultant.OpenRequestForViewer?.Question);
    }

    [Fact]
    public async Task A_consulted_colleague_loses_access_once_they_have_answered()
    {
        var id = await Dossiers.OpenWithEveryoneAsync();

        await Dossiers.ChangeAsync(School.Consultant, id, s => ValidCommands.AnswerConsultation(s, School.Consultant));

        await Assert.ThrowsAsync<NotFoundException>(() => Dossiers.ViewAsync(School.Consultant, id));
        await Assert.ThrowsAsync<NotFoundException>(() => Dossiers.ChangeAsync(School.Consultant, id, ValidCommands.Comment));
    }

    [Fact]
    public async Task Withdrawing_the_request_ends_the_consulted_colleagues_access()
    {
        var id = await Dossiers.OpenWithEveryoneAsync();
        await Dossiers.ViewAsync(School.Consultant, id);

        await Dossiers.ChangeAsync(School.Owner, id, s => ValidCommands.WithdrawConsultation(s, School.Consultant));

        await Assert.ThrowsAsync<NotFoundException>(() => Dossiers.ViewAsync(School.Consultant, id));
    }

    [Fact]
    public async Task A_removed_collaborator_loses_access_and_one_added_later_gains_it()
    {
        var id = await Dossiers.OpenWithEveryoneAsync();
        await Assert.ThrowsAsync<NotFoundException>(() => Dossiers.ViewAsync(School.ColleagueA, id));

        await Dossiers.ChangeAsync(School.Owner, id, s => ValidCommands.RemoveCollaborator(s, School.Collaborator));
        await Dossiers.ChangeAsync(School.Owner, id, s => ValidCommands.Collaborator(s, School.ColleagueA));

        await Assert.ThrowsAsync<NotFoundException>(() => Dossiers.ViewAsync(School.Collaborator, id));
        var view = await Dossiers.ViewAsync(School.ColleagueA, id);
        Assert.True(view.CanWork);
        Assert.Equal(["Eva Mulder"], view.Dossier.Collaborators.Select(c => c.Name));
    }
}
