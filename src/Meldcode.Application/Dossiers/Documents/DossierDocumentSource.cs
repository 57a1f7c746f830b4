using Meldcode.Domain.Common;
using Meldcode.Domain.Dossiers;

namespace Meldcode.Application.Dossiers.Documents;

/// <summary>Everything a dossier document is made from: the dossier, the names it refers to by id, and who makes the document when.</summary>
public sealed record DossierDocumentSource(
    Dossier Dossier,
    string OrganisationName,
    string TeamName,
    string OwnerName,
    Actor MadeBy,
    DateTimeOffset MadeAt,
    Guid DocumentId)
{
    /// <summary>The identifier printed in the footer and in the chronology entry of the export: short enough to read aloud.</summary>
    public string DocumentReference => $"{Dossier.Number}-{DocumentId.ToString("N")[..8].ToUpperInvariant()}";
}
