using System.Globalization;
using Meldcode.Application.Dossiers.GetDossier;
using Meldcode.Domain.Dossiers;

namespace Meldcode.Web.Presentation;

/// <summary>A choice of the timeline's filter form: its value in the query string and its Dutch label.</summary>
public sealed record TimelineChoice(string Value, string Text);

/// <summary>
/// The timeline's filter as it appears in the query string (<c>?stap=2&amp;soort=overleg&amp;volgorde=nieuwste</c>):
/// Dutch words people can read in a link. An unknown value is ignored with a message that says so; it never fails the page.
/// </summary>
public static class TimelineChoices
{
    public const string GeneralStep = "algemeen";
    public const string NewestFirst = "nieuwste";
    public const string OldestFirst = "oudste";

    private static readonly Dictionary<ChronologyTopic, string> TopicValues = new()
    {
        [ChronologyTopic.Signals] = "signalen",
        [ChronologyTopic.Consultations] = "overleg",
        [ChronologyTopic.Conversations] = "gesprekken",
        [ChronologyTopic.WeighingAndDecision] = "weging-en-besluit",
        [ChronologyTopic.ReportAndHelp] = "melding-en-hulp",
        [ChronologyTopic.CommentsAndCorrections] = "correcties-en-opmerkingen",
        [ChronologyTopic.Other] = "overig",
    };

    public static IReadOnlyList<TimelineChoice> Steps { get; } =
        [.. Enum.GetValues<MeldcodeStep>().Select(s => new TimelineChoice(((int)s).ToString(CultureInfo.InvariantCulture), $"Stap {(int)s}: {DutchTerms.For(s)}")),
         new TimelineChoice(GeneralStep, "Algemeen (bij geen stap)")];

    public static IReadOnlyList<TimelineChoice> Topics { get; } =
        [.. Enum.GetValues<ChronologyTopic>().Select(t => new TimelineChoice(TopicValues[t], DutchTerms.For(t)))];

    public static IReadOnlyList<TimelineChoice> Orders { get; } =
        [new TimelineChoice(OldestFirst, "Oudste eerst"), new TimelineChoice(NewestFirst, "Nieuwste eerst")];

    public static string StepValue(TimelineStep step) =>
        step.General ? GeneralStep : step.Step is { } s ? ((int)s).ToString(CultureInfo.InvariantCulture) : string.Empty;

    public static string TopicValue(ChronologyTopic? topic) => topic is { } t ? TopicValues[t] : string.Empty;

    public static string OrderValue(TimelineOrder order) => order == TimelineOrder.NewestFirst ? NewestFirst : OldestFirst;

    /// <summary>The filter these query-string values ask for, and a Dutch message for each value that was not understood (and ignored).</summary>
    public static (TimelineFilter Filter, IReadOnlyList<string> Problems) Parse(string? step, string? topic, string? order)
    {
        var problems = new List<string>();
        var timelineStep = TimelineStep.All;
        if (!string.IsNullOrWhiteSpace(step))
        {
            var value = step.Trim();
            if (string.Equals(value, GeneralStep, StringComparison.OrdinalIgnoreCase))
            {
                timelineStep = TimelineStep.GeneralOnly;
            }
            else if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && Enum.IsDefined((MeldcodeStep)number))
            {
                timelineStep = TimelineStep.Of((MeldcodeStep)number);
            }
            else
            {
                problems.Add("Die stap bestaat niet. De tijdlijn toont daarom alle stappen.");
            }
        }

        ChronologyTopic? timelineTopic = null;
        if (!string.IsNullOrWhiteSpace(topic))
        {
            var match = TopicValues.Where(p => string.Equals(p.Value, topic.Trim(), StringComparison.OrdinalIgnoreCase)).Select(p => (ChronologyTopic?)p.Key).FirstOrDefault();
            if (match is null)
            {
                problems.Add("Die soort gebeurtenis kennen we niet. De tijdlijn toont daarom alle soorten.");
            }

            timelineTopic = match;
        }

        var timelineOrder = TimelineOrder.OldestFirst;
        if (!string.IsNullOrWhiteSpace(order))
        {
            if (string.Equals(order.Trim(), NewestFirst, StringComparison.OrdinalIgnoreCase))
            {
                timelineOrder = TimelineOrder.NewestFirst;
            }
            else if (!string.Equals(order.Trim(), OldestFirst, StringComparison.OrdinalIgnoreCase))
            {
                problems.Add("Die volgorde kennen we niet. De tijdlijn staat daarom met de oudste gebeurtenis eerst.");
            }
        }

        return (new TimelineFilter(timelineStep, timelineTopic, timelineOrder), problems);
    }
}
