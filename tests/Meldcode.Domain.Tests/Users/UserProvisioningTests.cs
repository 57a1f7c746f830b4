using Meldcode.Domain.Organisations;
using Meldcode.Domain.Users;

namespace Meldcode.Domain.Tests.Users;

public sealed class UserProvisioningTests
{
    private readonly Organisation _school = Organisation.Create("Stichting De Linde", Sector.Education);

    [Fact]
    public void A_provisioned_user_is_linked_to_issuer_and_subject_and_waits_for_access()
    {
        var user = User.Provision(_school, "https://login.example", "sub-1", " Ilse de Wit ", " ilse@delinde.example ");

        Assert.Equal(("https://login.example", "sub-1"), (user.ExternalIssuer, user.ExternalSubject));
        Assert.Equal(("Ilse de Wit", "ilse@delinde.example"), (user.DisplayName, user.Email));
        Assert.True(user.IsActive);
        Assert.True(user.IsWaitingForAccess);
        Assert.Empty(user.Roles);
    }

    [Fact]
    public void What_the_provider_sends_is_taken_as_it_comes_cut_to_size_and_without_an_unusable_address()
    {
        var user = User.Provision(_school, "https://login.example", "sub-1", new string('a', 250), "geen adres");

        Assert.Equal(User.DisplayNameMaxLength, user.DisplayName.Length);
        Assert.Null(user.Email);

        user.RefreshFromProvider(null, null);
        Assert.Equal(User.UnknownName, user.DisplayName);
    }

    [Fact]
    public void A_user_with_a_role_no_longer_waits_for_access()
    {
        var user = User.Provision(_school, "https://login.example", "sub-1", "Ilse de Wit", null);

        user.Grant(Role.Trainer);

        Assert.False(user.IsWaitingForAccess);
    }
}
