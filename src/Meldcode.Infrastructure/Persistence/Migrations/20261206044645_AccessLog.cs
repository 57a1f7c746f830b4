using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Meldcode.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class AccessLog : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AccessLog",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Roles = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SubjectId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SubjectNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Part = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ClientAddress = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    SessionReference = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    PreviousHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AccessLog", x => x.Sequence);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AccessLog_OrganisationId_At",
                table: "AccessLog",
                columns: new[] { "OrganisationId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_AccessLog_OrganisationId_SubjectNumber",
                table: "AccessLog",
                columns: new[] { "OrganisationId", "SubjectNumber" });

            migrationBuilder.CreateIndex(
                name: "IX_AccessLog_OrganisationId_UserId_At",
                table: "AccessLog",
                columns: new[] { "OrganisationId", "UserId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_AccessLog_SubjectId",
                table: "AccessLog",
                column: "SubjectId");

            // Append-only, refused by the database itself (as the chronology is): a line may never be changed or removed.
            migrationBuilder.Sql(
                "CREATE TRIGGER AccessLog_append_only_update BEFORE UPDATE ON AccessLog " +
                "BEGIN SELECT RAISE(ABORT, 'The access log is append-only.'); END;");
            migrationBuilder.Sql(
                "CREATE TRIGGER AccessLog_append_only_delete BEFORE DELETE ON AccessLog " +
                "BEGIN SELECT RAISE(ABORT, 'The access log is append-only.'); END;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS AccessLog_append_only_update;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS AccessLog_append_only_delete;");

            migrationBuilder.DropTable(
                name: "AccessLog");
        }
    }
}
