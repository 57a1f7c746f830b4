using Meldcode.Application.Tests.Dossiers.Support;
using Meldcode.Application.Tests.Support;
using Meldcode.Domain.Common;
using Meldcode.Domain.Dossiers;

namespace Meldcode.Application.Tests.Dossiers.Decide;

/// <summary>Step 5: the professional's decision, measured against what the afwegingskader recommends.</summary>
public sealed class DecideTests : SchoolTest
{
    [Fact]
    public async Task A_decision_that_deviates_from_the_recommendation_needs_a_justification_and_is_marked()
    {
        var id = await Dossiers.OpenAsync();
        await Dossiers.MakeReadyToWeighAsync(id);
        await Dossiers.WeighTowardsAsync(id, Outcome.Report);
        var before = await Dossiers.StateAsync(id);

        await Assert.ThrowsAsync<DomainException>(() => Dossiers.SendAsync(School.Owner, ValidCommands.Decide(before, Outcome.HelpAndMonitor)));
        await Dossiers.SendAsync(School.Owner, ValidCommands.Decide(before, Outcome.HelpAndMonitor) with
        {
            DeviationJustification = "Moeder werkt goed mee en de hulp start morgen al.",
        });

        var decision = (await Dossiers.StateAsync(id)).Dossier.Decision!;
        Assert.True(decision.IsDeviation);
        Assert.Equal(Outcome.Report, decision.Recommended);
    }
}
