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
            [SignalHintKind.OpinionWordInFacts, SignalHintKind.LoadedWordInFacts, SignalHintKind.InitialsOnly, SignalHintKind.NoDate, SignalHintKind.VeryShort],
            SignalQualityHints.For("JD lijkt altijd boos.", null).Select(h => h.Kind));
    }

    public static TheoryData<string> EveryLoadedWord => new(SignalQualityHints.LoadedWords);

    [Theory]
    [InlineData("Daan komt altijd te laat en heeft geen jas aan; vandaag om 9.10 uur binnen.", "altijd")]
    [InlineData("Vader is nooit bij de oudergesprekken geweest, ook niet op 12 maart om 15.00 uur.", "nooit")]
    [InlineData("Daan ziet er verwaarloosd uit: zijn broek had dezelfde vlekken als gisteren.", "verwaarloosd")]
    [InlineData("Moeder werd agressief toen ik het gesprek over de blauwe plek begon om 8.30 uur.", "agressief")]
    [InlineData("Vader reageerde AGRESSIEF toen ik het gesprek over de blauwe plek begon om 8.30 uur.", "agressief")]
    [InlineData("Daan had vieze kleren aan en zat de hele ochtend alleen in de hoek van de klas.", "vieze")]
    [InlineData("Het was een zielig gezicht: Daan zat om 16.30 uur nog alleen op het plein te wachten.", "zielig")]
    [InlineData("Moeder deed hysterisch bij het hek en schreeuwde om 15.05 uur tegen de juf.", "hysterisch")]
    public void A_loaded_word_in_the_facts_gives_a_hint_that_names_it(string facts, string word)
    {
        var hint = Assert.Single(SignalQualityHints.For(facts, Clock.Today));

        Assert.Equal(SignalHintKind.LoadedWordInFacts, hint.Kind);
        Assert.Equal([word], hint.Words);
        Assert.Contains($"'{word}'", hint.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(EveryLoadedWord))]
    public void Each_listed_loaded_word_gives_the_hint(string word)
    {
        var hint = Assert.Single(
            SignalQualityHints.For($"Op maandagochtend om 8.30 uur zei de juf: {word}. Daan stond bij de deur te wachten.", Clock.Today));

        Assert.Equal(SignalHintKind.LoadedWordInFacts, hint.Kind);
        Assert.Equal([word], hint.Words);
    }

    [Fact]
    public void Several_loaded_words_give_one_hint_that_names_them_all_once()
    {
        var hint = Assert.Single(SignalQualityHints.For("Daan is altijd vies en moeder is nooit thuis, altijd weer hetzelfde verhaal.", Clock.Today));

        Assert.Equal(["altijd", "vies", "nooit"], hint.Words);
        Assert.Contains("'altijd', 'vies', 'nooit'", hint.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Daan zei dat hij nooitmeer naar huis wilde; hij huilde om 10.15 uur in de gang.")]
    [InlineData("De visie van de school is dat ouders om 8.30 uur binnen mogen komen met Daan.")]
    [InlineData("Daan tekende een huis met een verwaarloosdetuin en een nooitgedachtboom erbij.")]
    [InlineData("Moeder vertelde op 3 maart dat Daan voortaan bij oma slaapt op vrijdagavond.")]
    public void A_loaded_word_inside_another_word_gives_no_hint(string facts)
    {
        Assert.DoesNotContain(SignalQualityHints.For(facts, Clock.Today), h => h.Kind == SignalHintKind.LoadedWordInFacts);
    }

    [Theory]
    [InlineData("L. kwam om 8.45 uur binnen met een blauwe plek op de linkerwang.", "L.")]
    [InlineData("Daan vertelde dat de moeder van L. hem na school had vastgepakt bij het hek.", "L.")]
    [InlineData("Daan vertelde dat L. hem na school had vastgepakt bij de fietsenstalling.", "L.")]
    [InlineData("Daan vertelde dat JDV hem na school had vastgepakt bij de fietsenstalling.", "JDV")]
    public void A_single_initial_gives_a_hint_that_names_it(string facts, string initial)
    {
        var hint = Assert.Single(SignalQualityHints.For(facts, Clock.Today));

        Assert.Equal(SignalHintKind.InitialsOnly, hint.Kind);
        Assert.Equal([initial], hint.Words);
        Assert.Contains($"({initial})", hint.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Daan keek thuis elke avond TV tot laat, zei hij. Ik vroeg of dat OK was voor mama.")]
    [InlineData("Daan zit in groep 7B. Op maandag kwam hij om 8.45 uur zonder jas naar school.")]
    [InlineData("Daan vertelde o.a. dat hij bijv. geen ontbijt kreeg, d.w.z. niets at voor school.")]
    [InlineData("Z.s.m. besproken met de IB'er. N.a.v. het gesprek belde ik om 10.00 uur de JGZ.")]
    [InlineData("Daan gaat naar de BSO en krijgt hulp van het CJG, de GGZ en het WIJ-team (JGZ).")]
    [InlineData("Daan heeft ADHD en ASS; hij zat in het PO en gaat nu naar het VO of het MBO.")]
    [InlineData("Op de SEH is Daan op 3 maart om 22.00 uur onderzocht; de T.V. stond thuis aan.")]
    [InlineData("Ik zag om 12.00 uur dat Daan at. Hij at alles op. Op het plein speelde hij alleen.")]
    public void Sentence_ends_abbreviations_and_capitals_at_a_sentence_start_give_no_initials_hint(string facts)
    {
        Assert.DoesNotContain(SignalQualityHints.For(facts, Clock.Today), h => h.Kind == SignalHintKind.InitialsOnly);
    }

    [Fact]
    public void The_length_hint_says_how_long_the_text_is_and_the_others_name_no_words_when_something_is_missing()
    {
        var hints = SignalQualityHints.For("Daan huilde.", null);

        Assert.All(hints, h => Assert.Empty(h.Words));
        Assert.Contains("(12 tekens)", hints.Single(h => h.Kind == SignalHintKind.VeryShort).Message, StringComparison.Ordinal);
    }
}
