namespace Meldcode.Domain.Dilemmas;

/// <summary>The theme packs shipped with the product; each names built-in dilemmas of <see cref="DilemmaLibrary"/> by key.</summary>
public static class ThemePacks
{
    public const string WeekKey = "week-tegen-kindermishandeling";

    /// <summary>
    /// The session for the Week tegen Kindermishandeling: five dilemmas, each from another sector and about another
    /// form of abuse, from a secret a child asks you to keep to a family party abroad.
    /// </summary>
    public static ThemePack Week { get; } = new(
        WeekKey,
        "Week tegen Kindermishandeling",
        "Vijf dilemma's voor een sessie in de Week tegen Kindermishandeling. Elk dilemma speelt in een andere sector en gaat over een andere vorm van geweld.",
        ["beloof-je-het", "maandagochtend", "een-foto-in-de-groepsapp", "zeg-het-tegen-niemand", "een-groot-feest-bij-oma"]);

    public static ThemePack School { get; } = new(
        "onderwijs",
        "Op school",
        "Vijf dilemma's voor leerkrachten en intern begeleiders: van een val van de fiets tot een zomerreis.",
        ["van-de-fiets-gevallen", "onder-de-tafel", "een-vader-met-een-kort-lontje", "appjes-om-elf-uur", "na-de-zomervakantie"]);

    public static ThemePack Childcare { get; } = new(
        "kinderopvang",
        "In de kinderopvang",
        "Vijf dilemma's voor pedagogisch medewerkers: bij het brengen, het halen en in de groep.",
        ["een-tik-van-tom", "maandagochtend", "achter-de-deur-van-de-wc", "ruzie-in-de-hal", "met-de-auto-voor-de-deur"]);

    /// <summary>Every pack, the Week first.</summary>
    public static IReadOnlyList<ThemePack> All { get; } = [Week, School, Childcare];

    /// <summary>The pack with this key, or null.</summary>
    public static ThemePack? Find(string key) => All.FirstOrDefault(p => string.Equals(p.Key, key, StringComparison.Ordinal));
}
