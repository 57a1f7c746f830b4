using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Meldcode.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class TeamOverviewIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Dossiers_TeamId_ClosedAt_LastActivityAt",
                table: "Dossiers");

            migrationBuilder.AddColumn<bool>(
                name: "OnTeamOverview",
                table: "Dossiers",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_TeamOverview",
                table: "Dossiers",
                columns: new[] { "TeamId", "OnTeamOverview", "CurrentStep", "OwnerId", "IsAcute", "AwaitingReview", "HasReportDue", "NextEvaluationDate", "LastActivityAt", "ClosedAt", "Id" });
        
            // Existing dossiers: listed while open, or while a decision waits for review.
            migrationBuilder.Sql("UPDATE \"Dossiers\" SET \"OnTeamOverview\" = CASE WHEN \"ClosedAt\" IS NULL OR \"AwaitingReview\" IS NOT NULL THEN 1 ELSE 0 END;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Dossiers_TeamOverview",
                table: "Dossiers");

            migrationBuilder.DropColumn(
                name: "OnTeamOverview",
                table: "Dossiers");

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_TeamId_ClosedAt_LastActivityAt",
                table: "Dossiers",
                columns: new[] { "TeamId", "ClosedAt", "LastActivityAt" });
        }
    }
}
