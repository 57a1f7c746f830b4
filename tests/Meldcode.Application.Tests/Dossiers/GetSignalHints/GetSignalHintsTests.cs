using FluentValidation;
using Meldcode.Application.Dossiers.GetSignalHints;

namespace Meldcode.Application.Tests.Dossiers.GetSignalHints;

/// <summary>Live feedback while a signal is written: gentle hints, never a refusal.</summary>
public sealed class GetSignalHintsTests : SchoolTest
{
    [Fact]
    public async Task Opinion_words_initials_a_missing_date_and_a_short_text_each_give_a_hint()
    {
        var hints = await Host.SendAsAsync(School.Owner, new GetSignalHintsQuery("Ik denk dat J.D. haar slaat.", null));

        Assert.Equal(
            [SignalHintKind.OpinionWordInFacts, SignalHintKind.InitialsOnly, SignalHintKind.NoDate, SignalHintKind.VeryShort],
            hints.Select(h => h.Kind));
        Assert.Contains("'ik denk'", hints[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Facts_written_as_facts_with_a_date_give_no_hints()
    {
        var hints = await Host.SendAsAsync(School.Owner, new GetSignalHintsQuery("Blauwe plek van drie centimeter op de linker bovenarm, gezien bij het uittrekken van de jas.", Clock.Today));

        Assert.Empty(hints);
    }

    [Fact]
    public async Task Facts_over_ten_thousand_characters_are_refused_in_Dutch()
    {
        var refused = await Assert.ThrowsAsync<ValidationException>(() => Host.SendAsAsync(School.Owner, new GetSignalHintsQuery(new string('a', 10_001), Clock.Today)));

        Assert.Equal("De feiten mogen hoogstens 10.000 tekens lang zijn. Nu zijn het er 10.001.", Assert.Single(refused.Errors).ErrorMessage);
    }
}
