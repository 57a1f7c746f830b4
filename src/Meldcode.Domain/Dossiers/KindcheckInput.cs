namespace Meldcode.Domain.Dossiers;

/// <summary>The answers of a kindcheck: are there children who live with the client or often stay there, how many, how old, and who cares for them.</summary>
public sealed record KindcheckInput(bool ChildrenPresent, int? NumberOfChildren, string? Ages, string? WhoCares);
