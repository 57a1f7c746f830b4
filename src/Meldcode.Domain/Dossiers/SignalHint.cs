namespace Meldcode.Domain.Dossiers;

/// <summary>
/// A gentle, explainable remark about how a signal is written; it never stops saving. <paramref name="Words"/> are the
/// words in the text that triggered it, as the message names them (none when the hint is about something missing).
/// </summary>
public sealed record SignalHint(SignalHintKind Kind, string Message, IReadOnlyList<string> Words);
