namespace Meldcode.Application.Dilemmas.GetThemePacks;

/// <summary>A dilemma of a theme pack: its id in the library and its newest title.</summary>
public sealed record ThemePackDilemma(Guid DilemmaId, string Key, string Title);
