using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Meldcode.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class InspectionRequests : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "InspectionRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequesterName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Relation = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    HasParentalAuthority = table.Column<bool>(type: "INTEGER", nullable: false),
                    ChildAge = table.Column<int>(type: "INTEGER", nullable: false),
                    CarerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReceivedOn = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Deadline = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    ExtendedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ExtensionReason = table.Column<string>(type: "TEXT", maxLength: 12000, nullable: true),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    MayReceive = table.Column<bool>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    AnsweredOn = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    AnsweredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RefusalReason = table.Column<string>(type: "TEXT", maxLength: 12000, nullable: true),
                    ExportReference = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ExportedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Withheld = table.Column<string>(type: "TEXT", maxLength: 12000, nullable: true),
                    DossierId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InspectionRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InspectionRequests_Dossiers_DossierId",
                        column: x => x.DossierId,
                        principalTable: "Dossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_InspectionRequests_DossierId",
                table: "InspectionRequests",
                column: "DossierId");

            migrationBuilder.CreateIndex(
                name: "IX_InspectionRequests_Status_Deadline",
                table: "InspectionRequests",
                columns: new[] { "Status", "Deadline" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "InspectionRequests");
        }
    }
}
