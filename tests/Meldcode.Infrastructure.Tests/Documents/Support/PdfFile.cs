using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;

namespace Meldcode.Infrastructure.Tests.Documents.Support;

/// <summary>
/// A rendered PDF read back in-process with PdfPig, the way a reader of the document would see it: text in
/// reading order rebuilt from the letters' positions (<see cref="PageText"/>), pages, metadata and fonts.
/// Only the structure check (<c>qpdf --check</c>) and page images (<c>pdftoppm</c>) run as processes, on a
/// temporary file written when first needed.
/// </summary>
public sealed partial class PdfFile : IDisposable
{
    private static readonly string Folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "meldcode-pdf-tests");
    private readonly PdfDocument _document;
    private IReadOnlyList<PageText>? _pages;
    private string? _path;

    public PdfFile(byte[] bytes)
    {
        Bytes = bytes;
        _document = PdfDocument.Open(bytes);
    }

    public byte[] Bytes { get; }

    public int PageCount => _document.NumberOfPages;

    /// <summary>The text in reading order, line by line, optionally of one page.</summary>
    public string Text(int? page = null) => string.Join('\n', SelectedPages(page).Select(p => p.Text));

    /// <summary>The text with each line as laid out on the page: its columns apart by a wide gap.</summary>
    public string LayoutText(int? page = null) => string.Join('\n', SelectedPages(page).Select(p => p.LayoutText));

    /// <summary>The words of a page with their boxes in points from the top left, in reading order.</summary>
    public IReadOnlyList<PdfWord> Words(int page) => Pages()[page - 1].Words;

    /// <summary>The words between the running header and footer, page after page.</summary>
    public IReadOnlyList<PdfWord> BodyWords() =>
        [.. Pages().SelectMany(page => page.Words).Where(word => word.YMin > Geometry.HeaderRule && word.YMax < Geometry.FooterRule)];

    /// <summary>
    /// The document information as pdfinfo named it: Title, Subject, Author, Creator, Producer, Keywords,
    /// CreationDate (ISO 8601, UTC), Page size (of the first page, with "A4" when it is A4) and Tagged.
    /// </summary>
    public IReadOnlyDictionary<string, string> Info()
    {
        var information = _document.Information;
        var info = new Dictionary<string, string>(StringComparer.Ordinal);
        Add("Title", information.Title);
        Add("Subject", information.Subject);
        Add("Author", information.Author);
        Add("Creator", information.Creator);
        Add("Producer", information.Producer);
        Add("Keywords", information.Keywords);
        if (information.GetCreatedDateTimeOffset() is { } created)
        {
            info["CreationDate"] = created.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        }
        var first = _document.GetPage(1);
        var isA4 = Math.Abs(first.Width - 595.28) < 1 && Math.Abs(first.Height - 841.89) < 1;
        info["Page size"] = string.Create(CultureInfo.InvariantCulture, $"{first.Width:0.##} x {first.Height:0.##} pts{(isA4 ? " (A4)" : "")}");
        info["Tagged"] = Get<DictionaryToken>(Catalog(), "MarkInfo") is { } markInfo && Get<BooleanToken>(markInfo, "Marked") is { Data: true }
            ? "yes" : "no";
        return info;

        void Add(string key, string? value)
        {
            if (value is not null)
            {
                info[key] = value;
            }
        }
    }

    /// <summary>The XMP metadata stream as text, or empty when there is none.</summary>
    public string XmpMetadata() =>
        _document.TryGetXmpMetadata(out var xmp) ? Encoding.UTF8.GetString(xmp.GetXmlBytes()) : "";

    /// <summary>The document catalog (the trailer's /Root).</summary>
    public DictionaryToken Catalog() => _document.Structure.Catalog.CatalogDictionary;

    /// <summary>The /S of each output intent in the catalog, such as GTS_PDFA1.</summary>
    public IReadOnlyList<string> OutputIntentSubtypes()
    {
        return Get<ArrayToken>(Catalog(), "OutputIntents") is { } intents
            ? [.. intents.Data.Select(Resolve<DictionaryToken>).Select(intent => Get<NameToken>(intent, "S")?.Data ?? "")]
            : [];
    }

    /// <summary>The catalog's /Lang, or null.</summary>
    public string? Language() => Get<StringToken>(Catalog(), "Lang")?.Data;

    /// <summary>Whether the catalog has a structure tree (/StructTreeRoot).</summary>
    public bool HasStructureTree() => Get<DictionaryToken>(Catalog(), "StructTreeRoot") is not null;

    /// <summary>The trailer's /ID: both file identifiers in hexadecimal.</summary>
    public string FileIdentifier() =>
        string.Join(' ', _document.Structure.Trailer.Identifier.Select(id => id switch
        {
            HexToken hex => Convert.ToHexString(Encoding.Latin1.GetBytes(hex.Data)),
            StringToken text => Convert.ToHexString(Encoding.Latin1.GetBytes(text.Data)),
            _ => id.ToString(),
        }));

    /// <summary>The fonts of every page (each font dictionary once), as pdffonts lists them.</summary>
    public IReadOnlyList<PdfFont> Fonts()
    {
        var fonts = new List<PdfFont>();
        var seen = new HashSet<IndirectReference>();
        foreach (var page in _document.GetPages())
        {
            if (Get<DictionaryToken>(page.Dictionary, "Resources") is not { } resources || Get<DictionaryToken>(resources, "Font") is not { } fontResources)
            {
                continue;
            }
            foreach (var token in fontResources.Data.Values)
            {
                if (token is IndirectReferenceToken reference && !seen.Add(reference.Data))
                {
                    continue;
                }
                var font = Resolve<DictionaryToken>(token);
                var name = Get<NameToken>(font, "BaseFont")?.Data ?? "";
                var type = Get<NameToken>(font, "Subtype")?.Data ?? "";
                var embedded = FontProgram(font) is not null;
                var unicode = Get<StreamToken>(font, "ToUnicode") is not null;
                var subset = SubsetPrefix().IsMatch(name);
                var id = token is IndirectReferenceToken indirect ? indirect.Data.ObjectNumber.ToString(CultureInfo.InvariantCulture) : "direct";
                fonts.Add(new PdfFont(name, embedded, subset, unicode, id,
                    $"{name} ({type}, object {id}): embedded {embedded}, subset {subset}, unicode {unicode}", font));
            }
        }
        return fonts;
    }

    /// <summary>The embedded TrueType program of a font (Type0 → CIDFont → descriptor → FontFile2), decoded.</summary>
    public byte[] EmbeddedFontProgram(PdfFont font) =>
        FontProgram(font.Dictionary) is { } program
            ? program.Decode(_document.Structure.FilterProvider, _document.Structure.TokenScanner).ToArray()
            : throw new InvalidOperationException($"{font.Name} has no embedded font program.");

    /// <summary>qpdf --check: its exit code (0 = no errors or warnings) and output.</summary>
    public (int ExitCode, string Output) QpdfCheck()
    {
        var result = Run("qpdf", ["--check", Path()]);
        return (result.ExitCode, result.Output + result.Error);
    }

    /// <summary>Renders the pages as PNG images (pdftoppm) named PREFIX-N.png.</summary>
    public void WritePageImages(string prefix, int resolution)
    {
        var result = Run("pdftoppm", ["-png", "-r", resolution.ToString(CultureInfo.InvariantCulture), Path(), prefix]);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"pdftoppm exited with {result.ExitCode}: {result.Error}");
        }
    }

    public void Dispose()
    {
        _document.Dispose();
        if (_path is null)
        {
            return;
        }
        try
        {
            File.Delete(_path);
        }
        catch (IOException)
        {
            // A leftover temporary file is harmless.
        }
    }

    private IReadOnlyList<PageText> Pages() => _pages ??= [.. _document.GetPages().Select(PageText.Of)];

    private IEnumerable<PageText> SelectedPages(int? page) => page is { } number ? [Pages()[number - 1]] : Pages();

    /// <summary>The descendant font's /FontFile2 (or /FontFile, /FontFile3) stream, if the font is embedded.</summary>
    private StreamToken? FontProgram(DictionaryToken font)
    {
        if (Get<ArrayToken>(font, "DescendantFonts") is { Length: > 0 } descendants)
        {
            font = Resolve<DictionaryToken>(descendants[0]);
        }
        return Get<DictionaryToken>(font, "FontDescriptor") is { } descriptor
            ? Get<StreamToken>(descriptor, "FontFile2") ?? Get<StreamToken>(descriptor, "FontFile") ?? Get<StreamToken>(descriptor, "FontFile3")
            : null;
    }

    /// <summary>The value of KEY in a dictionary, followed if it is a reference; null when absent or of another type.</summary>
    private T? Get<T>(DictionaryToken dictionary, string key) where T : class, IToken
    {
        if (!dictionary.Data.TryGetValue(key, out var token))
        {
            return null;
        }
        if (token is IndirectReferenceToken reference)
        {
            token = _document.Structure.GetObject(reference.Data).Data;
        }
        return token as T;
    }

    private T Resolve<T>(IToken token) where T : class, IToken =>
        token switch
        {
            T direct => direct,
            IndirectReferenceToken reference when _document.Structure.GetObject(reference.Data).Data is T resolved => resolved,
            _ => throw new InvalidOperationException($"Expected a {typeof(T).Name}, found {token}."),
        };

    /// <summary>The PDF in a temporary file, for the tools that need one.</summary>
    private string Path()
    {
        if (_path is null)
        {
            Directory.CreateDirectory(Folder);
            _path = System.IO.Path.Combine(Folder, Guid.NewGuid().ToString("N") + ".pdf");
            File.WriteAllBytes(_path, Bytes);
        }
        return _path;
    }

    private static (int ExitCode, string Output, string Error) Run(string tool, string[] arguments)
    {
        var start = new ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start.");
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(60_000))
        {
            process.Kill();
            throw new TimeoutException($"{tool} took longer than a minute.");
        }
        return (process.ExitCode, output, error.Result);
    }

    /// <summary>Six capital letters and a plus: the tag of a font subset.</summary>
    [GeneratedRegex("^[A-Z]{6}\\+")]
    private static partial Regex SubsetPrefix();
}
