using UglyToad.PdfPig.Tokens;

namespace Meldcode.Infrastructure.Tests.Documents.Support;

/// <summary>A font dictionary of the document, with what pdffonts would say about it.</summary>
public sealed record PdfFont(string Name, bool Embedded, bool Subset, bool Unicode, string ObjectId, string Line, DictionaryToken Dictionary);
