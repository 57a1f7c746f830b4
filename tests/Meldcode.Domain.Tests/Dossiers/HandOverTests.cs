using Meldcode.Domain.Common;
using Meldcode.Domain.Dossiers;

namespace Meldcode.Domain.Tests.Dossiers;

/// <summary>The aandachtsfunctionaris hands a dossier to another professional of the team (Dossier.HandOver).</summary>
public sealed class HandOverTests
{
    private const string Reason = "Sanne is uit dienst.";

    [Fact]
    public void Handing_over_makes_the_colleague_the_owner_and_the_previous_owner_no_longer_works_on_the_dossier()
    {
        var dossier = DossierBuilder.Open().Build();

        dossier.HandOver(People.Colleague, People.Owner.Name, Reason, People.Lead, Clock.Now);

        Assert.Equal(People.Colleague.UserId, dossier.OwnerId);
        Assert.True(dossier.IsOwnerOrCollaborator(People.Colleague.UserId));
        Assert.False(dossier.IsOwnerOrCollaborator(People.Owner.UserId));
    }

    [Fact]
    public void The_chronology_says_from_whom_to_whom_why_and_who_did_it()
    {
        var dossier = DossierBuilder.Open().Build();
        var later = Clock.Now.AddDays(3);

        dossier.HandOver(People.Colleague, People.Owner.Name, $"  {Reason}  ", People.Lead, later);

        var entry = dossier.Chronology[^1];
        Assert.Equal(ChronologyEntryKind.HandedOver, entry.Kind);
        Assert.Equal($"Dossier overgedragen van Sanne de Vries aan Mehmet Yılmaz.{Environment.NewLine}Reden: {Reason}", entry.Summary);
        Assert.Equal((People.Lead.UserId, People.Lead.Name, later), (entry.ActorId, entry.ActorName, entry.OccurredAt));
        Assert.Equal(later, dossier.LastActivityAt);
    }

    [Fact]
    public void Handing_over_tells_the_new_owner_through_an_event()
    {
        var dossier = DossierBuilder.Open().Build();
        dossier.TakeEvents();

        dossier.HandOver(People.Colleague, People.Owner.Name, Reason, People.Lead, Clock.Now);

        Assert.Equal(new HandedOverEvent(People.Owner.UserId, People.Colleague.UserId), Assert.Single(dossier.TakeEvents()));
    }

    [Fact]
    public void A_collaborator_who_becomes_the_owner_stops_being_a_collaborator_and_the_others_stay()
    {
        var other = new Actor(Guid.NewGuid(), "Bram de Boer");
        var dossier = DossierBuilder.Open().WithCollaborator(People.Colleague).WithCollaborator(other).Build();

        dossier.HandOver(People.Colleague, People.Owner.Name, Reason, People.Lead, Clock.Now);

        Assert.Equal(People.Colleague.UserId, dossier.OwnerId);
        Assert.Equal([other.UserId], dossier.Collaborators.Select(c => c.UserId));
    }

    [Fact]
    public void The_owner_cannot_be_handed_the_dossier_again_and_nothing_is_recorded()
    {
        var dossier = DossierBuilder.Open().Build();
        var entries = dossier.Chronology.Count;

        var refused = Assert.Throws<DomainException>(() => dossier.HandOver(People.Owner, People.Owner.Name, Reason, People.Lead, Clock.Now));

        Assert.Equal("Deze collega is al eigenaar van het dossier. Kies iemand anders.", refused.Message);
        Assert.Equal(People.Owner.UserId, dossier.OwnerId);
        Assert.Equal(entries, dossier.Chronology.Count);
    }

    [Fact]
    public void A_closed_dossier_is_not_handed_over()
    {
        var dossier = DossierBuilder.ReadyToWeigh().Build();
        dossier.Close("De zorgen bleken ongegrond.", People.Owner, Clock.Now);
        var entries = dossier.Chronology.Count;

        var refused = Assert.Throws<DomainException>(() => dossier.HandOver(People.Colleague, People.Owner.Name, Reason, People.Lead, Clock.Now));

        Assert.Equal("Dit dossier is gesloten. Je kunt alleen nog een correctie toevoegen.", refused.Message);
        Assert.Equal(People.Owner.UserId, dossier.OwnerId);
        Assert.Equal(entries, dossier.Chronology.Count);
    }
}
