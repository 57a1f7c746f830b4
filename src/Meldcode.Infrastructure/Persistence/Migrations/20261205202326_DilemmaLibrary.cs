using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Meldcode.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class DilemmaLibrary : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "LibraryDilemmas",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Origin = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CopiedFromId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ArchivedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Key = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LibraryDilemmas", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LibraryDilemmas_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DilemmaVersions",
                columns: table => new
                {
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    LibraryDilemmaId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Content = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedByUserId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DilemmaVersions", x => new { x.LibraryDilemmaId, x.Number });
                    table.ForeignKey(
                        name: "FK_DilemmaVersions_LibraryDilemmas_LibraryDilemmaId",
                        column: x => x.LibraryDilemmaId,
                        principalTable: "LibraryDilemmas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LibraryDilemmas_BuiltInKey",
                table: "LibraryDilemmas",
                column: "Key",
                unique: true,
                filter: "\"OrganisationId\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_LibraryDilemmas_OrganisationId_Key",
                table: "LibraryDilemmas",
                columns: new[] { "OrganisationId", "Key" },
                unique: true);

            // A version is what a session used: the database itself refuses to change or remove one.
            migrationBuilder.Sql(
                "CREATE TRIGGER DilemmaVersions_append_only_update BEFORE UPDATE ON DilemmaVersions " +
                "BEGIN SELECT RAISE(ABORT, 'The versions of a dilemma are append-only.'); END;");
            migrationBuilder.Sql(
                "CREATE TRIGGER DilemmaVersions_append_only_delete BEFORE DELETE ON DilemmaVersions " +
                "BEGIN SELECT RAISE(ABORT, 'The versions of a dilemma are append-only.'); END;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS DilemmaVersions_append_only_update;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS DilemmaVersions_append_only_delete;");

            migrationBuilder.DropTable(
                name: "DilemmaVersions");

            migrationBuilder.DropTable(
                name: "LibraryDilemmas");
        }
    }
}
