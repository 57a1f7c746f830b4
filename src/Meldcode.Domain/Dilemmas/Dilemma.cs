using System.Text.RegularExpressions;
using Meldcode.Domain.Common;
using Meldcode.Domain.Dossiers;
using Meldcode.Domain.Organisations;

namespace Meldcode.Domain.Dilemmas;

/// <summary>
/// A training scenario for a dilemma session: a short fictional story, one or more decision points with what the
/// meldcode says, and prompts for the discussion afterwards. Immutable; its rules are checked when it is made.
/// </summary>
public sealed partial record Dilemma
{
    public const int KeyMax = 60;

    public const int TitleMax = 100;

    public const int StoryMax = 1_500;

    public const int PromptMax = 300;

    public Dilemma(
        string key,
        string title,
        string story,
        IReadOnlyCollection<Sector> sectors,
        IReadOnlyCollection<FormOfAbuse> formsOfAbuse,
        IReadOnlyCollection<DilemmaTheme> themes,
        MeldcodeStep step,
        WeighingQuestion question,
        IReadOnlyList<DecisionPoint> decisionPoints,
        IReadOnlyList<string> discussionPrompts)
    {
        Key = Guard.RequiredText(key, FieldName.Singular("de sleutel"), KeyMax);
        if (!SlugPattern().IsMatch(Key))
        {
            throw new DomainException("De sleutel bestaat uit kleine letters, cijfers en streepjes, zoals 'blauwe-plekken'.");
        }

        Title = Guard.RequiredText(title, FieldName.Singular("de titel"), TitleMax);
        Story = Guard.RequiredText(story, FieldName.Singular("het verhaal"), StoryMax);
        Sectors = NonEmptyDistinct(sectors, "Kies minstens één sector.");
        FormsOfAbuse = NonEmptyDistinct(formsOfAbuse, "Kies minstens één vorm van geweld of mishandeling.");
        Themes = NonEmptyDistinct(themes, "Kies minstens één thema.");
        Step = Guard.Defined(step);
        Question = Guard.Defined(question);

        ArgumentNullException.ThrowIfNull(decisionPoints);
        if (decisionPoints.Count == 0)
        {
            throw new DomainException("Een dilemma heeft minstens één beslismoment.");
        }

        DecisionPoints = Array.AsReadOnly(decisionPoints.Select(p => p ?? throw new ArgumentNullException(nameof(decisionPoints))).ToArray());

        ArgumentNullException.ThrowIfNull(discussionPrompts);
        var prompts = discussionPrompts.Select(p => Guard.RequiredText(p, FieldName.Singular("een gespreksvraag"), PromptMax)).ToArray();
        if (prompts.Length == 0)
        {
            throw new DomainException("Een dilemma heeft minstens één gespreksvraag.");
        }

        DiscussionPrompts = Array.AsReadOnly(prompts);
    }

    /// <summary>A stable, readable identifier (slug), such as <c>blauwe-plekken-na-het-weekend</c>.</summary>
    public string Key { get; }

    public string Title { get; }

    /// <summary>The short story, in plain Dutch, about fictional people.</summary>
    public string Story { get; }

    public IReadOnlyList<Sector> Sectors { get; }

    public IReadOnlyList<FormOfAbuse> FormsOfAbuse { get; }

    /// <summary>The typical dilemmas of domain.md §8 this dilemma covers.</summary>
    public IReadOnlyList<DilemmaTheme> Themes { get; }

    /// <summary>The step of the meldcode the dilemma exercises.</summary>
    public MeldcodeStep Step { get; }

    /// <summary>The question of the afwegingskader the dilemma exercises.</summary>
    public WeighingQuestion Question { get; }

    public IReadOnlyList<DecisionPoint> DecisionPoints { get; }

    /// <summary>Questions for the group to talk about after the meldcode's view is shown.</summary>
    public IReadOnlyList<string> DiscussionPrompts { get; }

    /// <summary>
    /// True when the other dilemma says exactly the same (the record's own equality compares its lists by reference).
    /// </summary>
    public bool HasSameContentAs(Dilemma other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Key == other.Key && Title == other.Title && Story == other.Story && Step == other.Step && Question == other.Question
            && Sectors.SequenceEqual(other.Sectors) && FormsOfAbuse.SequenceEqual(other.FormsOfAbuse) && Themes.SequenceEqual(other.Themes)
            && DiscussionPrompts.SequenceEqual(other.DiscussionPrompts, StringComparer.Ordinal)
            && DecisionPoints.Count == other.DecisionPoints.Count
            && DecisionPoints.Zip(other.DecisionPoints).All(pair => SamePoint(pair.First, pair.Second));
    }

    private static bool SamePoint(DecisionPoint left, DecisionPoint right) =>
        left.Question == right.Question && left.Options.SequenceEqual(right.Options) && left.Scale == right.Scale
        && left.View.FittingOptionKeys.SequenceEqual(right.View.FittingOptionKeys, StringComparer.Ordinal)
        && left.View.ScaleFrom == right.View.ScaleFrom && left.View.ScaleTo == right.View.ScaleTo && left.View.Rationale == right.View.Rationale;

    private static System.Collections.ObjectModel.ReadOnlyCollection<T> NonEmptyDistinct<T>(IReadOnlyCollection<T> values, string messageWhenEmpty)
        where T : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(values);
        foreach (var value in values)
        {
            Guard.Defined(value, nameof(values));
        }

        var distinct = values.Distinct().ToArray();
        if (distinct.Length == 0)
        {
            throw new DomainException(messageWhenEmpty);
        }

        return Array.AsReadOnly(distinct);
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex SlugPattern();
}
