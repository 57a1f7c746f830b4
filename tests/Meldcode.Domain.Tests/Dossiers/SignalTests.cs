using Meldcode.Domain.Common;
using Meldcode.Domain.Dossiers;

namespace Meldcode.Domain.Tests.Dossiers;

public sealed class SignalTests
{
    private readonly Dossier _dossier = DossierBuilder.Open().Build();

    [Fact]
    public void A_signal_keeps_facts_the_childs_words_and_the_interpretation_apart()
    {
        var signal = _dossier.RecordSignal(Inputs.Signal(), People.Owner, Clock.Now);

        Assert.Same(signal, Assert.Single(_dossier.Signals));
        Assert.Equal(Clock.Today, signal.ObservedOn);
        Assert.Equal(new TimeOnly(8, 45), signal.ObservedAt);
        Assert.Equal("klaslokaal groep 5", signal.Place);
        Assert.Equal("Sanne de Vries (leerkracht)", signal.ObservedBy);
        Assert.Equal(SignalSource.OwnObservation, signal.Source);
        Assert.Equal(Inputs.Facts, signal.Facts);
        Assert.Equal("Papa was heel boos.", signal.ChildsOwnWords);
        Assert.Equal("De plek past niet bij een val op het schoolplein.", signal.Interpretation);
        Assert.Equal(People.Owner.UserId, signal.RecordedBy);
        Assert.Equal(Clock.Now, signal.RecordedAt);
        Assert.False(signal.IsContraIndication);
    }

    [Fact]
    public void A_signal_observed_in_the_future_is_refused()
    {
        var error = Assert.Throws<DomainException>(() => _dossier.RecordSignal(Inputs.Signal() with { ObservedOn = Clock.Today.AddDays(1) }, People.Owner, Clock.Now));

        Assert.Equal("De datum van de waarneming kan niet in de toekomst liggen.", error.Message);
        Assert.Empty(_dossier.Signals);
    }

    [Fact]
    public void A_signal_observed_just_after_midnight_in_Amsterdam_is_not_in_the_future()
    {
        var justAfterMidnight = new DateTimeOffset(2026, 11, 18, 23, 30, 0, TimeSpan.Zero);

        var signal = _dossier.RecordSignal(Inputs.Signal() with { ObservedOn = new DateOnly(2026, 11, 19) }, People.Owner, justAfterMidnight);

        Assert.Equal(new DateOnly(2026, 11, 19), signal.ObservedOn);
    }

    [Fact]
    public void A_signal_someone_else_told_needs_who_told_it()
    {
        foreach (var toldBy in new[] { null, string.Empty, "   " })
        {
            var error = Assert.Throws<DomainException>(() => _dossier.RecordSignal(
                Inputs.Signal() with { Source = SignalSource.ToldBySomeone, ToldBy = toldBy },
                People.Owner,
                Clock.Now));

            Assert.Equal("Wie het vertelde is verplicht.", error.Message);
        }

        Assert.Empty(_dossier.Signals);
    }

    [Fact]
    public void A_signal_someone_else_told_keeps_the_source()
    {
        var signal = _dossier.RecordSignal(Inputs.Signal() with { Source = SignalSource.ToldBySomeone, ToldBy = " de overblijfmoeder " }, People.Owner, Clock.Now);

        Assert.Equal("de overblijfmoeder", signal.ToldBy);
        Assert.Contains("Bron: verteld door de overblijfmoeder.", _dossier.Chronology[^1].Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void An_own_observation_keeps_no_teller()
    {
        var signal = _dossier.RecordSignal(Inputs.Signal() with { ToldBy = "de overblijfmoeder" }, People.Owner, Clock.Now);

        Assert.Null(signal.ToldBy);
        Assert.Contains("Bron: eigen waarneming.", _dossier.Chronology[^1].Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void A_signal_needs_facts_and_who_observed_it()
    {
        Assert.Equal("De feiten is verplicht.", Assert.Throws<DomainException>(() => _dossier.RecordSignal(Inputs.Signal() with { Facts = " " }, People.Owner, Clock.Now)).Message);
        Assert.Equal("Wie het waarnam is verplicht.", Assert.Throws<DomainException>(() => _dossier.RecordSignal(Inputs.Signal() with { ObservedBy = "" }, People.Owner, Clock.Now)).Message);
        Assert.Empty(_dossier.Signals);
    }

    [Fact]
    public void Optional_parts_left_empty_are_stored_as_none()
    {
        var signal = _dossier.RecordSignal(Inputs.Signal() with { ObservedAt = null, Place = " ", ChildsOwnWords = "", Interpretation = null }, People.Owner, Clock.Now);

        Assert.Null(signal.ObservedAt);
        Assert.Null(signal.Place);
        Assert.Null(signal.ChildsOwnWords);
        Assert.Null(signal.Interpretation);
        Assert.DoesNotContain("Eigen woorden", _dossier.Chronology[^1].Summary, StringComparison.Ordinal);
        Assert.DoesNotContain("Interpretatie", _dossier.Chronology[^1].Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_category_or_source_is_refused()
    {
        Assert.Equal("Kies een categorie uit de lijst.", Assert.Throws<DomainException>(() => _dossier.RecordSignal(Inputs.Signal((SignalCategory)42), People.Owner, Clock.Now)).Message);
        Assert.Throws<DomainException>(() => _dossier.RecordSignal(Inputs.Signal() with { Source = (SignalSource)42 }, People.Owner, Clock.Now));
        Assert.Empty(_dossier.Signals);
    }

    [Fact]
    public void Facts_of_the_maximum_length_are_accepted_and_one_more_character_is_refused()
    {
        var longest = new string('a', Texts.LongMax);

        Assert.Equal(longest, _dossier.RecordSignal(Inputs.Signal() with { Facts = longest }, People.Owner, Clock.Now).Facts);
        var error = Assert.Throws<DomainException>(() => _dossier.RecordSignal(Inputs.Signal() with { Facts = longest + "a" }, People.Owner, Clock.Now));
        Assert.Equal("De feiten mag hoogstens 10000 tekens lang zijn.", error.Message);
        Assert.Single(_dossier.Signals);
    }

    [Fact]
    public void The_childs_words_and_the_interpretation_are_limited_in_length_too()
    {
        var tooLong = new string('a', Texts.LongMax + 1);

        Assert.Throws<DomainException>(() => _dossier.RecordSignal(Inputs.Signal() with { ChildsOwnWords = tooLong }, People.Owner, Clock.Now));
        Assert.Throws<DomainException>(() => _dossier.RecordSignal(Inputs.Signal() with { Interpretation = tooLong }, People.Owner, Clock.Now));
        Assert.Throws<DomainException>(() => _dossier.RecordSignal(Inputs.Signal() with { ObservedBy = new string('a', Texts.ShortMax + 1) }, People.Owner, Clock.Now));
        Assert.Empty(_dossier.Signals);
    }

    [Fact]
    public void Markup_is_stored_exactly_as_typed()
    {
        const string Facts = "Daan schreef op zijn schrift: <script>alert('papa slaat')</script> & \"niet vertellen\".";

        var signal = _dossier.RecordSignal(Inputs.Signal() with { Facts = Facts }, People.Owner, Clock.Now);

        Assert.Equal(Facts, signal.Facts);
        Assert.Contains($"Feiten: {Facts}", _dossier.Chronology[^1].Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Quality_hints_never_stop_a_signal_from_being_recorded()
    {
        var signal = _dossier.RecordSignal(Inputs.Signal() with { Facts = "JD lijkt boos." }, People.Owner, Clock.Now);

        Assert.Same(signal, Assert.Single(_dossier.Signals));
        Assert.Equal(
            [SignalHintKind.OpinionWordInFacts, SignalHintKind.InitialsOnly, SignalHintKind.VeryShort],
            signal.Hints.Select(h => h.Kind));
    }

    [Fact]
    public void A_well_written_signal_has_no_hints()
    {
        var signal = _dossier.RecordSignal(Inputs.Signal(), People.Owner, Clock.Now);

        Assert.Empty(signal.Hints);
    }

    [Fact]
    public void A_contra_indication_is_recorded_as_a_signal_that_argues_against_the_suspicion()
    {
        var signal = _dossier.RecordSignal(Inputs.Signal(SignalCategory.ContraIndication), People.Owner, Clock.Now);

        Assert.True(signal.IsContraIndication);
        Assert.DoesNotContain(WeighingBlocker.NoSignal, _dossier.WeighingBlockers);
    }
}
