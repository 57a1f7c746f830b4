using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Meldcode.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class LiveSessions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DilemmaSessions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TrainerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    JoinCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: true),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: true),
                    EndedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CurrentDilemma = table.Column<int>(type: "INTEGER", nullable: false),
                    CurrentPoint = table.Column<int>(type: "INTEGER", nullable: false),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    OpenRound = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    TimerEndsAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ReflectionsErasedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DilemmaSessions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DilemmaSessionDilemmas",
                columns: table => new
                {
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    SessionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SourceDilemmaId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SourceVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    Content = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DilemmaSessionDilemmas", x => new { x.SessionId, x.Position });
                    table.ForeignKey(
                        name: "FK_DilemmaSessionDilemmas_DilemmaSessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "DilemmaSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DilemmaSessionParticipants",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SessionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DilemmaSessionParticipants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DilemmaSessionParticipants_DilemmaSessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "DilemmaSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DilemmaSessionReflections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SessionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Dilemma = table.Column<int>(type: "INTEGER", nullable: false),
                    Point = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 280, nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Hints = table.Column<int>(type: "INTEGER", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DilemmaSessionReflections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DilemmaSessionReflections_DilemmaSessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "DilemmaSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DilemmaSessionVotes",
                columns: table => new
                {
                    SessionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ParticipantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Round = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DilemmaSessionVotes", x => new { x.SessionId, x.Round, x.ParticipantId });
                    table.ForeignKey(
                        name: "FK_DilemmaSessionVotes_DilemmaSessionParticipants_ParticipantId",
                        column: x => x.ParticipantId,
                        principalTable: "DilemmaSessionParticipants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DilemmaSessionVotes_DilemmaSessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "DilemmaSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DilemmaSessionParticipants_SessionId",
                table: "DilemmaSessionParticipants",
                column: "SessionId");

            migrationBuilder.CreateIndex(
                name: "IX_DilemmaSessionParticipants_TokenHash",
                table: "DilemmaSessionParticipants",
                column: "TokenHash",
                unique: true,
                filter: "\"TokenHash\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_DilemmaSessionReflections_SessionId_SentAt",
                table: "DilemmaSessionReflections",
                columns: new[] { "SessionId", "SentAt" });

            migrationBuilder.CreateIndex(
                name: "IX_DilemmaSessions_JoinCode",
                table: "DilemmaSessions",
                column: "JoinCode",
                unique: true,
                filter: "\"JoinCode\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_DilemmaSessions_OrganisationId_TrainerId",
                table: "DilemmaSessions",
                columns: new[] { "OrganisationId", "TrainerId" });

            migrationBuilder.CreateIndex(
                name: "IX_DilemmaSessionVotes_ParticipantId",
                table: "DilemmaSessionVotes",
                column: "ParticipantId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DilemmaSessionDilemmas");

            migrationBuilder.DropTable(
                name: "DilemmaSessionReflections");

            migrationBuilder.DropTable(
                name: "DilemmaSessionVotes");

            migrationBuilder.DropTable(
                name: "DilemmaSessionParticipants");

            migrationBuilder.DropTable(
                name: "DilemmaSessions");
        }
    }
}
