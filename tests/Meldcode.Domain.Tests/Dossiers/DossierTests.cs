using Meldcode.Domain.Common;
using Meldcode.Domain.Dossiers;
using Meldcode.Domain.Organisations;

namespace Meldcode.Domain.Tests.Dossiers;

public sealed class DossierTests
{
    [Fact]
    public void Opening_a_dossier_records_the_child_the_owner_the_sector_and_the_number()
    {
        var organisationId = Guid.NewGuid();
        var teamId = Guid.NewGuid();
        var child = new Child(" Daan ", " Jansen ", new DateOnly(2018, 3, 12), " groep 5 ");

        var dossier = Dossier.Open(organisationId, Sector.Childcare, teamId, new DossierNumber(2026, 42), child, People.Owner, Clock.Now);

        Assert.NotEqual(Guid.Empty, dossier.Id);
        Assert.Equal(organisationId, dossier.OrganisationId);
        Assert.Equal(teamId, dossier.TeamId);
        Assert.Equal(Sector.Childcare, dossier.Sector);
        Assert.Equal("2026-0042", dossier.Number);
        Assert.Equal(2026, dossier.NumberYear);
        Assert.Equal(42, dossier.NumberSequence);
        Assert.Equal(People.Owner.UserId, dossier.OwnerId);
        Assert.Equal("Daan Jansen", dossier.Child!.FullName);
        Assert.Equal("groep 5", dossier.Child!.Group);
        Assert.Equal(DossierStatus.Open, dossier.Status);
        Assert.Equal(Clock.Now, dossier.OpenedAt);
        Assert.False(dossier.IsClosed);
        Assert.False(dossier.IsAcute);
        Assert.True(dossier.IsOwnerOrCollaborator(People.Owner.UserId));
        Assert.False(dossier.IsOwnerOrCollaborator(People.Colleague.UserId));
    }

    [Fact]
    public void Two_dossiers_get_different_identifiers()
    {
        Assert.NotEqual(DossierBuilder.Open().Build().Id, DossierBuilder.Open().Build().Id);
    }

    [Fact]
    public void Carers_and_siblings_are_added_to_the_dossier()
    {
        var dossier = DossierBuilder.Open().Build();

        var carer = dossier.AddCarer("Petra Jansen", "moeder", true, People.Owner, Clock.Now);
        var sibling = dossier.AddSibling("Sem Jansen", new DateOnly(2020, 5, 1), People.Owner, Clock.Now);

        Assert.Same(carer, Assert.Single(dossier.Carers));
        Assert.Same(sibling, Assert.Single(dossier.Siblings));
        Assert.True(carer.HasParentalAuthority);
        Assert.Equal("Broer of zus toegevoegd: Sem Jansen (geboren 01-05-2020).", dossier.Chronology[^1].Summary);
        Assert.Equal("Ouder/verzorger toegevoegd: Petra Jansen (moeder, heeft gezag).", dossier.Chronology[^2].Summary);
    }

    [Fact]
    public void A_collaborator_works_on_the_dossier_until_removed()
    {
        var dossier = DossierBuilder.Open().Build();

        dossier.AddCollaborator(People.Colleague.UserId, People.Colleague.Name, People.Owner, Clock.Now);
        Assert.True(dossier.IsOwnerOrCollaborator(People.Colleague.UserId));
        Assert.Equal(Clock.Now, Assert.Single(dossier.Collaborators).AddedAt);

        dossier.RemoveCollaborator(People.Colleague.UserId, People.Owner, Clock.Now);
        Assert.False(dossier.IsOwnerOrCollaborator(People.Colleague.UserId));
        Assert.Empty(dossier.Collaborators);
    }

    [Fact]
    public void The_owner_or_a_collaborator_cannot_be_added_twice()
    {
        var dossier = DossierBuilder.Open().WithCollaborator(People.Colleague).Build();

        Assert.Equal("Deze collega werkt al aan dit dossier.", Assert.Throws<DomainException>(() => dossier.AddCollaborator(People.Owner.UserId, People.Owner.Name, People.Owner, Clock.Now)).Message);
        Assert.Throws<DomainException>(() => dossier.AddCollaborator(People.Colleague.UserId, People.Colleague.Name, People.Owner, Clock.Now));
        Assert.Single(dossier.Collaborators);
    }

    [Fact]
    public void Removing_someone_who_does_not_collaborate_is_refused()
    {
        var dossier = DossierBuilder.Open().Build();

        var error = Assert.Throws<DomainException>(() => dossier.RemoveCollaborator(People.Colleague.UserId, People.Owner, Clock.Now));

        Assert.Equal("Deze collega werkt niet mee aan dit dossier.", error.Message);
    }

    [Fact]
    public void A_comment_is_added_to_the_chronology()
    {
        var dossier = DossierBuilder.Open().Build();

        dossier.AddComment("  Moeder belde om te vragen hoe het ging.  ", People.Owner, Clock.Now);

        Assert.Equal("Opmerking: Moeder belde om te vragen hoe het ging.", dossier.Chronology[^1].Summary);
    }

    [Fact]
    public void Closing_keeps_the_reason()
    {
        var dossier = DossierBuilder.Open().Build();

        dossier.Close("  Geen zorgen na het gesprek.  ", People.Owner, Clock.DaysLater(1));

        Assert.Equal("Geen zorgen na het gesprek.", dossier.CloseReason);
        Assert.Equal(Clock.DaysLater(1), dossier.ClosedAt);
        Assert.Equal(DossierStatus.Closed, dossier.Status);
        Assert.Equal("Dossier gesloten. Reden: Geen zorgen na het gesprek.", dossier.Chronology[^1].Summary);
    }

    [Fact]
    public void A_conversation_records_who_took_part_what_was_said_and_the_reaction()
    {
        var dossier = DossierBuilder.Open().Build();

        dossier.RecordConversation(Inputs.Conversation() with { WithChild = true, OtherParticipants = "tolk" }, People.Owner, Clock.Now);

        Assert.Equal(
            string.Join(
                Environment.NewLine,
                "Gesprek gevoerd op 18-11-2026 met ouder(s), kind, collega, tolk.",
                "Benoemde zorgen: De blauwe plek op de wang en dat Daan stil is.",
                "Reactie: Moeder schrok en zei dat Daan van de trap is gevallen.",
                "Afspraken: We spreken elkaar volgende week opnieuw."),
            dossier.Chronology[^1].Summary);
    }

}
