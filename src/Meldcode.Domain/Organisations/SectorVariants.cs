namespace Meldcode.Domain.Organisations;

/// <summary>What a sector's variant of the meldcode asks for. A team's sector decides (see <see cref="Team.Sector"/>).</summary>
public static class SectorVariants
{
    /// <summary>Youth care, health care and social support work with adult clients too: they do the kindcheck.</summary>
    public static bool DoesKindchecks(this Sector sector) => sector is Sector.YouthCare or Sector.HealthCare or Sector.SocialSupport;

    /// <summary>Education and childcare have the route for a staff member as suspect (meldplicht, overlegplicht, aangifteplicht).</summary>
    public static bool HasStaffConcernRoute(this Sector sector) => sector is Sector.Education or Sector.Childcare;

    /// <summary>
    /// The retention term (bewaartermijn, years after the last change) a new organisation starts with. Youth care and
    /// health care keep files 20 years by law (since 2020); for social support the product takes the same term. Education
    /// and childcare have no legal term: they start at 5 years, which the organisation must confirm or change and justify
    /// (see docs/operations.md).
    /// </summary>
    public static int DefaultRetentionYears(this Sector sector) => sector is Sector.Education or Sector.Childcare ? 5 : 20;
}
