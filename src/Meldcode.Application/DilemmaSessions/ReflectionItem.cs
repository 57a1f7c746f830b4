using Meldcode.Domain.DilemmaSessions;

namespace Meldcode.Application.DilemmaSessions;

/// <summary>A reflection as the trainer's screens show it, with what made it look like a personal detail.</summary>
public sealed record ReflectionItem(Guid Id, int Dilemma, int Point, string Text, bool IsHeldBack, PersonalDetailHint Hints, ReflectionStatus Status)
{
    public static ReflectionItem Of(Reflection reflection)
    {
        ArgumentNullException.ThrowIfNull(reflection);
        return new ReflectionItem(reflection.Id, reflection.Dilemma, reflection.Point, reflection.Text, reflection.IsHeldBack, reflection.Hints, reflection.Status);
    }
}
