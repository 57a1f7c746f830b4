namespace Meldcode.Domain.DilemmaSessions;

/// <summary>What in a reflection looks like a personal detail, so the trainer reads it with extra care.</summary>
[Flags]
public enum PersonalDetailHint
{
    None = 0,
    Name = 1,
    Date = 2,
    Address = 4,
}
