namespace Meldcode.Infrastructure.Tests.Documents.Support;

/// <summary>A word on a page and its box, in points from the top left.</summary>
public sealed record PdfWord(string Text, double XMin, double YMin, double XMax, double YMax);
