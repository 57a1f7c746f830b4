using Meldcode.Domain.Common;
using Meldcode.Domain.Organisations;

namespace Meldcode.Domain.Retention;

/// <summary>
/// The retention terms (bewaartermijnen): how long a closed record is kept, counted from the day it was closed (Dutch
/// time). Youth care (Jeugdwet) and health care (WGBO) keep files 20 years by law; education and childcare have no
/// statutory term: the organisation chooses one and justifies it (AVG, opslagbeperking).
/// </summary>
public static class RetentionTerms
{
    /// <summary>The statutory term in youth care and health care (since 2020).</summary>
    public const int StatutoryYears = 20;

    /// <summary>
    /// The term a new organisation starts with for staff-member records (education and childcare only): five years
    /// after closing, which the organisation must confirm or change and justify (see docs/operations.md).
    /// </summary>
    public const int DefaultStaffConcernYears = 5;

    /// <summary>Youth care and health care: a term set by law.</summary>
    public static bool HasStatutoryTerm(this Sector sector) => sector is Sector.YouthCare or Sector.HealthCare;

    /// <summary>
    /// The term that applies to a dossier opened in <paramref name="dossierSector"/>: the organisation's term, but never
    /// less than the statutory 20 years for a dossier of youth care or health care (also when a team changed sector later).
    /// </summary>
    public static int DossierTerm(Sector dossierSector, int organisationYears) =>
        dossierSector.HasStatutoryTerm() ? Math.Max(StatutoryYears, organisationYears) : organisationYears;

    /// <summary>The first day the record may be deleted: the Dutch day it was closed, plus the term.</summary>
    public static DateOnly EndsOn(DateTimeOffset closedAt, int years) => DutchTime.Today(closedAt).AddYears(years);

    /// <summary>True when the term has ended on <paramref name="today"/> (closed date + term ≤ today).</summary>
    public static bool HasEnded(DateTimeOffset closedAt, int years, DateOnly today) => EndsOn(closedAt, years) <= today;
}
