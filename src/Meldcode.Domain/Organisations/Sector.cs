namespace Meldcode.Domain.Organisations;

/// <summary>The sector an organisation works in; it selects the sector variant of the meldcode.</summary>
public enum Sector
{
    /// <summary>Onderwijs.</summary>
    Education = 1,

    /// <summary>Kinderopvang.</summary>
    Childcare = 2,

    /// <summary>Jeugdhulp.</summary>
    YouthCare = 3,

    /// <summary>Zorg.</summary>
    HealthCare = 4,

    /// <summary>Maatschappelijke ondersteuning.</summary>
    SocialSupport = 5,
}

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
