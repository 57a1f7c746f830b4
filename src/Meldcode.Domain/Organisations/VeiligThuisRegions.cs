using System.Text.RegularExpressions;

namespace Meldcode.Domain.Organisations;

/// <summary>
/// The 26 regional Veilig Thuis organisations, and the one way a region is stored and named. A region is stored
/// by its own name ("Utrecht"); whoever types "Veilig Thuis Utrecht" gets the same, so that "Veilig Thuis" is never
/// said twice when it is shown as "Veilig Thuis Utrecht".
/// </summary>
public static partial class VeiligThuisRegions
{
    /// <summary>The regions as Veilig Thuis names them, offered as suggestions (the fields stay free text).</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        "Amsterdam-Amstelland",
        "Brabant-Noordoost",
        "Drenthe",
        "Flevoland",
        "Fryslân",
        "Gelderland-Midden",
        "Gelderland-Zuid",
        "Gooi en Vechtstreek",
        "Groningen",
        "Haaglanden",
        "Hollands Midden",
        "IJsselland",
        "Kennemerland",
        "Limburg-Noord",
        "Midden-Brabant",
        "Noord- en Oost-Gelderland",
        "Noord-Holland Noord",
        "Rotterdam Rijnmond",
        "Twente",
        "Utrecht",
        "West-Brabant",
        "Zaanstreek-Waterland",
        "Zeeland",
        "Zuid-Holland Zuid",
        "Zuid-Limburg",
        "Zuidoost-Brabant",
    ];

    /// <summary>The region's own name: trimmed, without a leading "Veilig Thuis" (in any case, with or without a dash); null when nothing is left.</summary>
    public static string? Name(string? region)
    {
        if (string.IsNullOrWhiteSpace(region))
        {
            return null;
        }

        var name = Prefix().Replace(region.Trim(), string.Empty).Trim();
        return name.Length == 0 ? null : name;
    }

    /// <summary>How a region is shown: "Veilig Thuis Utrecht" (also for a region stored before the prefix was taken off).</summary>
    public static string Display(string region) => Name(region) is { } name ? $"Veilig Thuis {name}" : "Veilig Thuis";

    [GeneratedRegex(@"^veilig\s*thuis\s*[-–:]?\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Prefix();
}
