namespace Meldcode.Domain.Dossiers;

/// <summary>The outcome of the weighing: what the framework recommends, and what the professional decides.</summary>
public enum Outcome
{
    Close = 1,
    Report = 2,
    HelpAndMonitor = 3,
    ReportAndHelp = 4,
}
