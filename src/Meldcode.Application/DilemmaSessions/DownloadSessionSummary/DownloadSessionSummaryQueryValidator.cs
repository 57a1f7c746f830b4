namespace Meldcode.Application.DilemmaSessions.DownloadSessionSummary;

public sealed class DownloadSessionSummaryQueryValidator : AbstractValidator<DownloadSessionSummaryQuery>
{
    public DownloadSessionSummaryQueryValidator()
    {
        RuleFor(c => c.Format).Chosen("Kies pdf of csv.");
    }
}
