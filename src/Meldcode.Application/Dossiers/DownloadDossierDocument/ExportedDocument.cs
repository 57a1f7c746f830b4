namespace Meldcode.Application.Dossiers.DownloadDossierDocument;

/// <summary>A document ready to download: a file name with the dossier number (never the child's name) and its bytes.</summary>
public sealed record ExportedDocument(string FileName, string ContentType, byte[] Content);
