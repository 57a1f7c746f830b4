namespace Meldcode.Domain.Dilemmas;

/// <summary>A ready-made set of built-in dilemmas for one session (themapakket), in the order to discuss them.</summary>
public sealed record ThemePack(string Key, string Title, string Description, IReadOnlyList<string> DilemmaKeys);
