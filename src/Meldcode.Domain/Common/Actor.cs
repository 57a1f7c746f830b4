namespace Meldcode.Domain.Common;

/// <summary>Who did something: the user's identifier and their name at that moment (kept for the record).</summary>
public sealed record Actor(Guid UserId, string Name);
