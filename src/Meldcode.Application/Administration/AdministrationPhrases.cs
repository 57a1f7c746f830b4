using System.Globalization;
using Meldcode.Domain.Organisations;
using Meldcode.Domain.Users;

namespace Meldcode.Application.Administration;

/// <summary>The Dutch sentences of the administration log. They are the record, so they are written when the change is made.</summary>
public static class AdministrationPhrases
{
    public static string Provisioned(User user) =>
        $"{user.DisplayName} heeft voor het eerst ingelogd via de organisatie en wacht op toegang.";

    public static string RoleGranted(User user, Role role, Team? team) =>
        $"{user.DisplayName} heeft de rol {RoleWithTeam(role, team)} gekregen.";

    public static string RoleRevoked(User user, Role role, Team? team) =>
        $"De rol {RoleWithTeam(role, team)} van {user.DisplayName} is ingetrokken.";

    public static string Deactivated(User user, int sessionsEnded) =>
        sessionsEnded == 0
            ? $"{user.DisplayName} is gedeactiveerd."
            : string.Create(CultureInfo.InvariantCulture, $"{user.DisplayName} is gedeactiveerd; {sessionsEnded} open sessie(s) beëindigd.");

    public static string Reactivated(User user) => $"{user.DisplayName} is weer actief.";

    /// <summary>Names the team's sector when it is not the organisation's (the default).</summary>
    public static string TeamAdded(Team team, Sector organisationSector) =>
        team.Sector == organisationSector ? $"Team of locatie '{team.Name}' toegevoegd." : $"Team of locatie '{team.Name}' toegevoegd, in de sector {team.Sector.DutchName()}.";

    public static string TeamSectorChanged(Sector oldSector, Team team) =>
        $"Team of locatie '{team.Name}' werkt nu in de sector {team.Sector.DutchName()} (was: {oldSector.DutchName()}).";

    /// <summary>The review settings as they are now (the log line says what they became).</summary>
    public static string ReviewSettingsChanged(Organisation organisation, string? namedReviewer) =>
        string.Create(CultureInfo.InvariantCulture, $"Vier ogen op meldingen {(organisation.FourEyesOnReports ? "aan" : "uit")}; beoordelaar als niemand anders in het team kan: {namedReviewer ?? "niemand aangewezen"}; een dossier staat stil na {organisation.StalledAfterWorkingDays} werkdagen.");

    public static string TeamRenamed(string oldName, Team team) => $"Team of locatie '{oldName}' heet nu '{team.Name}'.";

    /// <summary>Only what changed, e.g. "Organisatie-instellingen gewijzigd: sector Kinderopvang (was: Onderwijs); bewaartermijn 20 jaar (was: niet ingesteld)."; null when nothing changed.</summary>
    /// <summary>The log line for a changed Week tegen Kindermishandeling; null when nothing changed.</summary>
    public static string? CampaignWeekChanged(CampaignWeek old, CampaignWeek now) =>
        old == now ? null : $"Week tegen Kindermishandeling gewijzigd: {now.DatesInDutch()}, thema '{now.Theme}' (was: {old.DatesInDutch()}, thema '{old.Theme}').";

    public static string? SettingsChanged(string oldName, Sector oldSector, string? oldRegion, int? oldRetention, int? oldStaffConcernRetention, Organisation organisation)
    {
        var changes = new List<string>();
        if (oldName != organisation.Name)
        {
            changes.Add($"naam '{organisation.Name}' (was: '{oldName}')");
        }

        if (oldSector != organisation.Sector)
        {
            changes.Add($"sector {organisation.Sector.DutchName()} (was: {oldSector.DutchName()})");
        }

        if (oldRegion != organisation.VeiligThuisRegion)
        {
            changes.Add($"regio Veilig Thuis {Quoted(organisation.VeiligThuisRegion)} (was: {Quoted(oldRegion)})");
        }

        if (oldRetention != organisation.RetentionYears)
        {
            changes.Add($"bewaartermijn {Years(organisation.RetentionYears)} (was: {Years(oldRetention)})");
        }

        if (oldStaffConcernRetention != organisation.StaffConcernRetentionYears)
        {
            changes.Add($"bewaartermijn vermoedens tegen medewerkers {Years(organisation.StaffConcernRetentionYears)} (was: {Years(oldStaffConcernRetention)})");
        }

        return changes.Count == 0 ? null : "Organisatie-instellingen gewijzigd: " + string.Join("; ", changes) + ".";
    }

    public static string RoleWithTeam(Role role, Team? team) => team is null ? role.DutchName() : $"{role.DutchName()} ({team.Name})";

    private static string Quoted(string? text) => text is null ? "niet ingesteld" : $"'{text}'";

    private static string Years(int? years) => years is { } value ? string.Create(CultureInfo.InvariantCulture, $"{value} jaar") : "niet ingesteld";
}
