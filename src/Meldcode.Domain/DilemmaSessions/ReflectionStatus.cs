namespace Meldcode.Domain.DilemmaSessions;

/// <summary>Where a participant's reflection is: nobody sees it before the trainer approves it.</summary>
public enum ReflectionStatus
{
    Waiting = 0,
    Approved = 1,
    Rejected = 2,
}
