using Meldcode.Domain.Users;

namespace Meldcode.Web.Presentation;

/// <summary>What the start page tells each role they can do in Meldcode, in plain Dutch.</summary>
public static class RoleWelcome
{
    public static IReadOnlyList<string> TasksFor(Role role) => role switch
    {
        Role.Professional =>
        [
            "Een dossier openen als je je zorgen maakt over een kind.",
            "Signalen vastleggen: feiten, de eigen woorden van het kind en je interpretatie apart.",
            "Een collega of de aandachtsfunctionaris om advies vragen.",
            "De vijf stappen van de meldcode doorlopen en met het afwegingskader besluiten.",
        ],
        Role.SafeguardingLead =>
        [
            "Overzicht houden over de dossiers van je team.",
            "Vragen om advies (consultatie) van collega's beantwoorden.",
            "Besluiten om te melden meelezen (vier ogen).",
        ],
        Role.Trainer =>
        [
            "Dilemma-oefeningen voorbereiden en live begeleiden, bijvoorbeeld in de Week tegen Kindermishandeling.",
            "Je ziet geen echte dossiers: oefeningen gebruiken alleen verzonnen situaties.",
        ],
        Role.FunctionalAdministrator =>
        [
            "De organisatie, teams en locaties inrichten.",
            "Gebruikers rollen en teams geven.",
            "Je beheert mensen en instellingen, maar leest geen dossiers.",
        ],
        Role.PrivacyOfficer =>
        [
            "In het toegangslog nagaan wie welk dossier heeft gezien of gewijzigd, en wanneer.",
            "Een bewaarplicht op een dossier zetten en zien welke dossiers na hun bewaartermijn zijn verwijderd.",
            "Je leest het toegangslog, niet de dossiers zelf.",
        ],
        Role.Board =>
        [
            "Meldingen over een medewerker als mogelijke dader behandelen (meldplicht, overlegplicht en aangifteplicht).",
            "Deze route staat los van de meldcode voor signalen over thuis.",
            "De cijfers over het gebruik van de meldcode bekijken, voor het bestuur en de jaarlijkse evaluatie.",
        ],
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };
}
