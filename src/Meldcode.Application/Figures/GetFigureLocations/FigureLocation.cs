namespace Meldcode.Application.Figures.GetFigureLocations;

/// <summary>A team or location whose figures the user may see.</summary>
public sealed record FigureLocation(Guid TeamId, string Name);
