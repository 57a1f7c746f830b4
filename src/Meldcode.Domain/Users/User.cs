using Meldcode.Domain.Common;
using Meldcode.Domain.Organisations;

namespace Meldcode.Domain.Users;

/// <summary>A person who signs in to Meldcode, with the roles they hold in their organisation.</summary>
public sealed class User
{
    public const int DisplayNameMaxLength = 200;
    public const int EmailMaxLength = 320;

    /// <summary>An OpenID Connect issuer is a URL; 500 characters is far beyond any real one.</summary>
    public const int IssuerMaxLength = 500;

    /// <summary>OpenID Connect limits <c>sub</c> to 255 ASCII characters.</summary>
    public const int SubjectMaxLength = 255;

    /// <summary>The name a provisioned user gets when the provider sends neither a name nor an e-mail address.</summary>
    public const string UnknownName = "Naam onbekend";

    private readonly List<RoleMembership> _memberships = [];

    private User(Guid id, Guid organisationId, string displayName, string? email)
    {
        Id = id;
        OrganisationId = organisationId;
        DisplayName = displayName;
        Email = email;
        IsActive = true;
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    public string DisplayName { get; private set; }

    public string? Email { get; private set; }

    /// <summary>The identity provider that vouches for this person (its issuer); null for users who do not sign in through one (demo users).</summary>
    public string? ExternalIssuer { get; private set; }

    /// <summary>The provider's stable identifier (<c>sub</c>) of this person: together with <see cref="ExternalIssuer"/> it identifies them.</summary>
    public string? ExternalSubject { get; private set; }

    /// <summary>A deactivated user can no longer sign in.</summary>
    public bool IsActive { get; private set; }

    public IReadOnlyCollection<RoleMembership> Memberships => _memberships.AsReadOnly();

    public static User Create(Organisation organisation, string displayName, string? email)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        return new User(
            Guid.NewGuid(),
            organisation.Id,
            Guard.RequiredText(displayName, FieldName.Singular("de naam"), DisplayNameMaxLength),
            NormaliseEmail(email));
    }

    /// <summary>
    /// A person signing in through the organisation's identity provider for the first time: a user of the
    /// organisation, linked to the provider's issuer and subject, without any role (they wait for access).
    /// </summary>
    public static User Provision(Organisation organisation, string issuer, string subject, string? displayName, string? email)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        var user = new User(Guid.NewGuid(), organisation.Id, UnknownName, null)
        {
            ExternalIssuer = Texts.Trimmed(issuer),
            ExternalSubject = Texts.Trimmed(subject),
        };
        user.RefreshFromProvider(displayName, email);
        return user;
    }

    /// <summary>
    /// Takes the name and e-mail address the provider sends at sign-in. The provider is not ours to correct:
    /// a missing name falls back to the e-mail address, an overlong name is cut, an unusable address is left out.
    /// </summary>
    public void RefreshFromProvider(string? displayName, string? email)
    {
        var usableEmail = email?.Trim() is { Length: > 0 and <= EmailMaxLength } trimmed && trimmed.Contains('@', StringComparison.Ordinal) ? trimmed : null;
        var name = displayName?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            name = usableEmail ?? UnknownName;
        }

        DisplayName = name.Length > DisplayNameMaxLength ? name[..DisplayNameMaxLength].TrimEnd() : name;
        Email = usableEmail;
    }

    public void UpdateProfile(string displayName, string? email)
    {
        DisplayName = Guard.RequiredText(displayName, FieldName.Singular("de naam"), DisplayNameMaxLength);
        Email = NormaliseEmail(email);
    }

    public bool HasRole(Role role) => _memberships.Exists(m => m.Role == role);

    /// <summary>A user without any role is waiting for access ("wacht op toegang").</summary>
    public bool IsWaitingForAccess => _memberships.Count == 0;

    public IReadOnlySet<Role> Roles => _memberships.Select(m => m.Role).ToHashSet();

    /// <summary>
    /// Grants a role. Professional and aandachtsfunctionaris are held per team of the user's own
    /// organisation; the other roles hold organisation-wide and take no team.
    /// </summary>
    public RoleMembership Grant(Role role, Team? team = null)
    {
        if (Guard.Defined(role).IsTeamScoped())
        {
            if (team is null)
            {
                throw new DomainException("Deze rol hoort bij een team of locatie: kies er een.");
            }

            if (team.OrganisationId != OrganisationId)
            {
                throw new DomainException("Het team hoort niet bij de organisatie van deze gebruiker.");
            }
        }
        else if (team is not null)
        {
            throw new DomainException("Deze rol geldt voor de hele organisatie en hoort niet bij een team.");
        }

        var teamId = team?.Id;
        if (_memberships.Exists(m => m.Role == role && m.TeamId == teamId))
        {
            throw new DomainException("Deze gebruiker heeft deze rol al.");
        }

        var membership = new RoleMembership(Guid.NewGuid(), Id, role, teamId);
        _memberships.Add(membership);
        return membership;
    }

    /// <summary>Takes a role away; returns false when the user did not hold it.</summary>
    public bool Revoke(Role role, Guid? teamId = null) =>
        _memberships.RemoveAll(m => m.Role == role && m.TeamId == teamId) > 0;

    public void Deactivate() => IsActive = false;

    public void Reactivate() => IsActive = true;

    private static string? NormaliseEmail(string? email)
    {
        var trimmed = email?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        if (trimmed.Length > EmailMaxLength || !trimmed.Contains('@', StringComparison.Ordinal))
        {
            throw new DomainException("Vul een geldig e-mailadres in.");
        }

        return trimmed;
    }
}
