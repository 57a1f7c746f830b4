using Meldcode.Domain.Dossiers;

namespace Meldcode.Application.Dossiers.GetDossier;

/// <summary>Which step's entries the timeline shows: all, one step of the meldcode, or only the general entries (those of no step).</summary>
public readonly record struct TimelineStep(MeldcodeStep? Step, bool General)
{
    public static TimelineStep All => default;

    public static TimelineStep Of(MeldcodeStep step) => new(step, General: false);

    public static TimelineStep GeneralOnly => new(null, General: true);

    public bool Matches(MeldcodeStep? step) => General ? step is null : Step is null || Step == step;
}

public enum TimelineOrder
{
    OldestFirst = 1,
    NewestFirst = 2,
}

/// <summary>What a reader chose to see of the timeline. The default shows every entry, oldest first.</summary>
public sealed record TimelineFilter(TimelineStep Step = default, ChronologyTopic? Topic = null, TimelineOrder Order = TimelineOrder.OldestFirst)
{
    public static TimelineFilter Everything { get; } = new();

    public bool IsFiltered => Step != TimelineStep.All || Topic is not null;
}

/// <summary>One event of the timeline with the corrections made to it (a correction is shown with what it corrects).</summary>
public sealed record TimelineItem(ChronologyEntry Entry, IReadOnlyList<ChronologyEntry> Corrections);

/// <summary>The timeline as shown: the events that match the filter, in the chosen order, and how many there are in all.</summary>
public sealed record Timeline(IReadOnlyList<TimelineItem> Items, int Total, TimelineFilter Filter)
{
    /// <summary>
    /// The dossier's events that match the filter. An event is an entry that corrects nothing; its corrections come
    /// with it. A step filter matches the event's step; the topic "comments and corrections" matches comments and
    /// every event that has been corrected.
    /// </summary>
    public static Timeline Of(Dossier dossier, TimelineFilter filter)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        ArgumentNullException.ThrowIfNull(filter);
        var corrections = dossier.Chronology.Where(e => e.CorrectsEntryId is not null).ToLookup(e => e.CorrectsEntryId!.Value);
        var events = dossier.Chronology.Where(e => e.CorrectsEntryId is null)
            .Select(e => new TimelineItem(e, corrections[e.Id].ToList()))
            .ToList();
        var shown = events
            .Where(i => filter.Step.Matches(i.Entry.Step))
            .Where(i => filter.Topic is not { } topic
                || ChronologyEntryKinds.TopicOf(i.Entry.Kind) == topic
                || (topic == ChronologyTopic.CommentsAndCorrections && i.Corrections.Count > 0));
        var ordered = filter.Order == TimelineOrder.NewestFirst
            ? shown.OrderByDescending(i => i.Entry.Sequence)
            : shown.OrderBy(i => i.Entry.Sequence);
        return new Timeline(ordered.ToList(), events.Count, filter);
    }
}
