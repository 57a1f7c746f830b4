namespace Meldcode.Application.Dossiers.GetColleagues;

public sealed record ColleagueChoices(IReadOnlyList<Colleague> Consultants, IReadOnlyList<Colleague> PossibleCollaborators);
