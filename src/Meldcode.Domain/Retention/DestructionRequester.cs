using Meldcode.Domain.Common;
using Meldcode.Domain.Organisations;

namespace Meldcode.Domain.Retention;

/// <summary>Who asks for a dossier to be destroyed early (verzoek tot vernietiging).</summary>
public enum DestructionRequester
{
    /// <summary>A parent with parental authority (gezag).</summary>
    ParentWithAuthority = 1,

    /// <summary>The child (or the adult client) the dossier is about.</summary>
    Child = 2,
}

/// <summary>
/// Who may ask for early destruction. The child may ask from 12 in youth care (Jeugdwet) and from 16 otherwise; a
/// parent with authority asks for a child under 16 (from 16 the child decides alone, as with a request to see the file).
/// </summary>
public static class DestructionRequests
{
    public const int YouthCareChildFromAge = 12;
    public const int ChildFromAge = 16;
    public const int ParentUntilAge = 16;
    public const int MaxAge = 120;

    /// <summary>The age from which the child may ask, for a dossier of this sector.</summary>
    public static int ChildMayAskFrom(Sector dossierSector) => dossierSector == Sector.YouthCare ? YouthCareChildFromAge : ChildFromAge;

    /// <summary>Whether this requester may ask, given the child's age and the dossier's sector.</summary>
    public static bool MayAsk(DestructionRequester requester, int childAge, Sector dossierSector) => requester switch
    {
        DestructionRequester.Child => childAge >= ChildMayAskFrom(dossierSector),
        DestructionRequester.ParentWithAuthority => childAge < ParentUntilAge,
        _ => false,
    };

    /// <summary>Refuses, in words the aandachtsfunctionaris understands, a request that does not fit.</summary>
    public static void EnsureMayAsk(DestructionRequester requester, int childAge, Sector dossierSector)
    {
        Guard.Defined(requester);
        if (childAge is < 0 or > MaxAge)
        {
            throw new DomainException($"Vul een leeftijd in tussen 0 en {MaxAge} jaar.");
        }

        if (MayAsk(requester, childAge, dossierSector))
        {
            return;
        }

        throw requester == DestructionRequester.Child
            ? new DomainException(dossierSector == Sector.YouthCare
                ? $"In de jeugdhulp mag een kind vanaf {YouthCareChildFromAge} jaar zelf om vernietiging vragen. Dit kind is {childAge}: de ouders met gezag vragen het."
                : $"Een kind mag vanaf {ChildFromAge} jaar zelf om vernietiging vragen (in de jeugdhulp vanaf {YouthCareChildFromAge}). Dit kind is {childAge}: de ouders met gezag vragen het.")
            : new DomainException($"Vanaf {ParentUntilAge} jaar beslist het kind zelf over vernietiging. Een ouder kan dit verzoek niet doen; het kind kan het zelf vragen.");
    }

    /// <summary>"een ouder met gezag" / "het kind zelf".</summary>
    public static string Describe(DestructionRequester requester) =>
        requester == DestructionRequester.Child ? "het kind zelf" : "een ouder met gezag";
}
