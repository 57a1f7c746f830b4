namespace Meldcode.Application.DilemmaSessions.JoinSession;

/// <summary>The session joined, and the participant's token: shown only now, to be kept by the browser.</summary>
public sealed record JoinedSession(Guid SessionId, string Token);
