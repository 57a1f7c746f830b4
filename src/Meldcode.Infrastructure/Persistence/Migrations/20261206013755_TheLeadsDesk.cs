using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Meldcode.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class TheLeadsDesk : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "FourEyesOnReports",
                table: "Organisations",
                type: "INTEGER",
                nullable: false,
                defaultValue: true);

            migrationBuilder.AddColumn<Guid>(
                name: "NamedReviewerId",
                table: "Organisations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "StalledAfterWorkingDays",
                table: "Organisations",
                type: "INTEGER",
                nullable: false,
                defaultValue: 10);

            migrationBuilder.AddColumn<string>(
                name: "AwaitingReview",
                table: "Dossiers",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "CurrentStepSince",
                table: "Dossiers",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<bool>(
                name: "HasReportDue",
                table: "Dossiers",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "DossierReviews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DecisionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ReviewerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RequestedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ReviewedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReviewedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ReviewedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 12000, nullable: true),
                    DossierId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DossierReviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DossierReviews_Dossiers_DossierId",
                        column: x => x.DossierId,
                        principalTable: "Dossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InboxItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TeamId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DossierId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RecipientId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SubjectId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RaisedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    RaisedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    AcknowledgedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AcknowledgedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DoneByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DoneAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InboxItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InboxItems_Dossiers_DossierId",
                        column: x => x.DossierId,
                        principalTable: "Dossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_TeamId_ClosedAt_LastActivityAt",
                table: "Dossiers",
                columns: new[] { "TeamId", "ClosedAt", "LastActivityAt" });

            migrationBuilder.CreateIndex(
                name: "IX_DossierReviews_DossierId",
                table: "DossierReviews",
                column: "DossierId");

            migrationBuilder.CreateIndex(
                name: "IX_InboxItems_DossierId_SubjectId",
                table: "InboxItems",
                columns: new[] { "DossierId", "SubjectId" });

            migrationBuilder.CreateIndex(
                name: "IX_InboxItems_RecipientId_Status_CreatedAt",
                table: "InboxItems",
                columns: new[] { "RecipientId", "Status", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_InboxItems_TeamId_Status_CreatedAt",
                table: "InboxItems",
                columns: new[] { "TeamId", "Status", "CreatedAt" });
        
            // Existing dossiers: the step they are in counts from their last activity (the best the data knows), and whether a report
            // is due is worked out as the domain does (a decision to report or an evaluation that says no, against the reports recorded).
            migrationBuilder.Sql("UPDATE \"Dossiers\" SET \"CurrentStepSince\" = \"LastActivityAt\";");
            migrationBuilder.Sql(@"UPDATE ""Dossiers"" SET ""HasReportDue"" = CASE WHEN ""ClosedAt"" IS NULL AND
    (SELECT COUNT(*) FROM ""VeiligThuisReports"" r WHERE r.""DossierId"" = ""Dossiers"".""Id"") <
    (SELECT COUNT(*) FROM ""Decisions"" d WHERE d.""DossierId"" = ""Dossiers"".""Id"" AND d.""Outcome"" IN ('Report', 'ReportAndHelp'))
    + (SELECT COUNT(*) FROM ""Evaluations"" e WHERE e.""DossierId"" = ""Dossiers"".""Id"" AND e.""HelpBringsLastingSafety"" = 0)
    THEN 1 ELSE 0 END;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DossierReviews");

            migrationBuilder.DropTable(
                name: "InboxItems");

            migrationBuilder.DropIndex(
                name: "IX_Dossiers_TeamId_ClosedAt_LastActivityAt",
                table: "Dossiers");

            migrationBuilder.DropColumn(
                name: "FourEyesOnReports",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "NamedReviewerId",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "StalledAfterWorkingDays",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "AwaitingReview",
                table: "Dossiers");

            migrationBuilder.DropColumn(
                name: "CurrentStepSince",
                table: "Dossiers");

            migrationBuilder.DropColumn(
                name: "HasReportDue",
                table: "Dossiers");
        }
    }
}
