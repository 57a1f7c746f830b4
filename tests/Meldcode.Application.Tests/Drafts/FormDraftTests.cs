using FluentValidation;
using Meldcode.Application.Common.Exceptions;
using Meldcode.Application.Dossiers.Access;
using Meldcode.Application.Dossiers.AddCollaborator;
using Meldcode.Application.Dossiers.RequestConsultation;
using Meldcode.Application.Drafts;
using Meldcode.Application.Drafts.DiscardDraft;
using Meldcode.Application.Drafts.GetDraft;
using Meldcode.Application.Drafts.SaveDraft;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Meldcode.Application.Tests.Drafts;

/// <summary>
/// Drafts (concepten) through the pipeline: one per user per form, replaced when saved again, the user's alone,
/// limited in size, kept for a form about a dossier only for someone who may add to that dossier, and gone after a day.
/// </summary>
public sealed class FormDraftTests : SchoolTest
{
    private const string NewDossierForm = "/dossiers/nieuw";

    private static readonly DraftField[] Typed = [new("Facts", "Blauwe plek op de linker bovenarm."), new("Source", "SeenOrHeard")];

    [Fact]
    public async Task A_saved_draft_is_given_back_to_its_user_with_when_it_was_saved()
    {
        var savedAt = await Dossiers.SendAsync(School.Owner, new SaveDraftCommand(NewDossierForm, null, Typed));

        var draft = await Dossiers.SendAsync(School.Owner, new GetDraftQuery(NewDossierForm));

        Assert.NotNull(draft);
        Assert.Equal(savedAt, draft.SavedAt);
        Assert.Equal(Typed, draft.Fields);
    }

    [Fact]
    public async Task Saving_again_replaces_the_draft_instead_of_adding_one()
    {
        await Dossiers.SendAsync(School.Owner, new SaveDraftCommand(NewDossierForm, null, Typed));
        Clock.Advance(TimeSpan.FromMinutes(2));
        var later = await Dossiers.SendAsync(School.Owner, new SaveDraftCommand(NewDossierForm, null, [new("Facts", "Langere tekst.")]));

        var draft = await Dossiers.SendAsync(School.Owner, new GetDraftQuery(NewDossierForm));

        Assert.Equal(later, draft!.SavedAt);
        Assert.Equal([new DraftField("Facts", "Langere tekst.")], draft.Fields);
        Assert.Equal(1, await Host.WithContextAsync(c => c.FormDrafts.CountAsync()));
    }

    [Fact]
    public async Task A_draft_is_its_users_alone_and_each_form_has_its_own()
    {
        await Dossiers.SendAsync(School.Owner, new SaveDraftCommand(NewDossierForm, null, Typed));

        Assert.Null(await Dossiers.SendAsync(School.Collaborator, new GetDraftQuery(NewDossierForm)));
        Assert.Null(await Dossiers.SendAsync(School.Owner, new GetDraftQuery("/zorgen-over-medewerkers/nieuw")));
        Assert.False(await Dossiers.SendAsync(School.Collaborator, new DiscardDraftCommand(NewDossierForm)));
        Assert.NotNull(await Dossiers.SendAsync(School.Owner, new GetDraftQuery(NewDossierForm)));
    }

    [Fact]
    public async Task A_discarded_draft_is_gone()
    {
        await Dossiers.SendAsync(School.Owner, new SaveDraftCommand(NewDossierForm, null, Typed));

        Assert.True(await Dossiers.SendAsync(School.Owner, new DiscardDraftCommand(NewDossierForm)));

        Assert.Null(await Dossiers.SendAsync(School.Owner, new GetDraftQuery(NewDossierForm)));
        Assert.Equal(0, await Host.WithContextAsync(c => c.FormDrafts.CountAsync()));
    }

    [Fact]
    public async Task A_draft_longer_than_the_limit_is_refused_in_Dutch_and_nothing_is_stored()
    {
        var tooLong = new DraftField("Facts", new string('a', SaveDraftCommandValidator.MaxCharacters + 1));

        var refused = await Assert.ThrowsAsync<ValidationException>(() => Dossiers.SendAsync(School.Owner, new SaveDraftCommand(NewDossierForm, null, [tooLong])));

        Assert.Equal("Dit concept is te lang om te bewaren (meer dan 100.000 tekens). Maak de tekst korter of sla het formulier op.", Assert.Single(refused.Errors).ErrorMessage);
        Assert.Equal(0, await Host.WithContextAsync(c => c.FormDrafts.CountAsync()));
    }

    [Fact]
    public async Task A_draft_of_exactly_the_limit_is_kept()
    {
        var longest = new DraftField("Facts", new string('a', SaveDraftCommandValidator.MaxCharacters));

        await Dossiers.SendAsync(School.Owner, new SaveDraftCommand(NewDossierForm, null, [longest]));

        Assert.Equal(longest, Assert.Single((await Dossiers.SendAsync(School.Owner, new GetDraftQuery(NewDossierForm)))!.Fields));
    }

    [Fact]
    public async Task A_draft_with_too_many_fields_is_refused()
    {
        var fields = Enumerable.Range(0, SaveDraftCommandValidator.MaxFields + 1).Select(i => new DraftField($"Field{i}", "x")).ToArray();

        await Assert.ThrowsAsync<ValidationException>(() => Dossiers.SendAsync(School.Owner, new SaveDraftCommand(NewDossierForm, null, fields)));

        Assert.Equal(0, await Host.WithContextAsync(c => c.FormDrafts.CountAsync()));
    }

    [Theory]
    [InlineData(Who.Owner)]
    [InlineData(Who.Collaborator)]
    [InlineData(Who.LeadOfTheTeam)]
    [InlineData(Who.ConsultedColleague)]
    public async Task Whoever_may_add_to_a_dossier_may_keep_a_draft_of_its_forms(Who who)
    {
        var (dossierId, form) = await DossierWithConsultationAsync();

        await Dossiers.SendAsync(School[who], new SaveDraftCommand(form, dossierId, Typed));

        Assert.NotNull(await Dossiers.SendAsync(School[who], new GetDraftQuery(form)));
    }

    [Theory]
    [InlineData(Who.LeadOfAnotherTeam)]
    [InlineData(Who.ColleagueNotOnTheDossier)]
    [InlineData(Who.Administrator)]
    [InlineData(Who.Board)]
    [InlineData(Who.UserOfAnotherOrganisation)]
    public async Task Someone_who_may_not_read_a_dossier_keeps_no_draft_of_its_forms_and_learns_nothing_of_it(Who who)
    {
        var (dossierId, form) = await DossierWithConsultationAsync();

        await Assert.ThrowsAsync<NotFoundException>(() => Dossiers.SendAsync(School[who], new SaveDraftCommand(form, dossierId, Typed)));

        Assert.Equal(0, await Host.WithContextAsync(c => c.FormDrafts.CountAsync()));
    }

    [Fact]
    public async Task A_reader_who_may_not_use_the_form_keeps_no_draft_of_it()
    {
        var (dossierId, form) = await DossierWithConsultationAsync();

        await Assert.ThrowsAsync<ForbiddenAccessException>(() => Dossiers.SendAsync(School.LeadA, new SaveDraftCommand(form, dossierId, Typed, DossierPermission.Work)));
        await Assert.ThrowsAsync<ForbiddenAccessException>(() => Dossiers.SendAsync(School.Consultant, new SaveDraftCommand(form, dossierId, Typed, DossierPermission.Work)));

        Assert.Equal(0, await Host.WithContextAsync(c => c.FormDrafts.CountAsync()));
        await Dossiers.SendAsync(School.Collaborator, new SaveDraftCommand(form, dossierId, Typed, DossierPermission.Work));
        Assert.Equal(1, await Host.WithContextAsync(c => c.FormDrafts.CountAsync()));
    }

    [Fact]
    public async Task A_draft_for_a_dossier_that_does_not_exist_is_refused()
    {
        await Assert.ThrowsAsync<NotFoundException>(() => Dossiers.SendAsync(School.Owner, new SaveDraftCommand("/dossiers/x/signaal", Guid.NewGuid(), Typed)));

        Assert.Equal(0, await Host.WithContextAsync(c => c.FormDrafts.CountAsync()));
    }

    [Fact]
    public async Task A_draft_is_no_longer_offered_a_day_after_it_was_saved()
    {
        await Dossiers.SendAsync(School.Owner, new SaveDraftCommand(NewDossierForm, null, Typed));

        Clock.Advance(TimeSpan.FromDays(1) - TimeSpan.FromMinutes(1));
        Assert.NotNull(await Dossiers.SendAsync(School.Owner, new GetDraftQuery(NewDossierForm)));
        Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Null(await Dossiers.SendAsync(School.Owner, new GetDraftQuery(NewDossierForm)));
    }

    [Fact]
    public async Task Housekeeping_deletes_drafts_a_day_after_they_were_last_saved_and_keeps_younger_ones()
    {
        await Dossiers.SendAsync(School.Owner, new SaveDraftCommand(NewDossierForm, null, Typed));
        Clock.Advance(TimeSpan.FromHours(12));
        await Dossiers.SendAsync(School.Collaborator, new SaveDraftCommand(NewDossierForm, null, Typed));

        Clock.Advance(TimeSpan.FromHours(12) - TimeSpan.FromSeconds(1));
        Assert.Equal(0, await HousekeepingAsync());
        Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, await HousekeepingAsync());

        Assert.Null(await Dossiers.SendAsync(School.Owner, new GetDraftQuery(NewDossierForm)));
        Assert.NotNull(await Dossiers.SendAsync(School.Collaborator, new GetDraftQuery(NewDossierForm)));
    }

    [Fact]
    public async Task Saving_a_draft_again_starts_its_day_again()
    {
        await Dossiers.SendAsync(School.Owner, new SaveDraftCommand(NewDossierForm, null, Typed));
        Clock.Advance(TimeSpan.FromHours(20));
        await Dossiers.SendAsync(School.Owner, new SaveDraftCommand(NewDossierForm, null, Typed));

        Clock.Advance(TimeSpan.FromHours(20));

        Assert.Equal(0, await HousekeepingAsync());
        Assert.NotNull(await Dossiers.SendAsync(School.Owner, new GetDraftQuery(NewDossierForm)));
    }

    private async Task<int> HousekeepingAsync()
    {
        using var scope = Host.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<DraftHousekeeping>().RunAsync(CancellationToken.None);
    }

    /// <summary>A dossier of team A, owned by the owner, with the collaborator on it and an open request to the consulted colleague.</summary>
    private async Task<(Guid DossierId, string Form)> DossierWithConsultationAsync()
    {
        var dossierId = await Dossiers.OpenAsync();
        await Dossiers.ChangeAsync(School.Owner, dossierId, s => new AddCollaboratorCommand(dossierId, s.Version, School.Collaborator.Id));
        await Dossiers.ChangeAsync(School.Owner, dossierId, s => new RequestConsultationCommand(dossierId, s.Version, School.Consultant.Id, "Wat denk jij?"));
        return (dossierId, $"/dossiers/{dossierId}/signaal");
    }
}
