namespace Meldcode.Application.DilemmaSessions.GetParticipantScreen;

/// <summary>The participant's page: where the session is, and their own answer in the open vote (null before they vote).</summary>
public sealed record ParticipantScreen(SessionPointView Point, string? MyAnswer);
