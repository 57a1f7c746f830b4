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
    /// <summary>A document made now by <paramref name="madeBy"/>, with a new identifier, from a dossier and the names its header gives.</summary>
    public static DossierDocumentSource Of(Dossier dossier, DossierHeader header, Actor madeBy, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(header);
        return new(dossier, header.Organisation, header.Team, header.Owner, madeBy, now, Guid.NewGuid());
    }

    public string DocumentReference => $"{Dossier.Number}-{DocumentId.ToString("N")[..8].ToUpperInvariant()}";
}
