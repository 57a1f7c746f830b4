using Meldcode.Application.Common.Exceptions;

namespace Meldcode.Application.Tests.Dossiers;

/// <summary>Optimistic concurrency: a change made on an outdated view of the dossier is refused, never silently merged.</summary>
public sealed class ConcurrentChangeTests : SchoolTest
{
    [Fact]
    public async Task A_change_based_on_a_version_someone_else_has_since_changed_is_refused_and_saves_nothing()
    {
        var id = await Dossiers.OpenWithEveryoneAsync();
        var seenByBoth = await Dossiers.StateAsync(id);
        await Dossiers.SendAsync(School.Owner, ValidCommands.Comment(seenByBoth));
        var afterFirst = await Dossiers.StateAsync(id);

        var refused = await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            Dossiers.SendAsync(School.Collaborator, ValidCommands.Signal(seenByBoth)));

        Assert.Equal(
            $"Anouk Jansen heeft dit dossier {DutchTime.OnDateAtTime(afterFirst.Dossier.Chronology[^1].OccurredAt)} gewijzigd, nadat je dit formulier opende. {ConcurrencyConflictException.DossierConsequence}",
            refused.Message);
        var after = await Dossiers.StateAsync(id);
        Assert.Equal(afterFirst.Version, after.Version);
        Assert.Equal(afterFirst.ChronologyCount, after.ChronologyCount);
        Assert.Empty(after.Dossier.Signals);
    }

    [Fact]
    public async Task A_form_sent_from_a_stale_tab_of_the_same_user_says_they_changed_it_themself_and_when()
    {
        var id = await Dossiers.OpenAsync();
        var seenInBothTabs = await Dossiers.StateAsync(id);
        await Dossiers.SendAsync(School.Owner, ValidCommands.Comment(seenInBothTabs));
        var changedAt = (await Dossiers.StateAsync(id)).Dossier.Chronology[^1].OccurredAt;

        var refused = await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            Dossiers.SendAsync(School.Owner, ValidCommands.Signal(seenInBothTabs)));

        Assert.Equal(
            $"Je hebt dit dossier zelf {DutchTime.OnDateAtTime(changedAt)} gewijzigd, in een ander venster of tabblad. {ConcurrencyConflictException.DossierConsequence}",
            refused.Message);
    }

    [Fact]
    public async Task A_version_from_the_future_is_refused_as_well()
    {
        var id = await Dossiers.OpenAsync();
        var state = await Dossiers.StateAsync(id);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            Dossiers.SendAsync(School.Owner, ValidCommands.Comment(state) with { Version = state.Version + 1 }));

        Assert.Equal(state.Version, (await Dossiers.StateAsync(id)).Version);
    }

    [Fact]
    public async Task A_change_that_loses_the_race_to_another_save_is_refused_as_a_conflict_and_saves_nothing()
    {
        var id = await Dossiers.OpenWithEveryoneAsync();
        var seen = await Dossiers.StateAsync(id);

        // The handler reads the clock after it has loaded and checked the dossier, just before it saves.
        Clock.OnNextRead(() => Dossiers.SaveCommentInBetween(id, School.Collaborator, "Tegelijk geschreven door Bram."));
        var refused = await Record.ExceptionAsync(() => Dossiers.SendAsync(School.Owner, ValidCommands.Comment(seen)));

        Assert.StartsWith("Bram de Boer heeft dit dossier op ", Assert.IsType<ConcurrencyConflictException>(refused).Message, StringComparison.Ordinal);
        var after = await Dossiers.StateAsync(id);
        Assert.Equal(seen.Version + 1, after.Version);
        var last = after.Dossier.Chronology[^1];
        Assert.Equal(seen.ChronologyCount + 1, after.ChronologyCount);
        Assert.Equal(ChronologyEntryKind.CommentAdded, last.Kind);
        Assert.Equal("Opmerking: Tegelijk geschreven door Bram.", last.Summary);
    }
}
