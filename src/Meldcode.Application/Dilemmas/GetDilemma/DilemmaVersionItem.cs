namespace Meldcode.Application.Dilemmas.GetDilemma;

/// <summary>A version in a dilemma's version list.</summary>
public sealed record DilemmaVersionItem(int Number, DateTimeOffset CreatedAt);
