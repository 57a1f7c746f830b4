using Meldcode.Domain.Common;
using Meldcode.Domain.Dossiers;
using Meldcode.Domain.Organisations;

namespace Meldcode.Domain.Tests.Dossiers;

public sealed class KindcheckTests
{
    [Theory]
    [InlineData(Sector.YouthCare)]
    [InlineData(Sector.HealthCare)]
    [InlineData(Sector.SocialSupport)]
    public void Organisations_with_adult_clients_do_the_kindcheck(Sector sector)
    {
        var dossier = DossierBuilder.Open(sector).Build();

        var check = dossier.RecordKindcheck(true, 2, "4 en 7 jaar", "de cliënt en haar partner", People.Owner, Clock.Now);

        Assert.Same(check, Assert.Single(dossier.Kindchecks));
        Assert.True(check.ChildrenPresent);
        Assert.Equal(2, check.NumberOfChildren);
        Assert.Equal("4 en 7 jaar", check.Ages);
        Assert.Equal("de cliënt en haar partner", check.WhoCares);
        Assert.Equal(People.Owner.UserId, check.RecordedBy);
        Assert.Equal(
            "Kindcheck positief: 2 kind(eren) wonen bij of verblijven regelmatig bij de cliënt (leeftijden: 4 en 7 jaar); zorg: de cliënt en haar partner. De stappen van de meldcode gaan verder.",
            dossier.Chronology[^1].Summary);
    }

    [Theory]
    [InlineData(Sector.Education)]
    [InlineData(Sector.Childcare)]
    public void Schools_and_childcare_do_not_do_the_kindcheck(Sector sector)
    {
        var dossier = DossierBuilder.Open(sector).Build();

        var error = Assert.Throws<DomainException>(() => dossier.RecordKindcheck(false, null, null, null, People.Owner, Clock.Now));

        Assert.Equal("De kindcheck hoort bij jeugdhulp, zorg en maatschappelijke ondersteuning.", error.Message);
        Assert.Empty(dossier.Kindchecks);
        Assert.Single(dossier.Chronology);
    }

    [Fact]
    public void A_negative_check_keeps_no_details_and_suggests_closing_when_there_are_no_signals()
    {
        var dossier = DossierBuilder.Open(Sector.YouthCare).Build();

        var check = dossier.RecordKindcheck(false, 3, "2 jaar", "opa", People.Owner, Clock.Now);

        Assert.False(check.ChildrenPresent);
        Assert.Null(check.NumberOfChildren);
        Assert.Null(check.Ages);
        Assert.Null(check.WhoCares);
        Assert.Equal("Kindcheck negatief: er wonen of verblijven geen kinderen bij de cliënt.", dossier.Chronology[^1].Summary);
        Assert.Equal(new NextAction(NextActionKind.CloseDossier), dossier.NextActionOn(Clock.Today));
        Assert.Equal(StepState.InProgress, dossier.StateOf(MeldcodeStep.Signals, Clock.Today));
    }

    [Fact]
    public void A_positive_check_without_signals_asks_for_signals()
    {
        var dossier = DossierBuilder.Open(Sector.YouthCare).Build();

        dossier.RecordKindcheck(true, 1, "3 jaar", "moeder", People.Owner, Clock.Now);

        Assert.Equal(NextActionKind.RecordSignal, dossier.NextActionOn(Clock.Today).Kind);
        Assert.Equal(StepState.InProgress, dossier.StateOf(MeldcodeStep.Signals, Clock.Today));
    }

    [Fact]
    public void Signals_after_a_negative_check_continue_the_steps()
    {
        var dossier = DossierBuilder.Open(Sector.YouthCare).Build();
        dossier.RecordKindcheck(false, null, null, null, People.Owner, Clock.Now);

        dossier.RecordSignal(Inputs.Signal(SignalCategory.ConcernAboutParent), People.Owner, Clock.Now);

        Assert.Equal(NextActionKind.Consult, dossier.NextActionOn(Clock.Today).Kind);
    }

    [Fact]
    public void The_latest_check_counts()
    {
        var dossier = DossierBuilder.Open(Sector.YouthCare).Build();
        dossier.RecordKindcheck(false, null, null, null, People.Owner, Clock.Now);

        dossier.RecordKindcheck(true, 1, "5 jaar", "vader", People.Owner, Clock.DaysLater(7));

        Assert.Equal(2, dossier.Kindchecks.Count);
        Assert.Equal(NextActionKind.RecordSignal, dossier.NextActionOn(Clock.Today.AddDays(7)).Kind);
    }

    [Fact]
    public void A_negative_check_can_close_the_dossier()
    {
        var dossier = DossierBuilder.Open(Sector.HealthCare).Build();
        dossier.RecordKindcheck(false, null, null, null, People.Owner, Clock.Now);

        dossier.Close("Kindcheck negatief.", People.Owner, Clock.Now);

        Assert.True(dossier.IsClosed);
        Assert.Equal("Kindcheck negatief.", dossier.CloseReason);
    }
}
