using Meldcode.Domain.Dossiers;

namespace Meldcode.Application.Dossiers.GetMyDossiers;

public sealed record DossierListItem(
    Guid Id,
    string Number,
    string ChildName,
    string TeamName,
    DossierStatus Status,
    MeldcodeStep? CurrentStep,
    NextActionKind NextAction,
    DateOnly? EvaluationDate,
    bool EvaluationOverdue,
    bool IsAcute,
    DateTimeOffset LastActivityAt,
    bool IsMine);
