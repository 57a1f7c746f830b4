using Meldcode.Application.Dossiers.GetDossier;

namespace Meldcode.Application.Tests.Dossiers.GetDossier;

/// <summary>The dossier's timeline, filtered by step and topic and in either order; corrections stay with what they correct.</summary>
public sealed class TimelineTests : SchoolTest
{
    [Fact]
    public async Task Everything_is_shown_oldest_first_with_each_correction_under_the_line_it_corrects()
    {
        var timeline = await TimelineAsync(TimelineFilter.Everything);

        Assert.Equal([1, 2, 3, 4, 6], timeline.Items.Select(i => i.Entry.Sequence));
        Assert.Equal(5, timeline.Total);
        Assert.Equal([5], timeline.Items.Single(i => i.Entry.Sequence == 2).Corrections.Select(c => c.Sequence));
    }

    [Fact]
    public async Task Newest_first_turns_the_order_round()
    {
        var timeline = await TimelineAsync(new TimelineFilter(Order: TimelineOrder.NewestFirst));

        Assert.Equal([6, 4, 3, 2, 1], timeline.Items.Select(i => i.Entry.Sequence));
    }

    [Theory]
    [InlineData(MeldcodeStep.Signals, new[] { 2 })]
    [InlineData(MeldcodeStep.Consultation, new[] { 3 })]
    [InlineData(MeldcodeStep.Conversation, new[] { 6 })]
    [InlineData(MeldcodeStep.Weighing, new int[0])]
    public async Task A_step_shows_only_that_steps_events_and_the_total_stays(MeldcodeStep step, int[] sequences)
    {
        var timeline = await TimelineAsync(new TimelineFilter(TimelineStep.Of(step)));

        Assert.Equal(sequences, timeline.Items.Select(i => i.Entry.Sequence));
        Assert.Equal(5, timeline.Total);
    }

    [Fact]
    public async Task General_shows_the_events_of_no_step()
    {
        var timeline = await TimelineAsync(new TimelineFilter(TimelineStep.GeneralOnly));

        Assert.Equal([ChronologyEntryKind.Opened, ChronologyEntryKind.CommentAdded], timeline.Items.Select(i => i.Entry.Kind));
    }

    [Fact]
    public async Task Comments_and_corrections_shows_the_comments_and_every_corrected_event()
    {
        var timeline = await TimelineAsync(new TimelineFilter(Topic: ChronologyTopic.CommentsAndCorrections));

        Assert.Equal([2, 4], timeline.Items.Select(i => i.Entry.Sequence));
    }

    [Fact]
    public async Task A_step_and_a_topic_together_show_what_matches_both_newest_first()
    {
        var timeline = await TimelineAsync(new TimelineFilter(TimelineStep.Of(MeldcodeStep.Consultation), ChronologyTopic.Signals, TimelineOrder.NewestFirst));

        Assert.Empty(timeline.Items);
        Assert.Equal(5, timeline.Total);
    }

    [Fact]
    public async Task An_event_keeps_the_date_it_happened_beside_the_moment_it_was_recorded()
    {
        var id = await OpenWithTimelineAsync();

        var chronology = (await Dossiers.ViewAsync(School.Owner, id)).Dossier.Chronology;

        var signal = chronology.Single(e => e.Kind == ChronologyEntryKind.SignalRecorded);
        Assert.Equal(Clock.Today.AddDays(-1), signal.EventDate);
        Assert.True(signal.HappenedOnAnotherDay);
        var conversation = chronology.Single(e => e.Kind == ChronologyEntryKind.ConversationRecorded);
        Assert.Equal(Clock.Today, conversation.EventDate);
        Assert.False(conversation.HappenedOnAnotherDay);
        var comment = chronology.Single(e => e.Kind == ChronologyEntryKind.CommentAdded);
        Assert.Null(comment.EventDate);
        Assert.False(comment.HappenedOnAnotherDay);
    }

    private async Task<Timeline> TimelineAsync(TimelineFilter filter)
    {
        var id = await OpenWithTimelineAsync();
        return (await Dossiers.ViewAsync(School.Owner, id)).Timeline(filter);
    }

    /// <summary>1 opened, 2 a signal (observed yesterday), 3 a consultation, 4 a comment, 5 a correction of line 2, 6 a conversation.</summary>
    private async Task<Guid> OpenWithTimelineAsync()
    {
        var id = await Dossiers.OpenAsync();
        await Dossiers.ChangeAsync(School.Owner, id, ValidCommands.Signal);
        await Dossiers.ChangeAsync(School.Owner, id, ValidCommands.Consultation);
        await Dossiers.ChangeAsync(School.Owner, id, ValidCommands.Comment);
        await Dossiers.ChangeAsync(School.Owner, id, s => ValidCommands.Correction(s) with { EntryId = s.Dossier.Chronology[1].Id });
        await Dossiers.ChangeAsync(School.Owner, id, ValidCommands.Conversation);
        return id;
    }
}
