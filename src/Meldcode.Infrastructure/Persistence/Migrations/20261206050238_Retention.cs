using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Meldcode.Infrastructure.Persistence.Migrations
{
    /// <summary>
    /// Retention: a term for staff-member records (existing organisations get the documented default of 5 years), the
    /// legal hold and a waiting request for early destruction on the dossier, deletion records (append-only) and the
    /// daily job's claims. The chronology's delete trigger is recreated: a delete passes only when a deletion record for
    /// the dossier exists (written first, in the same transaction, by the one controlled deletion path); every other
    /// delete is refused as before.
    /// </summary>
    public partial class Retention : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "StaffConcernRetentionYears",
                table: "Organisations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "DestructionRequestChildAge",
                table: "Dossiers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DestructionRequestReceivedOn",
                table: "Dossiers",
                type: "TEXT",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DestructionRequestedBy",
                table: "Dossiers",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "LegalHoldPlacedAt",
                table: "Dossiers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LegalHoldPlacedByName",
                table: "Dossiers",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LegalHoldReason",
                table: "Dossiers",
                type: "TEXT",
                maxLength: 12000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "DeletionRecords",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RecordId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    OpenedOn = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    ClosedOn = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    RetentionYears = table.Column<int>(type: "INTEGER", nullable: true),
                    DeletedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    DecisionReason = table.Column<string>(type: "TEXT", maxLength: 12000, nullable: true),
                    DeletedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeletionRecords", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ScheduledJobRuns",
                columns: table => new
                {
                    Job = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Day = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    ClaimedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScheduledJobRuns", x => new { x.Job, x.Day });
                });

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_Retention",
                table: "Dossiers",
                columns: new[] { "ClosedAt", "LegalHoldReason" });

            migrationBuilder.CreateIndex(
                name: "IX_DeletionRecords_OrganisationId_DeletedAt",
                table: "DeletionRecords",
                columns: new[] { "OrganisationId", "DeletedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_DeletionRecords_RecordId",
                table: "DeletionRecords",
                column: "RecordId");

            migrationBuilder.Sql("UPDATE \"Organisations\" SET \"StaffConcernRetentionYears\" = 5 WHERE \"StaffConcernRetentionYears\" IS NULL;");

            migrationBuilder.Sql("DROP TRIGGER IF EXISTS ChronologyEntries_append_only_delete;");
            migrationBuilder.Sql(
                "CREATE TRIGGER ChronologyEntries_append_only_delete BEFORE DELETE ON ChronologyEntries " +
                "WHEN NOT EXISTS (SELECT 1 FROM DeletionRecords WHERE RecordId = OLD.DossierId AND Kind = 'Dossier') " +
                "BEGIN SELECT RAISE(ABORT, 'The chronology is append-only.'); END;");
            migrationBuilder.Sql(
                "CREATE TRIGGER DeletionRecords_append_only_update BEFORE UPDATE ON DeletionRecords " +
                "BEGIN SELECT RAISE(ABORT, 'Deletion records are append-only.'); END;");
            migrationBuilder.Sql(
                "CREATE TRIGGER DeletionRecords_append_only_delete BEFORE DELETE ON DeletionRecords " +
                "BEGIN SELECT RAISE(ABORT, 'Deletion records are append-only.'); END;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS DeletionRecords_append_only_update;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS DeletionRecords_append_only_delete;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS ChronologyEntries_append_only_delete;");
            migrationBuilder.Sql(
                "CREATE TRIGGER ChronologyEntries_append_only_delete BEFORE DELETE ON ChronologyEntries " +
                "BEGIN SELECT RAISE(ABORT, 'The chronology is append-only.'); END;");

            migrationBuilder.DropTable(
                name: "DeletionRecords");

            migrationBuilder.DropTable(
                name: "ScheduledJobRuns");

            migrationBuilder.DropIndex(
                name: "IX_Dossiers_Retention",
                table: "Dossiers");

            migrationBuilder.DropColumn(
                name: "StaffConcernRetentionYears",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "DestructionRequestChildAge",
                table: "Dossiers");

            migrationBuilder.DropColumn(
                name: "DestructionRequestReceivedOn",
                table: "Dossiers");

            migrationBuilder.DropColumn(
                name: "DestructionRequestedBy",
                table: "Dossiers");

            migrationBuilder.DropColumn(
                name: "LegalHoldPlacedAt",
                table: "Dossiers");

            migrationBuilder.DropColumn(
                name: "LegalHoldPlacedByName",
                table: "Dossiers");

            migrationBuilder.DropColumn(
                name: "LegalHoldReason",
                table: "Dossiers");
        }
    }
}
