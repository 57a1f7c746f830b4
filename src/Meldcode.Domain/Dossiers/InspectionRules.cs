namespace Meldcode.Domain.Dossiers;

/// <summary>Who asks to see the file (inzageverzoek), in relation to the child the dossier is about.</summary>
public enum RequesterRelation
{
    /// <summary>A parent (ouder).</summary>
    Parent = 1,

    /// <summary>Another carer (verzorger, pleegouder, voogd).</summary>
    OtherCarer = 2,

    /// <summary>The child itself (or the adult client the dossier is about).</summary>
    Child = 3,

    /// <summary>Someone else (a grandparent without authority, a neighbour, a lawyer without a mandate, …).</summary>
    SomeoneElse = 4,
}

/// <summary>Whether a requester may receive the file, and if not, why (in plain Dutch, for the lead and the requester).</summary>
public sealed record InspectionVerdict(bool MayReceive, string? RefusalReason)
{
    public static InspectionVerdict Granted { get; } = new(true, null);

    public static InspectionVerdict Refused(string reason) => new(false, reason);
}

/// <summary>
/// The right to see the file (AVG art. 15, with the age limits of the WGBO and the Jeugdwet; domain.md §7): under 12 the
/// parents with parental authority; from 12 up to 16 both the parents with authority and the child; from 16 the child
/// only. Nobody else. The deadline: one month from receipt, extendable once by two months with a reason (AVG art. 12(3)).
/// </summary>
public static class InspectionRules
{
    /// <summary>From this age the child may see its own file.</summary>
    public const int ChildMayAskFrom = 12;

    /// <summary>From this age the child decides alone: parents no longer see the file.</summary>
    public const int ChildDecidesAloneFrom = 16;

    public const int MaximumAge = 150;

    public const string ChildTooYoung = "Een kind jonger dan 12 jaar krijgt het dossier niet zelf te zien. De ouders met gezag kunnen om inzage vragen.";
    public const string ChildDecidesAlone = "Het kind is 16 jaar of ouder. Dan mag alleen het kind zelf het dossier inzien, de ouders niet meer.";
    public const string NoAuthority = "Alleen een ouder of verzorger met gezag mag het dossier van een kind jonger dan 16 jaar inzien. Deze aanvrager heeft geen gezag.";
    public const string NotEntitled = "Alleen ouders met gezag (tot het kind 16 is) en het kind zelf (vanaf 12 jaar) mogen het dossier inzien. Deze aanvrager niet.";

    public static InspectionVerdict Decide(RequesterRelation relation, bool hasParentalAuthority, int childAge)
    {
        if (childAge is < 0 or > MaximumAge)
        {
            throw new ArgumentOutOfRangeException(nameof(childAge), childAge, "An age is between 0 and 150.");
        }

        return relation switch
        {
            RequesterRelation.Child => childAge >= ChildMayAskFrom ? InspectionVerdict.Granted : InspectionVerdict.Refused(ChildTooYoung),
            RequesterRelation.Parent or RequesterRelation.OtherCarer when !hasParentalAuthority => InspectionVerdict.Refused(NoAuthority),
            RequesterRelation.Parent or RequesterRelation.OtherCarer => childAge < ChildDecidesAloneFrom ? InspectionVerdict.Granted : InspectionVerdict.Refused(ChildDecidesAlone),
            RequesterRelation.SomeoneElse => InspectionVerdict.Refused(NotEntitled),
            _ => throw new ArgumentOutOfRangeException(nameof(relation), relation, null),
        };
    }

    /// <summary>The age in whole years on <paramref name="on"/> of someone born on <paramref name="born"/>.</summary>
    public static int AgeOn(DateOnly born, DateOnly on)
    {
        var age = on.Year - born.Year;
        return born.AddYears(age) > on ? age - 1 : age;
    }

    /// <summary>One month from receipt (the same day of the next month, or its last day).</summary>
    public static DateOnly DeadlineFor(DateOnly receivedOn) => receivedOn.AddMonths(1);

    /// <summary>The deadline once extended: two months more, three from receipt.</summary>
    public static DateOnly ExtendedDeadlineFor(DateOnly receivedOn) => receivedOn.AddMonths(3);
}
