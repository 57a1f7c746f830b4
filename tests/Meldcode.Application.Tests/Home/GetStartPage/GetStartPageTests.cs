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
        Assert.Equal(Sector.Childcare, start.Sector);
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
}
