namespace Meldcode.Application.DilemmaSessions.DownloadSessionSummary;

public enum SummaryFormat
{
    Pdf = 0,
    Csv = 1,
}
