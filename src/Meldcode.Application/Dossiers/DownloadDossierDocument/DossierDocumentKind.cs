namespace Meldcode.Application.Dossiers.DownloadDossierDocument;

/// <summary>The documents that can be made of a dossier.</summary>
public enum DossierDocumentKind
{
    /// <summary>"Dossierverslag meldcode": the complete record.</summary>
    DossierRecord = 1,

    /// <summary>"Concept melding": the draft report for Veilig Thuis.</summary>
    VeiligThuisDraft = 2,
}
