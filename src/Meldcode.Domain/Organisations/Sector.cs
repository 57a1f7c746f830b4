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
