using Meldcode.Domain.Dossiers;

namespace Meldcode.Domain.Dilemmas;

/// <summary>The Dutch names of the dilemma library's terms, as a trainer's screen shows them.</summary>
public static class DilemmaTerms
{
    /// <summary>The name of a form of abuse: the same words as for the signal category of that form, so a dilemma and a dossier never name one form two ways.</summary>
    public static string DutchName(this FormOfAbuse form) => form switch
    {
        FormOfAbuse.ElderAbuse => "Ouderenmishandeling",
        _ when Enum.IsDefined(form) => DutchTerms.For((SignalCategory)(int)form),
        _ => throw new ArgumentOutOfRangeException(nameof(form), form, null),
    };

    public static string DutchName(this DilemmaTheme theme) => theme switch
    {
        DilemmaTheme.AskedToKeepSecret => "Iemand vraagt je het geheim te houden",
        DilemmaTheme.HighConflictDivorce => "Vechtscheiding",
        DilemmaTheme.IntoxicatedParentAtPickUp => "Een ouder komt onder invloed een kind ophalen",
        DilemmaTheme.FearOfActing => "Angst om het mis te hebben of het erger te maken",
        DilemmaTheme.InjuryWithUnfittingExplanation => "Letsel met een uitleg die niet past",
        DilemmaTheme.HungryAndUnwashedOnMondays => "Honger en niet gewassen op maandag",
        DilemmaTheme.WitnessingViolenceBetweenParents => "Getuige van geweld tussen ouders",
        DilemmaTheme.SummerTripWithMutilationRisk => "Zomerreis naar het land van herkomst (VGV)",
        DilemmaTheme.HonourRelatedThreat => "Eergerelateerde dreiging",
        DilemmaTheme.SuspicionAboutColleague => "Vermoeden over een collega",
        DilemmaTheme.SexualBehaviourBetweenChildren => "Seksueel grensoverschrijdend gedrag tussen kinderen",
        DilemmaTheme.HelpRefusedOrNotWorking => "Hulp geweigerd of hulp die niet helpt",
        _ => throw new ArgumentOutOfRangeException(nameof(theme), theme, null),
    };

    public static string DutchName(this DilemmaOrigin origin) => origin switch
    {
        DilemmaOrigin.BuiltIn => "Ingebouwd",
        DilemmaOrigin.Copy => "Kopie",
        DilemmaOrigin.Written => "Zelf geschreven",
        _ => throw new ArgumentOutOfRangeException(nameof(origin), origin, null),
    };
}
