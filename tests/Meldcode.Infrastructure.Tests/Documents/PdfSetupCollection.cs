namespace Meldcode.Infrastructure.Tests.Documents;

/// <summary>Registration touches process-wide PDFsharp state (the font resolver), so these tests run on their own.</summary>
[CollectionDefinition(nameof(PdfSetupTests), DisableParallelization = true)]
public sealed class PdfSetupCollection;
