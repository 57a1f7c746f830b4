using Meldcode.Application.Common.Documents;
using PdfSharp.Drawing;

namespace Meldcode.Infrastructure.Documents.Layout;

/// <summary>The sizes, colours and spacing of every kind of text and line, in one place.</summary>
internal static class Typography
{
    public static readonly XColor Ink = XColor.FromArgb(0x1F, 0x1F, 0x1F);
    public static readonly XColor Grey = XColor.FromArgb(0x5A, 0x5A, 0x5A);
    public static readonly XColor MarkingRed = XColor.FromArgb(0xA1, 0x12, 0x1A);
    public static readonly XColor RuleGrey = XColor.FromArgb(0xB4, 0xB4, 0xB4);
    public static readonly XColor HeaderFill = XColor.FromArgb(0xEC, 0xEC, 0xEC);

    public static readonly TextFormat Body = new(FontFace.Regular, 10, Ink, 14);
    public static readonly TextFormat Strong = new(FontFace.Bold, 10, Ink, 14);
    public static readonly TextFormat Muted = new(FontFace.Regular, 9, Grey, 12.5);

    public static readonly TextFormat Heading1 = new(FontFace.Bold, 16, Ink, 20);
    public static readonly TextFormat Heading2 = new(FontFace.Bold, 13, Ink, 17);
    public static readonly TextFormat Heading3 = new(FontFace.Bold, 11, Ink, 15);

    public static readonly TextFormat KeyLabel = new(FontFace.Bold, 9, Grey, 14);
    public static readonly TextFormat Placeholder = new(FontFace.Italic, 10, Grey, 14);
    public static readonly TextFormat TableHeader = new(FontFace.Bold, 9, Ink, 12.5);
    public static readonly TextFormat TableBody = new(FontFace.Regular, 9, Ink, 12.5);

    public static readonly TextFormat RunningOrganisation = new(FontFace.Bold, 9, Ink, 12);
    public static readonly TextFormat RunningReference = new(FontFace.Regular, 9, Grey, 12);
    public static readonly TextFormat RunningMarking = new(FontFace.Bold, 9, MarkingRed, 12);
    public static readonly TextFormat Footer = new(FontFace.Regular, 8, Grey, 11);

    public static readonly XBrush HeaderFillBrush = new XSolidBrush(HeaderFill);

    public static readonly XPen ThinRule = new(RuleGrey, 0.5);
    public static readonly XPen Rule = new(RuleGrey, 0.75);

    public static TextFormat ForHeading(int level) => level switch
    {
        1 => Heading1,
        2 => Heading2,
        _ => Heading3,
    };

    public static TextFormat ForParagraph(TextEmphasis emphasis) => emphasis switch
    {
        TextEmphasis.Strong => Strong,
        TextEmphasis.Muted => Muted,
        _ => Body,
    };
}
