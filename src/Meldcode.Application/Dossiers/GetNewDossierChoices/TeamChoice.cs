namespace Meldcode.Application.Dossiers.GetNewDossierChoices;

public sealed record TeamChoice(Guid Id, string Name);
