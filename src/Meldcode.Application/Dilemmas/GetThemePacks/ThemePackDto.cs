namespace Meldcode.Application.Dilemmas.GetThemePacks;

/// <summary>A theme pack with its dilemmas as they are in the library, in the pack's order.</summary>
public sealed record ThemePackDto(string Key, string Title, string Description, IReadOnlyList<ThemePackDilemma> Dilemmas);
