using System.IO.Compression;
using PdfSharp.Pdf;

namespace Meldcode.Infrastructure.Documents.Rendering;

/// <summary>
/// Compresses the pages' content streams as complete zlib streams. PDFsharp (6.2 and 6.5 alike) writes Flate data without the
/// Adler-32 checksum that closes a zlib stream; viewers accept that, but <c>qpdf --check</c> warns about every
/// such page. Streams that already have a filter are left to PDFsharp, which does not compress them again.
/// </summary>
internal static class ContentStreams
{
    public static void Compress(PdfDocument pdf)
    {
        foreach (var page in pdf.Pages)
        {
            var contents = page.Contents.Elements;
            for (var i = 0; i < contents.Count; i++)
            {
                var content = contents.GetDictionary(i);
                if (content?.Stream is null || content.Elements.ContainsKey("/Filter"))
                {
                    continue;
                }
                content.Stream.Value = Deflate(content.Stream.Value);
                content.Elements.SetName("/Filter", "/FlateDecode");
            }
        }
    }

    private static byte[] Deflate(byte[] data)
    {
        using var output = new MemoryStream(data.Length / 2);
        using (var zlib = new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(data);
        }
        return output.ToArray();
    }
}
