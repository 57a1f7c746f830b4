using Meldcode.Domain.Dilemmas;
using Meldcode.Domain.Dossiers;
using Meldcode.Domain.Organisations;

namespace Meldcode.Application.Dilemmas.BrowseDilemmas;

/// <summary>A dilemma in the library list: its newest version's title and tags, the version number and where it comes from.</summary>
public sealed record DilemmaListItem(
    Guid Id,
    string Title,
    DilemmaOrigin Origin,
    int LatestVersion,
    IReadOnlyList<Sector> Sectors,
    IReadOnlyList<FormOfAbuse> FormsOfAbuse,
    MeldcodeStep Step,
    WeighingQuestion Question,
    int DecisionPointCount);
