using Meldcode.Domain.Common;
using Meldcode.Domain.Dossiers;

namespace Meldcode.Domain.Tests.Dossiers;

public sealed class HandOverTests
{
    private static readonly Actor NewOwner = People.Colleague;

    [Fact]
    public void Handing_over_makes_the_colleague_owner_and_says_who_why_and_by_whom_in_the_chronology()
    {
        var dossier = DossierBuilder.Open().Build();

        dossier.HandOver(NewOwner, People.Owner.Name, "  Sanne is langdurig ziek.  ", People.Lead, Clock.DaysLater(1));

        Assert.Equal(NewOwner.UserId, dossier.OwnerId);
        var entry = dossier.Chronology[^1];
        Assert.Equal((ChronologyEntryKind.HandedOver, People.Lead.UserId), (entry.Kind, entry.ActorId));
        Assert.Equal($"Dossier overgedragen van Sanne de Vries aan Mehmet Yılmaz.{Environment.NewLine}Reden: Sanne is langdurig ziek.", entry.Summary);
        Assert.Contains(new HandedOverEvent(People.Owner.UserId, NewOwner.UserId), dossier.Events);
    }

    [Fact]
    public void A_collaborator_who_becomes_owner_is_no_longer_a_collaborator()
    {
        var dossier = DossierBuilder.Open().WithCollaborator(NewOwner).Build();

        dossier.HandOver(NewOwner, People.Owner.Name, "Mehmet neemt het over.", People.Lead, Clock.Now);

        Assert.Empty(dossier.Collaborators);
        Assert.False(dossier.IsOwnerOrCollaborator(People.Owner.UserId));
    }

    [Fact]
    public void A_dossier_is_not_handed_to_its_own_owner()
    {
        var dossier = DossierBuilder.Open().Build();

        var refused = Assert.Throws<DomainException>(() => dossier.HandOver(People.Owner, People.Owner.Name, "Voor de zekerheid.", People.Lead, Clock.Now));

        Assert.StartsWith("Deze collega is al eigenaar", refused.Message);
    }

    [Fact]
    public void A_closed_dossier_is_not_handed_over()
    {
        var dossier = DossierBuilder.DecidedTo(Outcome.Close).Build();

        Assert.Throws<DomainException>(() => dossier.HandOver(NewOwner, People.Owner.Name, "Opruimen.", People.Lead, Clock.Now));
        Assert.Equal(People.Owner.UserId, dossier.OwnerId);
    }
}
