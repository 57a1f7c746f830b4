using System.Buffers.Binary;

namespace Meldcode.Infrastructure.Documents.Fonts;

/// <summary>
/// Just enough of the TrueType file format to read a font's glyphs and write it back with other glyph data:
/// the table directory, <c>head</c>, <c>maxp</c>, <c>loca</c> and <c>glyf</c>.
/// </summary>
internal sealed class TrueTypeFile
{
    private const int DirectoryStart = 12;
    private const int DirectoryEntrySize = 16;
    private const uint ChecksumMagic = 0xB1B0AFBA;

    private readonly byte[] _font;
    private readonly List<TableEntry> _tables;

    private TrueTypeFile(byte[] font, List<TableEntry> tables)
    {
        _font = font;
        _tables = tables;
    }

    /// <exception cref="InvalidDataException">The data is not a TrueType font with glyph outlines.</exception>
    public static TrueTypeFile Parse(byte[] font)
    {
        if (font.Length < DirectoryStart)
        {
            throw new InvalidDataException("Too short for a TrueType font.");
        }
        var count = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4));
        var tables = new List<TableEntry>(count);
        for (var i = 0; i < count; i++)
        {
            var entry = font.AsSpan(DirectoryStart + (i * DirectoryEntrySize), DirectoryEntrySize);
            var table = new TableEntry(
                System.Text.Encoding.ASCII.GetString(entry[..4]),
                (int)BinaryPrimitives.ReadUInt32BigEndian(entry[8..]),
                (int)BinaryPrimitives.ReadUInt32BigEndian(entry[12..]));
            if (table.Offset < 0 || table.Length < 0 || (long)table.Offset + table.Length > font.Length)
            {
                throw new InvalidDataException($"Table '{table.Tag}' lies outside the file.");
            }
            tables.Add(table);
        }
        var file = new TrueTypeFile(font, tables);
        foreach (var required in new[] { "head", "maxp", "loca", "glyf" })
        {
            _ = file.Table(required);
        }
        return file;
    }

    /// <summary>Every glyph's data, by glyph number (empty for a glyph without outline).</summary>
    public byte[][] Glyphs()
    {
        var count = BinaryPrimitives.ReadUInt16BigEndian(Table("maxp")[4..]);
        var longOffsets = BinaryPrimitives.ReadInt16BigEndian(Table("head")[50..]) != 0;
        var loca = Table("loca");
        var glyf = Table("glyf");
        var glyphs = new byte[count][];
        for (var id = 0; id < count; id++)
        {
            var start = Offset(loca, id, longOffsets);
            var end = Offset(loca, id + 1, longOffsets);
            if (start > end || end > glyf.Length)
            {
                throw new InvalidDataException($"Glyph {id} lies outside the glyf table.");
            }
            glyphs[id] = glyf[start..end].ToArray();
        }
        return glyphs;
    }

    /// <summary>The font with other glyph data: new glyf and long-format loca, head and maxp updated, checksums redone.</summary>
    public byte[] WithGlyphs(byte[][] glyphs, int maxComponentElements)
    {
        var glyf = new List<byte>();
        var loca = new byte[(glyphs.Length + 1) * 4];
        for (var id = 0; id < glyphs.Length; id++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(loca.AsSpan(id * 4), (uint)glyf.Count);
            glyf.AddRange(glyphs[id]);
            while (glyf.Count % 4 != 0)
            {
                glyf.Add(0);
            }
        }
        BinaryPrimitives.WriteUInt32BigEndian(loca.AsSpan(glyphs.Length * 4), (uint)glyf.Count);

        var head = Table("head").ToArray();
        BinaryPrimitives.WriteUInt32BigEndian(head.AsSpan(8), 0);
        BinaryPrimitives.WriteInt16BigEndian(head.AsSpan(50), 1);
        var maxp = Table("maxp").ToArray();
        if (maxp.Length >= 34)
        {
            BinaryPrimitives.WriteUInt16BigEndian(maxp.AsSpan(30), (ushort)Math.Max(maxComponentElements, BinaryPrimitives.ReadUInt16BigEndian(maxp.AsSpan(30))));
            BinaryPrimitives.WriteUInt16BigEndian(maxp.AsSpan(32), 1);
        }

        var contents = new List<(string Tag, byte[] Data)>(_tables.Count);
        foreach (var table in _tables)
        {
            contents.Add((table.Tag, table.Tag switch
            {
                "glyf" => [.. glyf],
                "loca" => loca,
                "head" => head,
                "maxp" => maxp,
                _ => Table(table.Tag).ToArray(),
            }));
        }
        return Write(contents);
    }

    private byte[] Write(List<(string Tag, byte[] Data)> tables)
    {
        var dataStart = DirectoryStart + (tables.Count * DirectoryEntrySize);
        var size = dataStart;
        foreach (var (_, data) in tables)
        {
            size += Padded(data.Length);
        }
        var output = new byte[size];
        _font.AsSpan(0, DirectoryStart).CopyTo(output);
        var offset = dataStart;
        var headOffset = -1;
        for (var i = 0; i < tables.Count; i++)
        {
            var (tag, data) = tables[i];
            data.CopyTo(output.AsSpan(offset));
            var entry = output.AsSpan(DirectoryStart + (i * DirectoryEntrySize), DirectoryEntrySize);
            System.Text.Encoding.ASCII.GetBytes(tag, entry);
            BinaryPrimitives.WriteUInt32BigEndian(entry[4..], Checksum(output.AsSpan(offset, Padded(data.Length))));
            BinaryPrimitives.WriteUInt32BigEndian(entry[8..], (uint)offset);
            BinaryPrimitives.WriteUInt32BigEndian(entry[12..], (uint)data.Length);
            if (tag == "head")
            {
                headOffset = offset;
            }
            offset += Padded(data.Length);
        }
        BinaryPrimitives.WriteUInt32BigEndian(output.AsSpan(headOffset + 8), unchecked(ChecksumMagic - Checksum(output)));
        return output;
    }

    private ReadOnlySpan<byte> Table(string tag)
    {
        foreach (var table in _tables)
        {
            if (table.Tag == tag)
            {
                return _font.AsSpan(table.Offset, table.Length);
            }
        }
        throw new InvalidDataException($"The font has no '{tag}' table.");
    }

    private static int Offset(ReadOnlySpan<byte> loca, int id, bool longOffsets) => longOffsets
        ? (int)BinaryPrimitives.ReadUInt32BigEndian(loca[(id * 4)..])
        : BinaryPrimitives.ReadUInt16BigEndian(loca[(id * 2)..]) * 2;

    private static int Padded(int length) => (length + 3) & ~3;

    private static uint Checksum(ReadOnlySpan<byte> data)
    {
        uint sum = 0;
        for (var i = 0; i + 4 <= data.Length; i += 4)
        {
            sum = unchecked(sum + BinaryPrimitives.ReadUInt32BigEndian(data[i..]));
        }
        return sum;
    }

    private sealed record TableEntry(string Tag, int Offset, int Length);
}
