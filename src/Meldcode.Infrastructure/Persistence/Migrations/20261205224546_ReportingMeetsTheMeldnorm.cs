using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Meldcode.Infrastructure.Persistence.Migrations
{
    /// <summary>
    /// Reporting meets the meldnorm: when the afwegingskader advised reporting (with or without help), a decision
    /// that reports is no deviation (<c>Afwegingskader.Deviates</c>). Decisions recorded under the old rule are
    /// marked again; their justification and the chronology line written then stay as they were (append-only).
    /// </summary>
    public partial class ReportingMeetsTheMeldnorm : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(
                "UPDATE Decisions SET IsDeviation = 0 " +
                "WHERE Outcome IN ('Report', 'ReportAndHelp') AND Recommended IN ('Report', 'ReportAndHelp');");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(
                "UPDATE Decisions SET IsDeviation = 1 " +
                "WHERE Outcome IN ('Report', 'ReportAndHelp') AND Recommended IN ('Report', 'ReportAndHelp') AND Outcome <> Recommended;");
        }
    }
}
