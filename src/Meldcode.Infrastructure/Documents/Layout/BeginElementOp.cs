namespace Meldcode.Infrastructure.Documents.Layout;

/// <summary>Opens the structure element (or artifact) that what follows belongs to, until the matching <see cref="EndElementOp"/>.</summary>
internal sealed record BeginElementOp(StructureTag Tag) : DrawOp;
