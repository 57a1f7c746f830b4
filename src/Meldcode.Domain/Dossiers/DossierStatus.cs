namespace Meldcode.Domain.Dossiers;

/// <summary>Where a dossier stands as a whole.</summary>
public enum DossierStatus
{
    Open = 1,
    Reported = 2,
    Monitoring = 3,
    ReportedAndMonitoring = 4,
    Closed = 5,
}
