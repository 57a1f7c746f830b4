using Meldcode.Domain.Dilemmas;

namespace Meldcode.Application.Dilemmas.GetDilemma;

/// <summary>
/// One version of a dilemma (the one asked for, or the newest), with the list of its versions; whether the trainer
/// may edit it (their organisation's own copy or written dilemma) and where a copy came from.
/// </summary>
public sealed record DilemmaDetails(
    Guid Id,
    DilemmaOrigin Origin,
    int VersionNumber,
    DateTimeOffset VersionCreatedAt,
    Dilemma Content,
    int LatestVersion,
    IReadOnlyList<DilemmaVersionItem> Versions,
    bool CanEdit,
    bool IsArchived,
    Guid? CopiedFromId)
{
    public bool IsLatest => VersionNumber == LatestVersion;
}
