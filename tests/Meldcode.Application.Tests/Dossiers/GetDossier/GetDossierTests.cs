namespace Meldcode.Application.Tests.Dossiers.GetDossier;

/// <summary>Reading a dossier: always the current version, whole, and never a copy someone could change.</summary>
public sealed class GetDossierTests : SchoolTest
{
    [Fact]
    public async Task A_dossier_read_after_a_change_shows_the_change_and_the_new_version()
    {
        var id = await Dossiers.OpenWithEveryoneAsync();
        var before = await Dossiers.ViewAsync(School.Owner, id);

        await Dossiers.ChangeAsync(School.Owner, id, ValidCommands.Signal);
        var after = await Dossiers.ViewAsync(School.Owner, id);

        Assert.Empty(before.Dossier.Signals);
        Assert.Single(after.Dossier.Signals);
        Assert.Equal(before.Version + 1, after.Version);
        Assert.Equal((await Dossiers.StateAsync(id)).Version, after.Version);
    }

    [Fact]
    public async Task A_change_saved_outside_the_use_cases_is_read_as_well()
    {
        var id = await Dossiers.OpenWithEveryoneAsync();
        _ = await Dossiers.ViewAsync(School.Owner, id);

        Dossiers.SaveCommentInBetween(id, School.Collaborator, "Rechtstreeks opgeslagen.");
        var after = await Dossiers.ViewAsync(School.Owner, id);

        Assert.Equal(ChronologyEntryKind.CommentAdded, after.Dossier.Chronology[^1].Kind);
    }

    [Fact]
    public async Task Two_readers_of_the_same_version_see_the_same_record_with_their_own_permissions()
    {
        var id = await Dossiers.OpenWithEveryoneAsync();

        var owner = await Dossiers.ViewAsync(School.Owner, id);
        var lead = await Dossiers.ViewAsync(School.LeadA, id);

        Assert.Equal(owner.Version, lead.Version);
        Assert.Equal(owner.Dossier.Chronology.Count, lead.Dossier.Chronology.Count);
        Assert.True(owner.CanWork);
        Assert.False(lead.CanWork);
        Assert.True(lead.CanAdvise);
    }
}
