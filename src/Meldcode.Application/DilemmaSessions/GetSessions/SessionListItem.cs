using Meldcode.Domain.DilemmaSessions;

namespace Meldcode.Application.DilemmaSessions.GetSessions;

/// <summary>A session in the trainer's list; a session past its 24 hours reads as ended.</summary>
public sealed record SessionListItem(Guid Id, string Title, SessionState State, DateTimeOffset CreatedAt, DateTimeOffset? StartedAt, int Dilemmas, int Participants);
