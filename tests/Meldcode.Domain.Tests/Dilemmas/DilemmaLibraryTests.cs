using System.Text.RegularExpressions;
using Meldcode.Domain.Dilemmas;
using Meldcode.Domain.Dossiers;
using Meldcode.Domain.Organisations;

namespace Meldcode.Domain.Tests.Dilemmas;

public sealed partial class DilemmaLibraryTests
{
    private static readonly IReadOnlyList<Dilemma> Library = DilemmaLibrary.All;

    /// <summary>The only phone numbers a dilemma may name: Veilig Thuis, the emergency number, the confidential inspector.</summary>
    private static readonly HashSet<string> AllowedNumbers = ["08002000", "112", "09001113111"];

    public static TheoryData<DilemmaTheme> Themes => [.. Enum.GetValues<DilemmaTheme>()];

    public static TheoryData<FormOfAbuse> Forms => [.. Enum.GetValues<FormOfAbuse>()];

    public static TheoryData<Sector> Sectors => [.. Enum.GetValues<Sector>()];

    [Fact]
    public void The_library_ships_at_least_twenty_dilemmas_with_unique_keys_and_titles()
    {
        Assert.True(Library.Count >= 20, $"{Library.Count} dilemma's");
        Assert.Equal(Library.Count, Library.Select(d => d.Key).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(Library.Count, Library.Select(d => d.Title).Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Theory]
    [MemberData(nameof(Themes))]
    public void Every_typical_dilemma_of_the_week_is_covered(DilemmaTheme theme)
    {
        Assert.Contains(Library, d => d.Themes.Contains(theme));
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public void Every_form_of_abuse_is_covered(FormOfAbuse form)
    {
        Assert.Contains(Library, d => d.FormsOfAbuse.Contains(form));
    }

    [Theory]
    [MemberData(nameof(Sectors))]
    public void Every_sector_has_at_least_two_dilemmas(Sector sector)
    {
        Assert.True(Library.Count(d => d.Sectors.Contains(sector)) >= 2, sector.DutchName());
    }

    [Fact]
    public void Every_step_and_every_question_of_the_afwegingskader_is_exercised()
    {
        Assert.All(Enum.GetValues<MeldcodeStep>(), step => Assert.Contains(Library, d => d.Step == step));
        Assert.All(Enum.GetValues<WeighingQuestion>(), question => Assert.Contains(Library, d => d.Question == question));
    }

    [Fact]
    public void Every_decision_point_has_two_to_five_options_or_a_scale_and_a_view_that_fits_it()
    {
        foreach (var point in Library.SelectMany(d => d.DecisionPoints))
        {
            if (point.IsScale)
            {
                Assert.Empty(point.Options);
                Assert.Empty(point.View.FittingOptionKeys);
            }
            else
            {
                Assert.InRange(point.Options.Count, 2, 5);
                Assert.Null(point.View.ScaleFrom);
                Assert.All(point.View.FittingOptionKeys, key => Assert.Contains(point.Options, o => o.Key == key));
            }

            Assert.True(point.View.Rationale.Length >= 80, $"De uitleg bij “{point.Question}” is te kort.");
        }
    }

    [Fact]
    public void Every_dilemma_has_discussion_prompts_that_are_questions()
    {
        Assert.All(Library, d =>
        {
            Assert.InRange(d.DiscussionPrompts.Count, 2, 5);
            Assert.All(d.DiscussionPrompts, p => Assert.EndsWith("?", p.TrimEnd('”'), StringComparison.Ordinal));
        });
    }

    [Fact]
    public void Texts_are_short_enough_to_read_aloud_in_a_session()
    {
        Assert.All(Library, d =>
        {
            Assert.InRange(d.Title.Length, 5, 60);
            Assert.InRange(d.Story.Length, 150, 600);
            Assert.All(d.DecisionPoints, p =>
            {
                Assert.InRange(p.Question.Length, 10, 200);
                Assert.All(p.Options, o => Assert.InRange(o.Text.Length, 2, 200));
                Assert.InRange(p.View.Rationale.Length, 80, 800);
            });
        });
    }

    [Fact]
    public void Stories_use_short_sentences()
    {
        // B1: short sentences. A rough check: on average at most 15 words a sentence, and none longer than 30.
        Assert.All(Library, d =>
        {
            var sentences = SentenceEnd().Split(d.Story).Where(s => !string.IsNullOrWhiteSpace(s)).ToList();
            var words = sentences.Select(s => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length).ToList();
            Assert.True(words.Average() <= 15, $"{d.Key}: gemiddeld {words.Average():0.0} woorden per zin");
            Assert.True(words.Max() <= 30, $"{d.Key}: een zin van {words.Max()} woorden");
        });
    }

    [Fact]
    public void No_text_contains_a_phone_number_other_than_Veilig_Thuis_112_or_the_confidential_inspector()
    {
        foreach (var text in Library.SelectMany(AllTexts))
        {
            foreach (Match match in NumberLike().Matches(text))
            {
                var digits = new string([.. match.Value.Where(char.IsAsciiDigit)]);
                var looksLikePhone = digits.Length >= 6 || match.Value.StartsWith('0') || match.Value.StartsWith('+');
                Assert.False(
                    looksLikePhone && digits.Length >= 3 && !AllowedNumbers.Contains(digits),
                    $"Een telefoonnummer in: {text}");
            }
        }
    }

    [Fact]
    public void The_views_say_what_the_meldcode_says_on_the_key_points()
    {
        var rationales = Library.SelectMany(d => d.DecisionPoints).Select(p => p.View.Rationale).ToList();

        // Suspicions about a colleague go to the board and the confidential inspector, not to Veilig Thuis.
        Assert.All(
            Library.Where(d => d.Themes.Contains(DilemmaTheme.SuspicionAboutColleague)),
            d => Assert.Contains(d.DecisionPoints, p => p.View.Rationale.Contains("vertrouwensinspecteur", StringComparison.Ordinal)));

        // VGV and honour-related violence: always an expert.
        Assert.All(
            Library.Where(d => d.FormsOfAbuse.Contains(FormOfAbuse.FemaleGenitalMutilation) || d.FormsOfAbuse.Contains(FormOfAbuse.HonourRelatedViolence)),
            d => Assert.Contains(d.DecisionPoints, p => p.View.Rationale.Contains("deskundige", StringComparison.Ordinal)));

        // Nobody is told to promise secrecy: where a dilemma is about a secret, no fitting option promises it.
        foreach (var point in Library.Where(d => d.Themes.Contains(DilemmaTheme.AskedToKeepSecret)).SelectMany(d => d.DecisionPoints))
        {
            var fitting = point.Options.Where(o => point.View.FittingOptionKeys.Contains(o.Key));
            Assert.DoesNotContain(fitting, o => o.Text.Contains("ik beloof het", StringComparison.OrdinalIgnoreCase));
        }

        Assert.Contains(rationales, r => r.Contains("anoniem", StringComparison.Ordinal));
        Assert.Contains(rationales, r => r.Contains("112", StringComparison.Ordinal));
    }

    [Fact]
    public void A_dilemma_is_found_by_its_key()
    {
        Assert.Same(Library[3], DilemmaLibrary.Find(Library[3].Key));
        Assert.Null(DilemmaLibrary.Find("bestaat-niet"));
    }

    private static IEnumerable<string> AllTexts(Dilemma dilemma) =>
        new[] { dilemma.Title, dilemma.Story }
            .Concat(dilemma.DiscussionPrompts)
            .Concat(dilemma.DecisionPoints.SelectMany(p =>
                new[] { p.Question, p.View.Rationale, p.Scale?.LowLabel ?? string.Empty, p.Scale?.HighLabel ?? string.Empty }
                    .Concat(p.Options.Select(o => o.Text))));

    [GeneratedRegex(@"\+?\d[\d\s-]*\d|\d")]
    private static partial Regex NumberLike();

    [GeneratedRegex(@"(?<=[.!?…”])\s+")]
    private static partial Regex SentenceEnd();
}
