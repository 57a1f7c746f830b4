namespace Meldcode.Application.Authentication.SignInWithOrganisationAccount;

/// <summary>
/// What the role mapping says for this sign-in: <see cref="Governed"/> lists every role the mapping can grant (the
/// provider is the source of truth for exactly these), <see cref="Granted"/> those the person's claim grants now.
/// </summary>
public sealed record ProviderRoles(IReadOnlyList<ProviderRole> Governed, IReadOnlyList<ProviderRole> Granted);
