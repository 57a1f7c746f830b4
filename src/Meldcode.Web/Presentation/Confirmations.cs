using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Meldcode.Web.Presentation;

/// <summary>
/// The short confirmations shown on the dossier overview and in the admin area after a change (fixed texts: nothing
/// from the request is echoed). A saved change leaves the key in TempData (<see cref="Confirm"/>) for the page it
/// redirects to, which shows it once: it is not in the address, so a copied or reopened link does not show it again.
/// </summary>
public static class Confirmations
{
    /// <summary>The TempData key that carries the confirmation to the next page.</summary>
    public const string TempDataKey = "bevestiging";

    private static readonly Dictionary<string, string> Texts = new(StringComparer.Ordinal)
    {
        ["geopend"] = "Het dossier is geopend.",
        ["signaal"] = "Het signaal is vastgelegd.",
        ["kindcheck"] = "De kindcheck is vastgelegd.",
        ["consultatie"] = "De consultatie is vastgelegd.",
        ["adviesvraag"] = "Je adviesvraag is verstuurd.",
        ["adviesvraag-ingetrokken"] = "De adviesvraag is ingetrokken.",
        ["gesprek"] = "Het gesprek is vastgelegd.",
        ["gesprek-overgeslagen"] = "Vastgelegd waarom het gesprek niet kan.",
        ["weging"] = "Je antwoord is vastgelegd.",
        ["besluit"] = "Je besluit is vastgelegd.",
        ["melding"] = "De melding is vastgelegd.",
        ["terugkoppeling"] = "De terugkoppeling van Veilig Thuis is vastgelegd.",
        ["hulp"] = "De hulp en de evaluatiedatum zijn vastgelegd.",
        ["evaluatie"] = "De evaluatie is vastgelegd.",
        ["acuut"] = "De actie bij acuut gevaar is vastgelegd.",
        ["opmerking"] = "Je opmerking is toegevoegd.",
        ["correctie"] = "De correctie is toegevoegd.",
        ["gesloten"] = "Het dossier is gesloten.",
        ["betrokkenen"] = "De gegevens zijn toegevoegd.",
        ["collega"] = "De collega werkt nu mee aan dit dossier.",
        ["bewaarplicht"] = "De bewaarplicht staat op het dossier. Het wordt niet verwijderd tot de bewaarplicht is opgeheven.",
        ["bewaarplicht-opgeheven"] = "De bewaarplicht is opgeheven. Het dossier volgt weer de bewaartermijn.",
        ["vernietigingsverzoek"] = "Het verzoek tot vernietiging is vastgelegd. Neem er een besluit over.",
        ["vernietiging-afgewezen"] = "Het verzoek tot vernietiging is afgewezen. Het dossier blijft bewaard.",
        ["vernietigd"] = "Het dossier is vernietigd. Er is alleen een verwijderverslag bewaard, zonder inhoud.",
        ["overgedragen"] = "Het dossier is overgedragen. De nieuwe eigenaar ziet het in Mijn dossiers.",
        ["inzage-vastgelegd"] = "Het inzageverzoek is vastgelegd.",
        ["inzage-verlengd"] = "De termijn is verlengd.",
        ["inzage-beantwoord"] = "Het antwoord op het inzageverzoek is vastgelegd.",
        ["dossiers-overgedragen"] = "De dossiers zijn overgedragen. De nieuwe eigenaar ziet ze in Mijn dossiers.",
        ["rol-gegeven"] = "De rol is gegeven. De gebruiker heeft hem vanaf de volgende pagina die hij of zij opent.",
        ["rol-ingetrokken"] = "De rol is ingetrokken. Dat geldt vanaf de volgende pagina die de gebruiker opent.",
        ["gedeactiveerd"] = "De gebruiker is gedeactiveerd en is direct uitgelogd.",
        ["geactiveerd"] = "De gebruiker is weer actief en kan weer inloggen.",
        ["team-toegevoegd"] = "Het team of de locatie is toegevoegd.",
        ["team-hernoemd"] = "De nieuwe naam is opgeslagen.",
        ["team-sector"] = "De nieuwe sector van het team of de locatie is opgeslagen.",
        ["instellingen"] = "De instellingen van de organisatie zijn opgeslagen.",
        ["week"] = "De Week tegen Kindermishandeling is opgeslagen.",
        ["beoordeling"] = "De instellingen voor vier ogen en het teamoverzicht zijn opgeslagen.",
        ["medeondertekend"] = "Je hebt het besluit medeondertekend.",
        ["oneens"] = "Vastgelegd dat je het niet eens bent met het besluit. Het besluit blijft staan.",
        ["dilemma-gekopieerd"] = "Het dilemma is gekopieerd. Je kunt de kopie nu bewerken.",
        ["dilemma-geschreven"] = "Het dilemma is opgeslagen.",
        ["dilemma-bewerkt"] = "De nieuwe versie is opgeslagen.",
    };

    /// <summary>Leaves the confirmation for the page the browser is redirected to (shown there once).</summary>
    public static RedirectToPageResult Confirm(this PageModel page, string confirmationKey, RedirectToPageResult redirect)
    {
        ArgumentNullException.ThrowIfNull(page);
        page.TempData[TempDataKey] = confirmationKey;
        return redirect;
    }

    public static string? For(string? key) => key is not null && Texts.TryGetValue(key, out var text) ? text : null;
}
