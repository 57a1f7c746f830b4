namespace Meldcode.Domain.Dossiers;

/// <summary>A gentle, explainable remark about how a signal is written; it never stops saving.</summary>
public sealed record SignalHint(SignalHintKind Kind, string Message);
