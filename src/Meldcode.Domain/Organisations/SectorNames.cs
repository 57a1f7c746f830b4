namespace Meldcode.Domain.Organisations;

public static class SectorNames
{
    /// <summary>The Dutch name of the sector, as the interface and the administration log write it.</summary>
    public static string DutchName(this Sector sector) => sector switch
    {
        Sector.Education => "Onderwijs",
        Sector.Childcare => "Kinderopvang",
        Sector.YouthCare => "Jeugdhulp",
        Sector.HealthCare => "Zorg",
        Sector.SocialSupport => "Maatschappelijke ondersteuning",
        _ => throw new ArgumentOutOfRangeException(nameof(sector), sector, null),
    };
}
