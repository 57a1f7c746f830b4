using Meldcode.Domain.Common;
using Meldcode.Domain.Dilemmas;
using Meldcode.Domain.Dossiers;
using Meldcode.Domain.Organisations;

namespace Meldcode.Domain.Tests.Dilemmas;

public sealed class DilemmaTypesTests
{
    private static readonly MeldcodeView FitsA = MeldcodeView.Fits("Omdat het zo is.", "A");

    [Fact]
    public void A_choice_keys_its_options_A_to_E_in_order_and_trims_the_texts()
    {
        var point = DecisionPoint.Choice("  Wat doe je?  ", ["  Eén ", "Twee", "Drie", "Vier", "Vijf"], FitsA);

        Assert.Equal("Wat doe je?", point.Question);
        Assert.Equal(["A", "B", "C", "D", "E"], point.Options.Select(o => o.Key));
        Assert.Equal("Eén", point.Options[0].Text);
        Assert.False(point.IsScale);
        Assert.Null(point.Scale);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(6)]
    public void A_choice_has_two_to_five_options(int count)
    {
        var options = Enumerable.Range(1, count).Select(i => $"Keuze {i}").ToList();

        var error = Assert.Throws<DomainException>(() => DecisionPoint.Choice("Wat doe je?", options, FitsA));

        Assert.Equal("Een vraag heeft 2 tot 5 keuzes.", error.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Questions_and_options_are_not_empty(string? text)
    {
        Assert.Throws<DomainException>(() => DecisionPoint.Choice(text!, ["Ja", "Nee"], FitsA));
        Assert.Throws<DomainException>(() => DecisionPoint.Choice("Wat doe je?", ["Ja", text!], FitsA));
    }

    [Fact]
    public void Two_options_with_the_same_text_are_refused()
    {
        Assert.Throws<DomainException>(() => DecisionPoint.Choice("Wat doe je?", ["Melden", " melden "], FitsA));
    }

    [Fact]
    public void The_view_of_a_choice_names_options_that_exist()
    {
        var error = Assert.Throws<DomainException>(() => DecisionPoint.Choice("Wat doe je?", ["Ja", "Nee"], MeldcodeView.Fits("Omdat.", "C")));

        Assert.Equal("Keuze C bestaat niet bij deze vraag.", error.Message);
    }

    [Fact]
    public void A_choice_cannot_be_answered_with_part_of_a_scale_nor_a_scale_with_an_option()
    {
        Assert.Throws<DomainException>(() => DecisionPoint.Choice("Wat doe je?", ["Ja", "Nee"], MeldcodeView.FitsScale(4, 5, "Omdat.")));
        Assert.Throws<DomainException>(() => DecisionPoint.Rating("Hoe erg?", new RatingScale("Niet", "Heel"), FitsA));
    }

    [Fact]
    public void A_rating_is_a_scale_from_one_to_five_with_labels_at_the_ends()
    {
        var point = DecisionPoint.Rating("Hoe onveilig?", new RatingScale(" Niet onveilig ", "Heel onveilig"), MeldcodeView.FitsScale(4, 5, "Structureel."));

        Assert.True(point.IsScale);
        Assert.Empty(point.Options);
        Assert.Equal("Niet onveilig", point.Scale!.LowLabel);
        Assert.Equal("Heel onveilig", point.Scale.HighLabel);
        Assert.Equal((1, 5), (RatingScale.Lowest, RatingScale.Highest));
    }

    [Theory]
    [InlineData("", "Heel")]
    [InlineData("Niet", " ")]
    [InlineData("Zelfde", "zelfde")]
    public void A_scale_has_two_different_labels(string low, string high)
    {
        Assert.Throws<DomainException>(() => new RatingScale(low, high));
    }

    [Theory]
    [InlineData(0, 3)]
    [InlineData(3, 6)]
    [InlineData(4, 2)]
    public void The_view_of_a_scale_is_a_range_within_one_to_five(int from, int to)
    {
        Assert.Throws<DomainException>(() => MeldcodeView.FitsScale(from, to, "Omdat."));
    }

    [Fact]
    public void A_view_fits_options_or_a_range_or_depends_and_always_has_a_rationale()
    {
        var options = MeldcodeView.Fits(" Omdat. ", "a", "C");
        var range = MeldcodeView.FitsScale(2, 3, "Omdat.");
        var depends = MeldcodeView.ItDepends("Het hangt af van de duur.");

        Assert.Equal(["A", "C"], options.FittingOptionKeys);
        Assert.Equal("Omdat.", options.Rationale);
        Assert.False(options.Depends);
        Assert.Equal((2, 3), (range.ScaleFrom!.Value, range.ScaleTo!.Value));
        Assert.False(range.Depends);
        Assert.True(depends.Depends);
        Assert.Throws<DomainException>(() => MeldcodeView.ItDepends(" "));
        Assert.Throws<DomainException>(() => MeldcodeView.Fits("Omdat."));
        Assert.Throws<DomainException>(() => MeldcodeView.Fits("Omdat.", "A", "a"));
    }

    [Fact]
    public void A_valid_dilemma_keeps_what_it_was_given()
    {
        var dilemma = Make();

        Assert.Equal("een-voorbeeld", dilemma.Key);
        Assert.Equal([Sector.Education], dilemma.Sectors);
        Assert.Equal([FormOfAbuse.PhysicalAbuse], dilemma.FormsOfAbuse);
        Assert.Equal([DilemmaTheme.FearOfActing], dilemma.Themes);
        Assert.Equal(MeldcodeStep.Signals, dilemma.Step);
        Assert.Equal(WeighingQuestion.Suspicion, dilemma.Question);
        Assert.Single(dilemma.DecisionPoints);
        Assert.Equal(["Wat vind jij?"], dilemma.DiscussionPrompts);
    }

    [Theory]
    [InlineData("Hoofdletters")]
    [InlineData("met spatie")]
    [InlineData("-begint-met-streepje")]
    [InlineData("dubbel--streepje")]
    [InlineData("")]
    public void A_key_is_a_slug(string key)
    {
        Assert.Throws<DomainException>(() => Make(key: key));
    }

    [Fact]
    public void A_dilemma_has_a_title_and_a_story()
    {
        Assert.Throws<DomainException>(() => Make(title: " "));
        Assert.Throws<DomainException>(() => Make(story: ""));
        Assert.Throws<DomainException>(() => Make(story: new string('a', Dilemma.StoryMax + 1)));
    }

    [Fact]
    public void A_dilemma_has_at_least_one_sector_form_theme_decision_point_and_prompt()
    {
        Assert.Throws<DomainException>(() => Make(sectors: []));
        Assert.Throws<DomainException>(() => Make(forms: []));
        Assert.Throws<DomainException>(() => Make(themes: []));
        Assert.Throws<DomainException>(() => Make(points: []));
        Assert.Throws<DomainException>(() => Make(prompts: []));
        Assert.Throws<DomainException>(() => Make(prompts: ["Goed.", " "]));
    }

    [Fact]
    public void Unknown_enum_values_are_a_programmers_error()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Make(sectors: [(Sector)42]));
        Assert.Throws<ArgumentOutOfRangeException>(() => Make(forms: [(FormOfAbuse)42]));
        Assert.Throws<ArgumentOutOfRangeException>(() => Make(themes: [(DilemmaTheme)42]));
        Assert.Throws<ArgumentOutOfRangeException>(() => Make(step: (MeldcodeStep)9));
        Assert.Throws<ArgumentOutOfRangeException>(() => Make(question: (WeighingQuestion)9));
    }

    [Fact]
    public void Repeated_sectors_forms_and_themes_are_kept_once()
    {
        var dilemma = Make(sectors: [Sector.Childcare, Sector.Childcare], forms: [FormOfAbuse.SexualAbuse, FormOfAbuse.SexualAbuse]);

        Assert.Equal([Sector.Childcare], dilemma.Sectors);
        Assert.Equal([FormOfAbuse.SexualAbuse], dilemma.FormsOfAbuse);
    }

    [Fact]
    public void Every_form_of_abuse_and_theme_has_a_Dutch_name()
    {
        Assert.All(Enum.GetValues<FormOfAbuse>(), form => Assert.False(string.IsNullOrWhiteSpace(form.DutchName())));
        Assert.All(Enum.GetValues<DilemmaTheme>(), theme => Assert.False(string.IsNullOrWhiteSpace(theme.DutchName())));
        Assert.Equal(Enum.GetValues<FormOfAbuse>().Length, Enum.GetValues<FormOfAbuse>().Select(f => f.DutchName()).Distinct().Count());
        Assert.Equal(Enum.GetValues<DilemmaTheme>().Length, Enum.GetValues<DilemmaTheme>().Select(t => t.DutchName()).Distinct().Count());
    }

    [Fact]
    public void The_forms_of_abuse_shared_with_signal_categories_have_the_same_numbers()
    {
        foreach (var form in Enum.GetValues<FormOfAbuse>().Where(f => f != FormOfAbuse.ElderAbuse))
        {
            Assert.Equal(form.ToString(), ((SignalCategory)(int)form).ToString());
        }
    }

    private static Dilemma Make(
        string key = "een-voorbeeld",
        string title = "Een voorbeeld",
        string story = "Een kort verhaal.",
        Sector[]? sectors = null,
        FormOfAbuse[]? forms = null,
        DilemmaTheme[]? themes = null,
        MeldcodeStep step = MeldcodeStep.Signals,
        WeighingQuestion question = WeighingQuestion.Suspicion,
        DecisionPoint[]? points = null,
        string[]? prompts = null) =>
        new(
            key,
            title,
            story,
            sectors ?? [Sector.Education],
            forms ?? [FormOfAbuse.PhysicalAbuse],
            themes ?? [DilemmaTheme.FearOfActing],
            step,
            question,
            points ?? [DecisionPoint.Choice("Wat doe je?", ["Ja", "Nee"], FitsA)],
            prompts ?? ["Wat vind jij?"]);
}
