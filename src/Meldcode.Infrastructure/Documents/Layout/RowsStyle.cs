namespace Meldcode.Infrastructure.Documents.Layout;

/// <summary>How a <see cref="RowsFlow"/> looks.</summary>
internal sealed record RowsStyle(double Padding, bool RowRules, double SpaceAfter);
