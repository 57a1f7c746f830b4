using FluentValidation;
using Meldcode.Application.Administration.ChangeCampaignWeek;
using Meldcode.Application.Administration.GetOrganisationSettings;
using Meldcode.Application.Common.Exceptions;
using Meldcode.Application.Tests.Administration.Support;
using Meldcode.Domain.Organisations;

namespace Meldcode.Application.Tests.Administration.ChangeCampaignWeek;

public sealed class ChangeCampaignWeekTests : AdministrationTest
{
    [Fact]
    public async Task The_organisation_starts_with_the_campaigns_week_and_the_administrator_changes_it_with_a_log_line()
    {
        var before = await AsAdministrator(new GetOrganisationSettingsQuery());
        Assert.Equal(CampaignWeek.Default, before.CampaignWeek);

        await AsAdministrator(new ChangeCampaignWeekCommand(before.Version, 16, 11, 22, 11, " Samen kijken we beter "));

        var after = await AsAdministrator(new GetOrganisationSettingsQuery());
        Assert.Equal(new CampaignWeek(16, 11, 22, 11, "Samen kijken we beter"), after.CampaignWeek);
        Assert.Equal(before.Version + 1, after.Version);
        Assert.Equal(
            "Week tegen Kindermishandeling gewijzigd: 16 november t/m 22 november, thema 'Samen kijken we beter' (was: 18 november t/m 24 november, thema '… dichterbij dan je denkt').",
            Assert.Single(await LogAsync()).Description);
    }

    [Fact]
    public async Task Dates_that_do_not_exist_and_an_empty_theme_are_refused_in_Dutch_and_nothing_changes()
    {
        var refused = await Assert.ThrowsAsync<ValidationException>(() =>
            AsAdministrator(new ChangeCampaignWeekCommand(0, 31, 11, 29, 2, " ")));

        Assert.Equal(
            [
                ("WeekStartDay", "Vul een begindatum in die elk jaar bestaat, zoals 18 november (dag 18, maand 11)."),
                ("WeekEndDay", "Vul een einddatum in die elk jaar bestaat, zoals 24 november (dag 24, maand 11)."),
                ("WeekTheme", "Vul het thema van de week in."),
            ],
            refused.Errors.Select(e => (e.PropertyName, e.ErrorMessage)));
        Assert.Equal(CampaignWeek.Default, (await AsAdministrator(new GetOrganisationSettingsQuery())).CampaignWeek);
        Assert.Empty(await LogAsync());
    }

    [Theory]
    [InlineData(1, 11, 16, 11)]
    [InlineData(24, 11, 18, 11)]
    public async Task A_last_day_more_than_14_days_after_the_first_is_refused(int startDay, int startMonth, int endDay, int endMonth)
    {
        var refused = await Assert.ThrowsAsync<ValidationException>(() =>
            AsAdministrator(new ChangeCampaignWeekCommand(0, startDay, startMonth, endDay, endMonth, "Thema")));

        Assert.Equal("De laatste dag ligt hoogstens 14 dagen na de eerste dag.", Assert.Single(refused.Errors).ErrorMessage);
    }

    [Fact]
    public async Task A_change_on_an_outdated_version_is_refused_and_only_the_administrator_may_change_the_week()
    {
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => AsAdministrator(new ChangeCampaignWeekCommand(5, 16, 11, 22, 11, "Thema")));
        await Assert.ThrowsAsync<ForbiddenAccessException>(() => Host.SendAsAsync(School[Who.Trainer], new ChangeCampaignWeekCommand(0, 16, 11, 22, 11, "Thema")));

        Assert.Equal(CampaignWeek.Default, (await AsAdministrator(new GetOrganisationSettingsQuery())).CampaignWeek);
    }
}
