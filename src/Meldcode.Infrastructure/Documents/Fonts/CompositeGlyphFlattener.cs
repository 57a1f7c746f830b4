using System.Buffers.Binary;

namespace Meldcode.Infrastructure.Documents.Fonts;

/// <summary>
/// Rewrites a TrueType font so that no composite glyph refers to another composite glyph.
/// </summary>
/// <remarks>
/// PDFsharp (6.2 and 6.5 alike) subsets a font by copying the glyphs a text uses and their direct components, but not the
/// components of those. DejaVu builds letters with two marks (Vietnamese ễ, ố, ậ …) from a base letter and a
/// composite of the two marks, so in the subset both marks were empty and "Nguyễn" printed as "Nguyen".
/// Here such a component is replaced by its own components, their offsets added to its offset. Only glyphs
/// positioned by plain x/y offsets are rewritten (DejaVu uses nothing else); anything else is left as it was.
/// Glyph numbers, metrics and the character map do not change.
/// </remarks>
internal static class CompositeGlyphFlattener
{
    private const ushort ArgsAreWords = 0x0001;
    private const ushort ArgsAreXyValues = 0x0002;
    private const ushort HasScale = 0x0008;
    private const ushort MoreComponents = 0x0020;
    private const ushort HasXyScale = 0x0040;
    private const ushort HasTwoByTwo = 0x0080;
    private const ushort HasInstructions = 0x0100;
    private const ushort UseMyMetrics = 0x0200;
    private const ushort TransformFlags = HasScale | HasXyScale | HasTwoByTwo;
    private const int MaxDepth = 8;

    /// <summary>The flattened font, or the same array when nothing needed flattening.</summary>
    public static byte[] Flatten(byte[] font)
    {
        var file = TrueTypeFile.Parse(font);
        var glyphs = file.Glyphs();
        var changed = false;
        var maxComponents = 0;
        for (var id = 0; id < glyphs.Length; id++)
        {
            if (!IsComposite(glyphs[id]))
            {
                continue;
            }
            if (HasCompositeComponent(glyphs, id) && Expand(glyphs, id, 0) is { } components)
            {
                glyphs[id] = WriteGlyph(glyphs[id], components);
                changed = true;
            }
            maxComponents = Math.Max(maxComponents, ReadComponents(glyphs[id], out _).Count);
        }
        return changed ? file.WithGlyphs(glyphs, maxComponents) : font;
    }

    /// <summary>The number of composite glyphs with a composite component (which PDFsharp would subset badly).</summary>
    public static int CountNestedComposites(byte[] font)
    {
        var glyphs = TrueTypeFile.Parse(font).Glyphs();
        var count = 0;
        for (var id = 0; id < glyphs.Length; id++)
        {
            if (HasCompositeComponent(glyphs, id))
            {
                count++;
            }
        }
        return count;
    }

    /// <summary>The glyphs a composite glyph is made of, directly; empty for a simple or empty glyph.</summary>
    public static IReadOnlyList<int> ComponentsOf(byte[] glyph) =>
        IsComposite(glyph) ? ReadComponents(glyph, out _).ConvertAll(component => (int)component.Glyph) : [];

    public static bool IsComposite(byte[] glyph) =>
        glyph.Length >= 10 && BinaryPrimitives.ReadInt16BigEndian(glyph) < 0;

    private static bool HasCompositeComponent(byte[][] glyphs, int id) =>
        IsComposite(glyphs[id]) && ReadComponents(glyphs[id], out _).Exists(component =>
            component.Glyph < glyphs.Length && IsComposite(glyphs[component.Glyph]));

    /// <summary>The components of a composite glyph, composites replaced by theirs; null when that is not possible.</summary>
    private static List<Component>? Expand(byte[][] glyphs, int id, int depth)
    {
        var result = new List<Component>();
        foreach (var component in ReadComponents(glyphs[id], out _))
        {
            if (component.Glyph >= glyphs.Length || !IsComposite(glyphs[component.Glyph]))
            {
                result.Add(component);
                continue;
            }
            if ((component.Flags & ArgsAreXyValues) == 0 || (component.Flags & TransformFlags) != 0 || depth >= MaxDepth)
            {
                return null;
            }
            var inner = Expand(glyphs, component.Glyph, depth + 1);
            if (inner is null || inner.Exists(part => (part.Flags & ArgsAreXyValues) == 0))
            {
                return null;
            }
            foreach (var part in inner)
            {
                var (dx, dy) = (part.Dx + component.Dx, part.Dy + component.Dy);
                if (dx is < short.MinValue or > short.MaxValue || dy is < short.MinValue or > short.MaxValue)
                {
                    return null;
                }
                // The part takes over "use my metrics" only when the replaced component had it.
                var flags = (ushort)(part.Flags & ~UseMyMetrics & ~HasInstructions);
                if ((component.Flags & UseMyMetrics) != 0)
                {
                    flags |= (ushort)(part.Flags & UseMyMetrics);
                }
                result.Add(part with { Flags = flags, Dx = dx, Dy = dy });
            }
        }
        return result;
    }

    private static List<Component> ReadComponents(byte[] glyph, out ReadOnlySpan<byte> instructions)
    {
        var components = new List<Component>();
        var at = 10;
        ushort flags;
        do
        {
            flags = BinaryPrimitives.ReadUInt16BigEndian(glyph.AsSpan(at));
            var id = BinaryPrimitives.ReadUInt16BigEndian(glyph.AsSpan(at + 2));
            at += 4;
            int dx, dy;
            if ((flags & ArgsAreWords) != 0)
            {
                dx = BinaryPrimitives.ReadInt16BigEndian(glyph.AsSpan(at));
                dy = BinaryPrimitives.ReadInt16BigEndian(glyph.AsSpan(at + 2));
                at += 4;
            }
            else
            {
                dx = (flags & ArgsAreXyValues) != 0 ? (sbyte)glyph[at] : glyph[at];
                dy = (flags & ArgsAreXyValues) != 0 ? (sbyte)glyph[at + 1] : glyph[at + 1];
                at += 2;
            }
            var transformLength = (flags & HasScale) != 0 ? 2 : (flags & HasXyScale) != 0 ? 4 : (flags & HasTwoByTwo) != 0 ? 8 : 0;
            components.Add(new Component(flags, id, dx, dy, glyph.AsSpan(at, transformLength).ToArray()));
            at += transformLength;
        }
        while ((flags & MoreComponents) != 0);

        instructions = (flags & HasInstructions) != 0
            ? glyph.AsSpan(at, 2 + BinaryPrimitives.ReadUInt16BigEndian(glyph.AsSpan(at)))
            : [];
        return components;
    }

    /// <summary>The glyph's header (contour count and bounding box), the components, and its own instructions.</summary>
    private static byte[] WriteGlyph(byte[] original, List<Component> components)
    {
        ReadComponents(original, out var instructions);
        var output = new List<byte>(original.Length * 2);
        output.AddRange(original.AsSpan(0, 10));
        Span<byte> word = stackalloc byte[2];
        for (var i = 0; i < components.Count; i++)
        {
            var component = components[i];
            var flags = (ushort)((component.Flags | ArgsAreWords) & ~MoreComponents & ~HasInstructions);
            if (i < components.Count - 1)
            {
                flags |= MoreComponents;
            }
            else if (!instructions.IsEmpty)
            {
                flags |= HasInstructions;
            }
            foreach (var value in new[] { flags, component.Glyph, (ushort)(short)component.Dx, (ushort)(short)component.Dy })
            {
                BinaryPrimitives.WriteUInt16BigEndian(word, value);
                output.AddRange(word);
            }
            output.AddRange(component.Transform);
        }
        output.AddRange(instructions);
        return [.. output];
    }

    private sealed record Component(ushort Flags, ushort Glyph, int Dx, int Dy, byte[] Transform);
}
