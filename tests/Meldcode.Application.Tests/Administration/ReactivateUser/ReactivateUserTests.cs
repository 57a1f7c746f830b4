using Meldcode.Application.Administration.DeactivateUser;
using Meldcode.Application.Administration.ReactivateUser;
using Meldcode.Application.Tests.Administration.Support;

namespace Meldcode.Application.Tests.Administration.ReactivateUser;

public sealed class ReactivateUserTests : AdministrationTest
{
    [Fact]
    public async Task Reactivating_lets_a_user_in_again_with_their_roles_and_is_logged()
    {
        await AsAdministrator(new DeactivateUserCommand(School.Owner.Id, 0));

        await AsAdministrator(new ReactivateUserCommand(School.Owner.Id, 1));

        var owner = await UserAsync(School.Owner.Id);
        Assert.True(owner.IsActive);
        Assert.Equal(new HashSet<Role> { Role.Professional }, owner.Roles);
        Assert.Equal("Anouk Jansen is weer actief.", (await LogAsync())[0].Description);
    }

    [Fact]
    public async Task An_active_user_is_not_reactivated()
    {
        var refused = await Assert.ThrowsAsync<DomainException>(() => AsAdministrator(new ReactivateUserCommand(School.Owner.Id, 0)));

        Assert.Equal("Deze gebruiker is al actief.", refused.Message);
        Assert.Empty(await LogAsync());
    }
}
