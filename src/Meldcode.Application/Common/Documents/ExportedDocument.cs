namespace Meldcode.Application.Common.Documents;

/// <summary>A document ready to download: a file name that names no person (a dossier number, a session date) and its bytes.</summary>
public sealed record ExportedDocument(string FileName, string ContentType, byte[] Content);
