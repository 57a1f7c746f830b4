using System.Runtime.CompilerServices;

// The layout engine's internals (line breaking, text cleaning, font location) are tested directly.
[assembly: InternalsVisibleTo("Meldcode.Infrastructure.Tests")]
