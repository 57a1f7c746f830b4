using Meldcode.Domain.Common;
using Meldcode.Domain.Organisations;

namespace Meldcode.Domain.Tests.Organisations;

public sealed class CampaignWeekTests
{
    [Fact]
    public void A_new_organisation_holds_the_campaigns_own_week()
    {
        var week = Organisation.Create("De Regenboog", Sector.Education).CampaignWeek;

        Assert.Equal((18, 11, 24, 11, "… dichterbij dan je denkt"), (week.StartDay, week.StartMonth, week.EndDay, week.EndMonth, week.Theme));
        Assert.Equal("18 november t/m 24 november", week.DatesInDutch());
    }

    [Theory]
    [InlineData("2026-11-17", false)]
    [InlineData("2026-11-18", true)]
    [InlineData("2026-11-21", true)]
    [InlineData("2026-11-24", true)]
    [InlineData("2026-11-25", false)]
    [InlineData("2031-11-20", true)]
    public void The_week_comes_back_every_year_on_the_same_days(string day, bool included)
    {
        Assert.Equal(included, CampaignWeek.Default.Includes(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("2026-12-28", true)]
    [InlineData("2027-01-03", true)]
    [InlineData("2027-01-04", false)]
    [InlineData("2026-12-27", false)]
    public void A_week_may_run_into_the_new_year(string day, bool included)
    {
        var week = new CampaignWeek(28, 12, 3, 1, "Oud en nieuw");

        Assert.Equal(included, week.Includes(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData(31, 11, 5, 12)]
    [InlineData(29, 2, 5, 3)]
    [InlineData(0, 11, 5, 11)]
    [InlineData(18, 13, 24, 11)]
    public void A_day_that_does_not_exist_every_year_is_refused(int startDay, int startMonth, int endDay, int endMonth)
    {
        Assert.Throws<DomainException>(() => new CampaignWeek(startDay, startMonth, endDay, endMonth, "Thema"));
    }

    [Theory]
    [InlineData(1, 11, 15, 11, true)]
    [InlineData(1, 11, 16, 11, false)]
    [InlineData(24, 11, 18, 11, false)]
    public void The_last_day_lies_at_most_14_days_after_the_first(int startDay, int startMonth, int endDay, int endMonth, bool allowed)
    {
        var make = () => new CampaignWeek(startDay, startMonth, endDay, endMonth, "Thema");

        if (allowed)
        {
            Assert.Equal(14, make().In(2026).End.DayNumber - make().In(2026).Start.DayNumber);
        }
        else
        {
            Assert.StartsWith("De Week tegen Kindermishandeling duurt hoogstens 15 dagen", Assert.Throws<DomainException>(make).Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_organisation_takes_a_new_week_and_a_theme_is_required()
    {
        var organisation = Organisation.Create("De Regenboog", Sector.Education);

        organisation.ChangeCampaignWeek(new CampaignWeek(16, 11, 22, 11, " Samen kijken "));

        Assert.Equal("Samen kijken", organisation.CampaignWeek.Theme);
        Assert.Throws<DomainException>(() => new CampaignWeek(16, 11, 22, 11, " "));
    }
}
