namespace Meldcode.Domain.Dossiers;

public sealed record NextAction(NextActionKind Kind, WeighingQuestion? Question = null, DateOnly? Date = null, Guid? ReportId = null);
