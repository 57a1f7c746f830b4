using FluentValidation;
using Meldcode.Application.Common.Exceptions;
using Meldcode.Application.Dossiers.OpenDossier;
using Microsoft.EntityFrameworkCore;

namespace Meldcode.Application.Tests.Dossiers.OpenDossier;

public sealed class OpenDossierTests : SchoolTest
{
    [Fact]
    public async Task Dossiers_are_numbered_per_organisation_from_0001_in_the_year_they_are_opened()
    {
        var first = await Dossiers.OpenAsync();
        var second = await Dossiers.OpenAsync(School.LeadA, firstName: "Sem");
        var elsewhere = await Dossiers.OpenAsync(School.Outsider, School.OtherTeam);

        Assert.Equal("2026-0001", (await Dossiers.StateAsync(first)).Dossier.Number);
        Assert.Equal("2026-0002", (await Dossiers.StateAsync(second)).Dossier.Number);
        Assert.Equal("2026-0001", (await Dossiers.StateAsync(elsewhere)).Dossier.Number);
    }

    [Fact]
    public async Task The_numbering_starts_again_when_the_year_turns_in_the_Netherlands_not_in_UTC()
    {
        await Dossiers.OpenAsync();
        Clock.SetUtcNow(new DateTimeOffset(2026, 12, 31, 23, 30, 0, TimeSpan.Zero)); // 00:30 on 1 January in Amsterdam

        var newYear = await Dossiers.OpenAsync();

        Assert.Equal("2027-0001", (await Dossiers.StateAsync(newYear)).Dossier.Number);
    }

    [Fact]
    public async Task A_new_dossier_records_the_child_the_owner_and_the_team_and_asks_for_a_first_signal()
    {
        var id = await Dossiers.OpenAsync();

        var view = await Dossiers.ViewAsync(School.Owner, id);

        Assert.Equal("Noor Bakker", view.Dossier.Child!.FullName);
        Assert.Equal(new DateOnly(2017, 4, 12), view.Dossier.Child!.DateOfBirth);
        Assert.Equal("groep 5", view.Dossier.Child!.Group);
        Assert.Equal(School.Owner.Id, view.Dossier.OwnerId);
        Assert.Equal("Anouk Jansen", view.OwnerName);
        Assert.Equal("Locatie Noord", view.TeamName);
        Assert.Equal("Basisschool De Regenboog", view.OrganisationName);
        Assert.Equal(DossierStatus.Open, view.Dossier.Status);
        Assert.Equal(MeldcodeStep.Signals, view.Dossier.CurrentStep);
        Assert.Equal(NextActionKind.RecordSignal, view.NextAction.Kind);
        var opened = Assert.Single(view.Dossier.Chronology);
        Assert.Equal(ChronologyEntryKind.Opened, opened.Kind);
        Assert.Equal("Anouk Jansen", opened.ActorName);
        Assert.Equal("Dossier 2026-0001 geopend over Noor Bakker (geboren 12-04-2017, groep 5).", opened.Summary);
    }

    [Fact]
    public async Task A_professional_cannot_open_a_dossier_in_a_team_they_do_not_belong_to()
    {
        await Assert.ThrowsAsync<ForbiddenAccessException>(() => Dossiers.OpenAsync(School.Owner, School.TeamB));
        await Assert.ThrowsAsync<ForbiddenAccessException>(() => Dossiers.OpenAsync(School.LeadB, School.TeamA));
        await Assert.ThrowsAsync<ForbiddenAccessException>(() => Dossiers.OpenAsync(School.Outsider, School.TeamA));

        Assert.Equal(0, await DossierCountAsync());
    }

    [Theory]
    [MemberData(nameof(School.WithoutATeamRole), MemberType = typeof(School))]
    public async Task Roles_that_hold_for_the_whole_organisation_cannot_open_dossiers(Who who)
    {
        await Assert.ThrowsAsync<ForbiddenAccessException>(() => Dossiers.OpenAsync(School[who], School.TeamA));

        Assert.Equal(0, await DossierCountAsync());
    }

    [Fact]
    public async Task A_session_that_claims_a_team_role_the_user_no_longer_holds_cannot_open_a_dossier()
    {
        Host.SignInAs(School.Board.Id, Role.Professional);

        await Assert.ThrowsAsync<ForbiddenAccessException>(() => Host.SendAsync(new OpenDossierCommand(School.TeamA.Id, "Noor", "Bakker", new DateOnly(2017, 4, 12), null)));
        Assert.Equal(0, await DossierCountAsync());
    }

    [Fact]
    public async Task Opening_without_team_names_or_date_of_birth_is_refused_with_Dutch_messages()
    {
        var refused = await Assert.ThrowsAsync<ValidationException>(() =>
            Dossiers.SendAsync(School.Owner, new OpenDossierCommand(null, " ", null, null, null)));

        Assert.Equal(
            ["Kies het team of de locatie.", "Vul de voornaam van het kind in.", "Vul de achternaam van het kind in.", "Vul de geboortedatum van het kind in."],
            refused.Errors.Select(e => e.ErrorMessage));
        Assert.Equal(0, await DossierCountAsync());
    }

    [Fact]
    public async Task A_child_born_in_the_future_is_refused()
    {
        var refused = await Assert.ThrowsAsync<ValidationException>(() =>
            Dossiers.SendAsync(School.Owner, new OpenDossierCommand(School.TeamA.Id, "Noor", "Bakker", Clock.Today.AddDays(1), null)));

        Assert.Equal("De geboortedatum van het kind kan niet in de toekomst liggen.", Assert.Single(refused.Errors).ErrorMessage);
        Assert.Equal(0, await DossierCountAsync());
    }

    [Fact]
    public async Task A_child_said_to_be_older_than_25_is_refused_as_a_likely_mistake()
    {
        var refused = await Assert.ThrowsAsync<ValidationException>(() =>
            Dossiers.SendAsync(School.Owner, new OpenDossierCommand(School.TeamA.Id, "Noor", "Bakker", Clock.Today.AddYears(-25).AddDays(-1), null)));

        Assert.Equal("Controleer de geboortedatum: het kind zou ouder zijn dan 25 jaar.", Assert.Single(refused.Errors).ErrorMessage);
        Assert.Equal(0, await DossierCountAsync());
    }

    [Theory]
    [InlineData(nameof(OpenDossierCommand.FirstName), "De voornaam van het kind mag hoogstens 200 tekens lang zijn. Nu zijn het er 201.")]
    [InlineData(nameof(OpenDossierCommand.LastName), "De achternaam van het kind mag hoogstens 200 tekens lang zijn. Nu zijn het er 201.")]
    [InlineData(nameof(OpenDossierCommand.Group), "De groep of klas mag hoogstens 200 tekens lang zijn. Nu zijn het er 201.")]
    public async Task Names_and_group_over_200_characters_are_refused_with_a_Dutch_message(string field, string message)
    {
        var command = new OpenDossierCommand(School.TeamA.Id, "Noor", "Bakker", new DateOnly(2017, 4, 12), "groep 5").With(field, new string('a', 201));

        var refused = await Assert.ThrowsAsync<ValidationException>(() => Dossiers.SendAsync(School.Owner, command));

        var error = Assert.Single(refused.Errors);
        Assert.Equal(field, error.PropertyName);
        Assert.Equal(message, error.ErrorMessage);
        Assert.Equal(0, await DossierCountAsync());
    }

    private Task<int> DossierCountAsync() => Host.WithContextAsync(context => context.Dossiers.CountAsync());
}
