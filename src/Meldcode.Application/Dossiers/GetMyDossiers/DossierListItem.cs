using Meldcode.Domain.Dossiers;

namespace Meldcode.Application.Dossiers.GetMyDossiers;

/// <summary>A dossier in "Mijn dossiers"; <see cref="ChildName"/> is the name of whom it is about: the child, or the adult client when <see cref="Subject"/> says so.</summary>
public sealed record DossierListItem(
    Guid Id,
    string Number,
    DossierSubject Subject,
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
