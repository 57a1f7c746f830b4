namespace Meldcode.Infrastructure.Documents.Layout;

/// <summary>A line of text with its baseline at <see cref="Baseline"/>.</summary>
internal sealed record TextOp(double X, double Baseline, string Text, TextFormat Format) : DrawOp;
