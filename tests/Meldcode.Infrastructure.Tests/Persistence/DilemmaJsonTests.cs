using System.Text.Json;
using Meldcode.Domain.Common;
using Meldcode.Domain.Dilemmas;
using Meldcode.Infrastructure.Persistence;

namespace Meldcode.Infrastructure.Tests.Persistence;

public sealed class DilemmaJsonTests
{
    public static TheoryData<string> BuiltInKeys => [.. DilemmaLibrary.All.Select(d => d.Key)];

    [Theory]
    [MemberData(nameof(BuiltInKeys))]
    public void Every_built_in_dilemma_comes_back_from_its_json_exactly_as_it_was(string key)
    {
        var original = DilemmaLibrary.Find(key)!;

        var json = DilemmaJson.Serialize(original);
        var restored = DilemmaJson.Deserialize(json);

        AssertSame(original, restored);
        Assert.Equal(json, DilemmaJson.Serialize(restored));
    }

    [Theory]
    [MemberData(nameof(BuiltInKeys))]
    public void The_ef_converter_stores_and_reads_every_built_in_dilemma_unchanged(string key)
    {
        var original = DilemmaLibrary.Find(key)!;
        var toProvider = DilemmaJson.Converter.ConvertToProviderExpression.Compile();
        var fromProvider = DilemmaJson.Converter.ConvertFromProviderExpression.Compile();

        AssertSame(original, fromProvider(toProvider(original)));
    }

    [Fact]
    public void Enums_are_written_by_name_and_the_text_keeps_dutch_characters_readable()
    {
        var json = DilemmaJson.Serialize(DilemmaLibrary.All[0]);

        Assert.Contains("\"step\":\"Conversation\"", json, StringComparison.Ordinal);
        Assert.Contains("\"sectors\":[\"Education\"]", json, StringComparison.Ordinal);
        Assert.Contains("Noor (9)", json, StringComparison.Ordinal);
        Assert.Contains("“", json, StringComparison.Ordinal);
    }

    [Fact]
    public void A_scale_and_a_view_that_depends_survive_the_round_trip()
    {
        var dilemma = Example(
            DecisionPoint.Rating("Hoe zorgelijk is dit?", new RatingScale("Niet zorgelijk", "Heel zorgelijk"), MeldcodeView.FitsScale(3, 5, "Omdat het vaker gebeurt.")),
            DecisionPoint.Choice("Wat doe je?", ["Wachten", "Overleggen"], MeldcodeView.ItDepends("Het hangt af van wat je al weet.")));

        var restored = DilemmaJson.Deserialize(DilemmaJson.Serialize(dilemma));

        AssertSame(dilemma, restored);
        Assert.True(restored.DecisionPoints[0].IsScale);
        Assert.True(restored.DecisionPoints[1].View.Depends);
    }

    [Fact]
    public void Stored_content_that_breaks_a_rule_of_the_domain_is_refused_by_the_domain()
    {
        var json = DilemmaJson.Serialize(DilemmaLibrary.All[0]).Replace("\"fittingOptionKeys\":[\"B\"]", "\"fittingOptionKeys\":[\"F\"]", StringComparison.Ordinal);

        var exception = Assert.Throws<DomainException>(() => DilemmaJson.Deserialize(json));
        Assert.Contains("Keuze F bestaat niet", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"step\":\"Conversation\"", "\"step\":3")]
    [InlineData("\"step\":\"Conversation\"", "\"step\":\"Elsewhere\"")]
    [InlineData("\"title\":\"Beloof je het?\",", "")]
    [InlineData("\"key\":", "\"unknown\":1,\"key\":")]
    public void Json_that_is_not_the_shape_of_a_dilemma_is_refused(string find, string replacement)
    {
        var json = DilemmaJson.Serialize(DilemmaLibrary.All[0]).Replace(find, replacement, StringComparison.Ordinal);

        Assert.Throws<JsonException>(() => DilemmaJson.Deserialize(json));
    }

    [Fact]
    public void The_comparer_compares_dilemmas_by_content()
    {
        var original = DilemmaLibrary.All[0];
        var copy = DilemmaJson.Deserialize(DilemmaJson.Serialize(original));

        Assert.True(DilemmaJson.Comparer.Equals(original, copy));
        Assert.False(DilemmaJson.Comparer.Equals(original, DilemmaLibrary.All[1]));
        Assert.True(original.HasSameContentAs(copy));
    }

    private static Dilemma Example(params DecisionPoint[] points) => new(
        "voorbeeld",
        "Voorbeeld",
        "Een kort verhaal.",
        [Domain.Organisations.Sector.Childcare],
        [FormOfAbuse.PhysicalNeglect],
        [DilemmaTheme.HungryAndUnwashedOnMondays],
        Domain.Dossiers.MeldcodeStep.Signals,
        Domain.Dossiers.WeighingQuestion.Suspicion,
        points,
        ["Wat vind jij?"]);

    private static void AssertSame(Dilemma expected, Dilemma actual)
    {
        Assert.Equal(expected.Key, actual.Key);
        Assert.Equal(expected.Title, actual.Title);
        Assert.Equal(expected.Story, actual.Story);
        Assert.Equal(expected.Sectors, actual.Sectors);
        Assert.Equal(expected.FormsOfAbuse, actual.FormsOfAbuse);
        Assert.Equal(expected.Themes, actual.Themes);
        Assert.Equal(expected.Step, actual.Step);
        Assert.Equal(expected.Question, actual.Question);
        Assert.Equal(expected.DiscussionPrompts, actual.DiscussionPrompts);
        Assert.Equal(expected.DecisionPoints.Count, actual.DecisionPoints.Count);
        foreach (var (e, a) in expected.DecisionPoints.Zip(actual.DecisionPoints))
        {
            Assert.Equal(e.Question, a.Question);
            Assert.Equal(e.Options, a.Options);
            Assert.Equal(e.Scale, a.Scale);
            Assert.Equal(e.View.FittingOptionKeys, a.View.FittingOptionKeys);
            Assert.Equal(e.View.ScaleFrom, a.View.ScaleFrom);
            Assert.Equal(e.View.ScaleTo, a.View.ScaleTo);
            Assert.Equal(e.View.Rationale, a.View.Rationale);
        }
    }
}
