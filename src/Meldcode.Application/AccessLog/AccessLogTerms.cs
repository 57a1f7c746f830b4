namespace Meldcode.Application.AccessLog;

/// <summary>The access log's words in Dutch, the same on the page and in the CSV file.</summary>
public static class AccessLogTerms
{
    public static string Action(AccessAction action) => action switch
    {
        AccessAction.Create => "aangemaakt",
        AccessAction.Read => "bekeken",
        AccessAction.Update => "gewijzigd",
        AccessAction.Delete => "verwijderd",
        AccessAction.Export => "geëxporteerd of afgedrukt",
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
    };

    public static string Subject(AccessSubject subject) => subject switch
    {
        AccessSubject.Dossier => "dossier",
        AccessSubject.StaffConcern => "melding over een medewerker",
        AccessSubject.AccessLog => "toegangslog",
        _ => throw new ArgumentOutOfRangeException(nameof(subject), subject, null),
    };

    public static string Outcome(AccessOutcome outcome) => outcome switch
    {
        AccessOutcome.Allowed => "toegestaan",
        AccessOutcome.Refused => "geweigerd",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
    };
}
