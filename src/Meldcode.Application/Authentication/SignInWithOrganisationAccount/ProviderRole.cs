using Meldcode.Domain.Users;

namespace Meldcode.Application.Authentication.SignInWithOrganisationAccount;

/// <summary>A Meldcode role as the organisation's provider can grant it through the role mapping; team-scoped roles name their team.</summary>
public sealed record ProviderRole(Role Role, string? TeamName);
