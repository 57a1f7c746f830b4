using Meldcode.Domain.Organisations;

namespace Meldcode.Application.Dossiers.GetNewDossierChoices;

/// <summary>A team in which the user may open a dossier; in a team that does kindchecks a dossier may be about an adult client.</summary>
public sealed record TeamChoice(Guid Id, string Name, Sector Sector)
{
    public bool DoesKindchecks => Sector.DoesKindchecks();
}
