using Meldcode.Domain.Dossiers;

namespace Meldcode.Domain.Tests.Dossiers;

public sealed class SignalQualityHintsTests
{
    /// <summary>Long enough, dated, no opinion words, people named in full.</summary>
    private const string CleanFacts = "Op maandag om 8.45 uur zag ik bij Daan een blauwe plek van vijf centimeter op zijn linkerwang. Jan de Vries, de conciërge, stond erbij.";

    public static TheoryData<string> EveryOpinionPhrase => new(SignalQualityHints.OpinionPhrases);

    [Fact]
    public void Clean_facts_with_a_date_get_no_hints()
    {
        Assert.Empty(SignalQualityHints.For(CleanFacts, Clock.Today));
    }

    [Theory]
    [InlineData("Ik denk dat Daan thuis geslagen wordt, want hij had een blauwe plek op zijn wang.", "ik denk")]
    [InlineData("Daan had waarschijnlijk niet ontbeten, want hij at in de pauze drie boterhammen.", "waarschijnlijk")]
    [InlineData("Daan lijkt bang voor zijn vader: hij kroop weg toen vader hem kwam ophalen.", "lijkt")]
    [InlineData("WAARSCHIJNLIJK had Daan niet ontbeten; hij at in de pauze drie boterhammen op.", "waarschijnlijk")]
    [InlineData("Volgens mij was moeder dronken toen zij Daan om 15.00 uur kwam ophalen bij school.", "volgens mij")]
    public void Opinion_words_in_the_facts_give_a_hint_that_names_them(string facts, string phrase)
    {
        var hint = Assert.Single(SignalQualityHints.For(facts, Clock.Today));

        Assert.Equal(SignalHintKind.OpinionWordInFacts, hint.Kind);
        Assert.Contains($"'{phrase}'", hint.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(EveryOpinionPhrase))]
    public void Each_listed_opinion_phrase_gives_the_hint(string phrase)
    {
        var hints = SignalQualityHints.For($"Op maandagochtend, {phrase}, kwam Daan zonder jas en zonder ontbijt naar school.", Clock.Today);

        Assert.Contains(hints, h => h.Kind == SignalHintKind.OpinionWordInFacts && h.Message.Contains($"'{phrase}'", StringComparison.Ordinal));
    }

    [Fact]
    public void Several_opinion_words_give_one_hint_that_names_them_all()
    {
        var hint = Assert.Single(SignalQualityHints.For("Ik denk dat moeder waarschijnlijk te veel had gedronken toen zij Daan kwam halen.", Clock.Today));

        Assert.Contains("'ik denk', 'waarschijnlijk'", hint.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Daan en zijn vader kwamen gelijktijdig binnen; vader hield Daan stevig bij de arm vast.")]
    [InlineData("Uit het rapport van de huisarts blijkt dat Daan in oktober een gebroken pols had.")]
    [InlineData("Daan zag erg bleek en at in de ochtendpauze drie boterhammen van een klasgenoot.")]
    [InlineData("De juf vergelijkt de tekening met die van vorige maand: er staan nu zwarte wolken op.")]
    [InlineData("Het was onduidelijke taal; Daan herhaalde drie keer 'niet naar huis' in de gang.")]
    [InlineData("Daan denkt dat hij straf krijgt als hij thuis vertelt dat hij een onvoldoende had.")]
    public void An_opinion_word_inside_another_word_gives_no_hint(string facts)
    {
        Assert.DoesNotContain(SignalQualityHints.For(facts, Clock.Today), h => h.Kind == SignalHintKind.OpinionWordInFacts);
    }

    [Theory]
    [InlineData("Daan vertelde dat J.D. hem na school had vastgepakt bij de fietsenstalling.", "J.D.")]
    [InlineData("Daan vertelde dat J. D. hem na school had vastgepakt bij de fietsenstalling.", "J. D.")]
    [InlineData("Daan vertelde dat A.B.C. hem na school had vastgepakt bij de fietsenstalling.", "A.B.C.")]
    [InlineData("Daan vertelde dat JD hem na school had vastgepakt bij de fietsenstalling.", "JD")]
    public void A_person_named_only_by_initials_gives_a_hint_that_names_them(string facts, string initials)
    {
        var hint = Assert.Single(SignalQualityHints.For(facts, Clock.Today));

        Assert.Equal(SignalHintKind.InitialsOnly, hint.Kind);
        Assert.Contains($"({initials})", hint.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Daan vertelde dat Jan de Vries hem na school had vastgepakt bij de fietsenstalling.")]
    [InlineData("Ik besprak de blauwe plek met de IB'er; de IB stuurde het verslag naar VT.")]
    [InlineData("Daan was om 15.00 uur nog niet opgehaald bij de BSO; de KDV-leiding belde de GGD.")]
    [InlineData("Daan zei dat hij thuis geen eten kreeg. Ik heb dat om 10.15 uur opgeschreven.")]
    public void Full_names_roles_and_known_abbreviations_give_no_initials_hint(string facts)
    {
        Assert.DoesNotContain(SignalQualityHints.For(facts, Clock.Today), h => h.Kind == SignalHintKind.InitialsOnly);
    }

    [Fact]
    public void Facts_without_a_date_give_a_hint()
    {
        var hint = Assert.Single(SignalQualityHints.For(CleanFacts, null));

        Assert.Equal(SignalHintKind.NoDate, hint.Kind);
    }

    [Fact]
    public void Facts_shorter_than_the_limit_give_a_hint()
    {
        var facts = new string('a', SignalQualityHints.VeryShortBelow - 1);

        var hint = Assert.Single(SignalQualityHints.For(facts, Clock.Today));

        Assert.Equal(SignalHintKind.VeryShort, hint.Kind);
    }

    [Fact]
    public void Facts_of_exactly_the_limit_are_long_enough()
    {
        Assert.Empty(SignalQualityHints.For(new string('a', SignalQualityHints.VeryShortBelow), Clock.Today));
    }

    [Fact]
    public void Surrounding_spaces_do_not_count_towards_the_length()
    {
        var facts = "     " + new string('a', SignalQualityHints.VeryShortBelow - 1) + "     ";

        Assert.Contains(SignalQualityHints.For(facts, Clock.Today), h => h.Kind == SignalHintKind.VeryShort);
    }

    [Fact]
    public void No_facts_and_no_date_give_the_date_and_length_hints()
    {
        Assert.Equal([SignalHintKind.NoDate, SignalHintKind.VeryShort], SignalQualityHints.For(null, null).Select(h => h.Kind));
    }

    [Fact]
    public void Every_kind_of_hint_can_come_at_once_in_a_fixed_order()
    {
        Assert.Equal(
            [SignalHintKind.OpinionWordInFacts, SignalHintKind.InitialsOnly, SignalHintKind.NoDate, SignalHintKind.VeryShort],
            SignalQualityHints.For("JD lijkt boos.", null).Select(h => h.Kind));
    }
}
