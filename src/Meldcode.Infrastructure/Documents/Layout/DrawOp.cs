namespace Meldcode.Infrastructure.Documents.Layout;

/// <summary>One positioned drawing instruction of a laid-out page (y grows downwards, in points).</summary>
internal abstract record DrawOp;
