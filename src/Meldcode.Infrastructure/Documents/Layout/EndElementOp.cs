namespace Meldcode.Infrastructure.Documents.Layout;

/// <summary>Closes the structure element opened last.</summary>
internal sealed record EndElementOp : DrawOp
{
    public static readonly EndElementOp Instance = new();
}
