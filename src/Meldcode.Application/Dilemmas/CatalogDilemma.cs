using Meldcode.Domain.Dilemmas;

namespace Meldcode.Application.Dilemmas;

/// <summary>A dilemma as a session uses it: which dilemma, which version of it, and that version's content.</summary>
public sealed record CatalogDilemma(Guid DilemmaId, int VersionNumber, Dilemma Content);
