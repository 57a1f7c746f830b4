namespace Meldcode.Domain.Dilemmas;

/// <summary>The typical dilemmas of the Week tegen Kindermishandeling (domain.md §8); a dilemma covers one or more.</summary>
public enum DilemmaTheme
{
    /// <summary>Een kind (of ouder) vraagt je om het geheim te houden.</summary>
    AskedToKeepSecret = 1,

    /// <summary>Een vechtscheiding: een ouder gebruikt de school tegen de ander.</summary>
    HighConflictDivorce = 2,

    /// <summary>Een ouder komt dronken een peuter ophalen.</summary>
    IntoxicatedParentAtPickUp = 3,

    /// <summary>Angst om het mis te hebben, voor boze ouders, een klacht, of het erger te maken.</summary>
    FearOfActing = 4,

    /// <summary>Blauwe plekken met een uitleg die niet past.</summary>
    InjuryWithUnfittingExplanation = 5,

    /// <summary>Een kind dat op maandag honger heeft en niet gewassen is.</summary>
    HungryAndUnwashedOnMondays = 6,

    /// <summary>Een leerling die geweld tussen de ouders meemaakt.</summary>
    WitnessingViolenceBetweenParents = 7,

    /// <summary>Een geplande zomerreis naar het land van herkomst (risico op VGV).</summary>
    SummerTripWithMutilationRisk = 8,

    /// <summary>Eergerelateerde dreiging, waarbij praten met de familie gevaarlijk is.</summary>
    HonourRelatedThreat = 9,

    /// <summary>Een vermoeden over een collega.</summary>
    SuspicionAboutColleague = 10,

    /// <summary>Seksueel grensoverschrijdend gedrag tussen kinderen.</summary>
    SexualBehaviourBetweenChildren = 11,

    /// <summary>Ouders die hulp weigeren, of hulp die de situatie niet veiliger maakt.</summary>
    HelpRefusedOrNotWorking = 12,
}
