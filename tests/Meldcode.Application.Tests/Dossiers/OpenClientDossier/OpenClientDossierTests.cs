using FluentValidation;
using Meldcode.Application.Administration.ChangeTeamSector;
using Meldcode.Application.Common.Exceptions;
using Meldcode.Application.Dossiers.GetMyDossiers;
using Meldcode.Application.Dossiers.OpenClientDossier;
using Meldcode.Domain.Organisations;
using Microsoft.EntityFrameworkCore;

namespace Meldcode.Application.Tests.Dossiers.OpenClientDossier;

/// <summary>A dossier about an adult client starts with the kindcheck, in a team whose sector does kindchecks.</summary>
public sealed class OpenClientDossierTests : SchoolTest
{
    private static OpenClientDossierCommand Petra(Guid teamId) =>
        new(teamId, " Petra ", " de Groot ", new DateOnly(1990, 3, 4), true, 2, "4 en 7 jaar", "Petra zelf en oma");

    [Fact]
    public async Task A_dossier_about_an_adult_client_records_the_client_and_starts_with_the_kindcheck()
    {
        var id = await Dossiers.SendAsync(School.Outsider, Petra(School.OtherTeam.Id));

        var dossier = (await Dossiers.StateAsync(id)).Dossier;
        Assert.Equal(DossierSubject.Client, dossier.Subject);
        Assert.Null(dossier.Child);
        Assert.Equal(("Petra de Groot", new DateOnly(1990, 3, 4)), (dossier.Client!.FullName, dossier.Client.DateOfBirth));
        Assert.Equal(Sector.YouthCare, dossier.Sector);
        var check = Assert.Single(dossier.Kindchecks);
        Assert.Equal((true, (int?)2, "4 en 7 jaar", "Petra zelf en oma"), (check.ChildrenPresent, check.NumberOfChildren, check.Ages, check.WhoCares));
        Assert.Equal([ChronologyEntryKind.Opened, ChronologyEntryKind.KindcheckRecorded], dossier.Chronology.Select(e => e.Kind));
        Assert.Equal($"Dossier {dossier.Number} geopend over cliënt Petra de Groot (geboren 04-03-1990). Het dossier begint met de kindcheck.", dossier.Chronology[0].Summary);
        Assert.Equal(NextActionKind.RecordSignal, dossier.PendingAction);
    }

    [Fact]
    public async Task A_school_board_with_a_social_work_team_opens_client_dossiers_there_while_its_schools_stay_in_education()
    {
        await Dossiers.SendAsync(School[Who.Administrator], new ChangeTeamSectorCommand(School.TeamA.Id, 0, Sector.SocialSupport));

        var client = await Dossiers.SendAsync(School.Owner, Petra(School.TeamA.Id));
        var child = await Dossiers.OpenAsync(School.LeadB, School.TeamB);

        Assert.Equal(Sector.SocialSupport, (await Dossiers.StateAsync(client)).Dossier.Sector);
        Assert.Equal(Sector.Education, (await Dossiers.StateAsync(child)).Dossier.Sector);
        Assert.Equal(Sector.Education, School.Organisation.Sector);
    }

    [Fact]
    public async Task In_an_education_team_a_dossier_is_about_a_child_and_nothing_is_saved()
    {
        var refused = await Assert.ThrowsAsync<DomainException>(() => Dossiers.SendAsync(School.Owner, Petra(School.TeamA.Id)));

        Assert.Equal(
            "Een dossier over een volwassen cliënt begint met de kindcheck. Die hoort bij jeugdhulp, zorg en maatschappelijke ondersteuning; dit team werkt in de sector onderwijs. Open hier een dossier over een kind.",
            refused.Message);
        Assert.Equal(0, await Host.WithContextAsync(c => c.Dossiers.CountAsync()));
    }

    [Fact]
    public async Task Wrong_input_is_refused_with_a_Dutch_message_for_each_field()
    {
        var young = await Assert.ThrowsAsync<ValidationException>(() => Dossiers.SendAsync(School.Outsider,
            Petra(School.OtherTeam.Id) with { FirstName = " ", LastName = null, DateOfBirth = Clock.Today.AddYears(-17), ChildrenPresent = true, NumberOfChildren = null, Ages = null, WhoCares = " " }));
        var unanswered = await Assert.ThrowsAsync<ValidationException>(() => Dossiers.SendAsync(School.Outsider,
            Petra(School.OtherTeam.Id) with { DateOfBirth = null, ChildrenPresent = null }));
        var old = await Assert.ThrowsAsync<ValidationException>(() => Dossiers.SendAsync(School.Outsider,
            Petra(School.OtherTeam.Id) with { DateOfBirth = Clock.Today.AddYears(-121) }));

        Assert.Equal(
            [
                "Vul de voornaam van de cliënt in.",
                "Vul de achternaam van de cliënt in.",
                "De cliënt is volgens deze geboortedatum jonger dan 18 jaar. Gaat je zorg over een kind? Open dan een dossier over het kind.",
                "Vul in om hoeveel kinderen het gaat.",
                "Vul de leeftijden in.",
                "Vul de verzorgers van de kinderen in.",
            ],
            young.Errors.Select(e => e.ErrorMessage));
        Assert.Equal(["Vul de geboortedatum van de cliënt in.", "Geef aan of er kinderen bij de cliënt wonen of regelmatig verblijven."], unanswered.Errors.Select(e => e.ErrorMessage));
        Assert.Equal(["Controleer de geboortedatum: de cliënt zou ouder zijn dan 120 jaar."], old.Errors.Select(e => e.ErrorMessage));
        Assert.Equal(0, await Host.WithContextAsync(c => c.Dossiers.CountAsync()));
    }

    [Fact]
    public async Task A_negative_kindcheck_needs_no_details_and_the_dossier_can_be_closed_next()
    {
        var id = await Dossiers.SendAsync(School.Outsider, Petra(School.OtherTeam.Id) with { ChildrenPresent = false, NumberOfChildren = null, Ages = null, WhoCares = null });

        var dossier = (await Dossiers.StateAsync(id)).Dossier;
        Assert.False(Assert.Single(dossier.Kindchecks).ChildrenPresent);
        Assert.Equal(NextActionKind.CloseDossier, dossier.PendingAction);
    }

    [Fact]
    public async Task My_dossiers_names_the_client_of_an_adult_client_dossier_and_finds_it_by_the_clients_name()
    {
        var id = await Dossiers.SendAsync(School.Outsider, Petra(School.OtherTeam.Id));
        var childDossier = await Dossiers.OpenAsync(School.Outsider, School.OtherTeam, firstName: "Sem");

        var list = (await Dossiers.SendAsync(School.Outsider, new GetMyDossiersQuery())).Items;
        var found = (await Dossiers.SendAsync(School.Outsider, new GetMyDossiersQuery(Search: "DE GROOT"))).Items;

        var client = list.Single(d => d.Id == id);
        Assert.Equal((DossierSubject.Client, "Petra de Groot"), (client.Subject, client.ChildName));
        Assert.Equal(DossierSubject.Child, list.Single(d => d.Id == childDossier).Subject);
        Assert.Equal([id], found.Select(d => d.Id));
    }

    [Fact]
    public async Task Only_a_professional_or_lead_of_the_team_may_open_a_client_dossier_there()
    {
        await Assert.ThrowsAsync<ForbiddenAccessException>(() => Dossiers.SendAsync(School.Owner, Petra(School.OtherTeam.Id)));
        await Assert.ThrowsAsync<ForbiddenAccessException>(() => Dossiers.SendAsync(School[Who.Administrator], Petra(School.OtherTeam.Id)));

        Assert.Equal(0, await Host.WithContextAsync(c => c.Dossiers.CountAsync()));
    }
}
