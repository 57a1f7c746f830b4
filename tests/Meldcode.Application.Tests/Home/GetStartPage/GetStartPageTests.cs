using Meldcode.Application.Common.Exceptions;
using Meldcode.Application.Common.Users;
using Meldcode.Application.Home.GetStartPage;
using Meldcode.Domain.Organisations;
using NSubstitute;

namespace Meldcode.Application.Tests.Home.GetStartPage;

public sealed class GetStartPageTests : DemoDataTest
{
    [Fact]
    public async Task The_start_page_shows_the_users_name_organisation_and_roles_with_their_teams()
    {
        Host.SignInAs(Data.Professional.Id, Role.Professional, Role.Trainer);

        var start = await Host.SendAsync(new GetStartPageQuery());

        Assert.Equal("Sanne de Vries", start.DisplayName);
        Assert.Equal("Kinderopvang Zonnebloem", start.OrganisationName);
        Assert.Equal([Sector.Childcare], start.Sectors);
        Assert.Equal([new RoleAssignmentDto(Role.Professional, "Locatie Noord"), new RoleAssignmentDto(Role.Trainer, null)], start.Roles);
    }

    [Fact]
    public async Task An_anonymous_request_for_the_start_page_is_refused()
    {
        Host.CurrentUser.UserId.Returns((Guid?)null);

        await Assert.ThrowsAsync<ForbiddenAccessException>(() => Host.SendAsync(new GetStartPageQuery()));
    }

    [Fact]
    public async Task A_session_of_a_user_that_no_longer_exists_gets_not_found()
    {
        Host.SignInAs(Guid.NewGuid(), Role.Professional);

        await Assert.ThrowsAsync<NotFoundException>(() => Host.SendAsync(new GetStartPageQuery()));
    }

    [Theory]
    [InlineData(Role.Professional)]
    [InlineData(Role.Trainer)]
    [InlineData(Role.FunctionalAdministrator)]
    [InlineData(Role.Board)]
    public async Task During_the_week_every_start_page_shows_the_campaign(Role role)
    {
        Host.SignInAs(Data.Professional.Id, role);
        Clock.SetUtcNow(new DateTimeOffset(2027, 11, 17, 23, 30, 0, TimeSpan.Zero)); // 00:30 on 18 November in Amsterdam

        var start = await Host.SendAsync(new GetStartPageQuery());

        Assert.Equal(new CampaignNotice("… dichterbij dan je denkt", "18 november t/m 24 november"), start.Campaign);
    }

    [Theory]
    [InlineData(2027, 11, 17, 22, 30)] // 23:30 on 17 November in Amsterdam
    [InlineData(2027, 11, 24, 23, 0)] // 00:00 on 25 November in Amsterdam
    [InlineData(2028, 3, 1, 12, 0)]
    public async Task Outside_the_week_the_start_page_shows_no_campaign(int year, int month, int day, int hour, int minute)
    {
        Host.SignInAs(Data.Professional.Id, Role.Professional);
        Clock.SetUtcNow(new DateTimeOffset(year, month, day, hour, minute, 0, TimeSpan.Zero));

        var start = await Host.SendAsync(new GetStartPageQuery());

        Assert.Null(start.Campaign);
    }
}
