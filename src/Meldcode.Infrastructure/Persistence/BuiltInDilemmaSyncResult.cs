namespace Meldcode.Infrastructure.Persistence;

/// <summary>What a synchronisation of the built-in dilemmas did.</summary>
public sealed record BuiltInDilemmaSyncResult(int Added, int Updated, int Archived);
