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

    [Theory]
    [InlineData("Papa was heel boos.")]
    [InlineData("\"Papa was heel boos.\"")]
    [InlineData("“Papa was heel boos.”")]
    [InlineData("„Papa was heel boos.”")]
    [InlineData("'Papa was heel boos.'")]
    public void The_childs_own_words_are_kept_as_typed_and_shown_in_one_pair_of_quotation_marks(string typed)
    {
        var signal = _dossier.RecordSignal(Inputs.Signal() with { ChildsOwnWords = typed }, People.Owner, Clock.Now);

        Assert.Equal(typed, signal.ChildsOwnWords);
        Assert.Equal("“Papa was heel boos.”", signal.QuotedChildsOwnWords);
        Assert.Contains("Eigen woorden van het kind: “Papa was heel boos.”\n", _dossier.Chronology[^1].Summary + "\n", StringComparison.Ordinal);
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
