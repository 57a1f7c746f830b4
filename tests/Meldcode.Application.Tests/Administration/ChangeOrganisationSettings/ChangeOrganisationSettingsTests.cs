using FluentValidation;
using Meldcode.Application.Administration.ChangeOrganisationSettings;
using Meldcode.Application.Administration.GetOrganisationSettings;
using Meldcode.Application.Common.Exceptions;
using Meldcode.Application.Tests.Administration.Support;
using Meldcode.Domain.Organisations;

namespace Meldcode.Application.Tests.Administration.ChangeOrganisationSettings;

public sealed class ChangeOrganisationSettingsTests : AdministrationTest
{
    [Fact]
    public async Task A_new_organisation_has_its_sectors_default_retention_term_so_the_first_save_of_the_page_as_shown_succeeds()
    {
        var shown = await AsAdministrator(new GetOrganisationSettingsQuery());
        Assert.Equal(5, shown.RetentionYears);

        await AsAdministrator(new ChangeOrganisationSettingsCommand(shown.Version, shown.Name, shown.Sector, "Veilig Thuis Utrecht", shown.RetentionYears, 5));

        var after = await AsAdministrator(new GetOrganisationSettingsQuery());
        Assert.Equal(("Utrecht", 5), (after.VeiligThuisRegion, after.RetentionYears));
    }

    [Fact]
    public async Task The_organisation_settings_are_changed_together_and_the_log_names_only_what_changed()
    {
        var before = await AsAdministrator(new GetOrganisationSettingsQuery());
        Assert.Equal(5, before.RetentionYears);

        await AsAdministrator(new ChangeOrganisationSettingsCommand(before.Version, "Basisschool De Regenboog", Sector.Childcare, " Veilig Thuis Utrecht ", 20, 5));

        var after = await AsAdministrator(new GetOrganisationSettingsQuery());
        Assert.Equal(("Basisschool De Regenboog", Sector.Childcare, "Utrecht", 20, before.Version + 1), (after.Name, after.Sector, after.VeiligThuisRegion, after.RetentionYears, after.Version));
        Assert.Equal(
            "Organisatie-instellingen gewijzigd: sector Kinderopvang (was: Onderwijs); regio Veilig Thuis 'Utrecht' (was: niet ingesteld); bewaartermijn 20 jaar (was: 5 jaar).",
            Assert.Single(await LogAsync()).Description);

        // The region is kept by its own name: "Veilig Thuis Utrecht" typed again is no change.
        await AsAdministrator(new ChangeOrganisationSettingsCommand(after.Version, "Basisschool De Regenboog", Sector.Childcare, "Veilig Thuis Utrecht", 20, 5));
        Assert.Single(await LogAsync());
    }

    [Fact]
    public async Task Wrong_organisation_settings_are_refused_in_Dutch_and_nothing_is_half_saved()
    {
        var refused = await Assert.ThrowsAsync<ValidationException>(() =>
            AsAdministrator(new ChangeOrganisationSettingsCommand(0, " ", null, new string('x', 201), 0, 5)));
        var stale = await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            AsAdministrator(new ChangeOrganisationSettingsCommand(7, "Nieuwe naam", Sector.Education, null, 20, 5)));

        Assert.Equal(
            [
                "Vul de naam van de organisatie in.",
                "Kies de sector van de organisatie.",
                "De Veilig Thuis-regio mag hoogstens 200 tekens lang zijn. Nu zijn het er 201.",
                "De bewaartermijn moet tussen 1 en 100 jaar liggen.",
            ],
            refused.Errors.Select(e => e.ErrorMessage));
        Assert.NotNull(stale);
        var settings = await AsAdministrator(new GetOrganisationSettingsQuery());
        Assert.Equal(("Basisschool De Regenboog", 0), (settings.Name, settings.Version));
        Assert.Empty(await LogAsync());
    }

    [Theory]
    [InlineData(null, "Vul de bewaartermijn in, in jaren.")]
    [InlineData(101, "De bewaartermijn moet tussen 1 en 100 jaar liggen.")]
    public async Task The_retention_term_is_given_in_years_from_1_to_100(int? years, string message)
    {
        var refused = await Assert.ThrowsAsync<ValidationException>(() =>
            AsAdministrator(new ChangeOrganisationSettingsCommand(0, "Basisschool De Regenboog", Sector.Education, null, years, 5)));

        Assert.Equal(message, Assert.Single(refused.Errors).ErrorMessage);
    }

    [Fact]
    public async Task A_name_over_200_characters_is_refused_in_Dutch()
    {
        var refused = await Assert.ThrowsAsync<ValidationException>(() =>
            AsAdministrator(new ChangeOrganisationSettingsCommand(0, new string('a', 201), Sector.Education, null, 20, 5)));

        Assert.Equal("De naam van de organisatie mag hoogstens 200 tekens lang zijn. Nu zijn het er 201.", Assert.Single(refused.Errors).ErrorMessage);
    }
}
