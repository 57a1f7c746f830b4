using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Meldcode.Infrastructure.Persistence.Migrations
{
    public partial class Dossiers : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Dossiers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sector = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    TeamId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    NumberYear = table.Column<int>(type: "INTEGER", nullable: false),
                    NumberSequence = table.Column<int>(type: "INTEGER", nullable: false),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChildFirstName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ChildLastName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ChildDateOfBirth = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    ChildGroup = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    IsAcute = table.Column<bool>(type: "INTEGER", nullable: false),
                    OpenedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LastActivityAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CloseReason = table.Column<string>(type: "TEXT", maxLength: 12000, nullable: true),
                    ConversationSkipReason = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ConversationSkipExplanation = table.Column<string>(type: "TEXT", nullable: true),
                    NextEvaluationDate = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    PendingAction = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CurrentStep = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Dossiers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "StaffConcerns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    RaisedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    RaisedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RaisedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    BoardInformedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    BoardAcknowledgedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    StaffMemberName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", nullable: false),
                    InspectorConsultedOn = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    InspectorOutcome = table.Column<string>(type: "TEXT", nullable: true),
                    ReasonableSuspicion = table.Column<bool>(type: "INTEGER", nullable: true),
                    ReasonableSuspicionGrounds = table.Column<string>(type: "TEXT", nullable: true),
                    PoliceReportOn = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    PoliceReference = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    StaffMemberInformedBeforehand = table.Column<bool>(type: "INTEGER", nullable: false),
                    ParentsInformedBeforehand = table.Column<bool>(type: "INTEGER", nullable: false),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StaffConcerns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ChronologyEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ActorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ActorName = table.Column<string>(type: "TEXT", nullable: false),
                    OccurredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Summary = table.Column<string>(type: "TEXT", nullable: false),
                    CorrectsEntryId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DossierId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChronologyEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ChronologyEntries_Dossiers_DossierId",
                        column: x => x.DossierId,
                        principalTable: "Dossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ConsultationRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConsultantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConsultantName = table.Column<string>(type: "TEXT", nullable: false),
                    ConsultantIsLead = table.Column<bool>(type: "INTEGER", nullable: false),
                    Question = table.Column<string>(type: "TEXT", nullable: false),
                    RequestedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RequestedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DossierId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConsultationRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConsultationRequests_Dossiers_DossierId",
                        column: x => x.DossierId,
                        principalTable: "Dossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Consultations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    HeldOn = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    WithWhom = table.Column<string>(type: "TEXT", nullable: false),
                    Question = table.Column<string>(type: "TEXT", nullable: false),
                    Advice = table.Column<string>(type: "TEXT", nullable: false),
                    AgreedActions = table.Column<string>(type: "TEXT", nullable: true),
                    Consent = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DossierId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Consultations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Consultations_Dossiers_DossierId",
                        column: x => x.DossierId,
                        principalTable: "Dossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Conversations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    HeldOn = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    WithParents = table.Column<bool>(type: "INTEGER", nullable: false),
                    WithChild = table.Column<bool>(type: "INTEGER", nullable: false),
                    WithColleague = table.Column<bool>(type: "INTEGER", nullable: false),
                    OtherParticipants = table.Column<string>(type: "TEXT", nullable: true),
                    ConcernsNamed = table.Column<string>(type: "TEXT", nullable: false),
                    ClientReaction = table.Column<string>(type: "TEXT", nullable: false),
                    Agreements = table.Column<string>(type: "TEXT", nullable: true),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    DossierId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Conversations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Conversations_Dossiers_DossierId",
                        column: x => x.DossierId,
                        principalTable: "Dossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Decisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Recommended = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    IsDeviation = table.Column<bool>(type: "INTEGER", nullable: false),
                    DeviationJustification = table.Column<string>(type: "TEXT", nullable: true),
                    Grounds = table.Column<string>(type: "TEXT", nullable: false),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DecidedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    DossierId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Decisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Decisions_Dossiers_DossierId",
                        column: x => x.DossierId,
                        principalTable: "Dossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DossierCarers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Relation = table.Column<string>(type: "TEXT", nullable: false),
                    HasParentalAuthority = table.Column<bool>(type: "INTEGER", nullable: false),
                    DossierId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DossierCarers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DossierCarers_Dossiers_DossierId",
                        column: x => x.DossierId,
                        principalTable: "Dossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DossierCollaborators",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DossierId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AddedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DossierCollaborators", x => new { x.DossierId, x.UserId });
                    table.ForeignKey(
                        name: "FK_DossierCollaborators_Dossiers_DossierId",
                        column: x => x.DossierId,
                        principalTable: "Dossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DossierSiblings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    DateOfBirth = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    DossierId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DossierSiblings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DossierSiblings_Dossiers_DossierId",
                        column: x => x.DossierId,
                        principalTable: "Dossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EmergencyActions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    WhatWasDone = table.Column<string>(type: "TEXT", nullable: false),
                    WhomContacted = table.Column<string>(type: "TEXT", nullable: false),
                    OccurredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    DossierId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EmergencyActions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EmergencyActions_Dossiers_DossierId",
                        column: x => x.DossierId,
                        principalTable: "Dossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Evaluations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    HelpPlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HelpBringsLastingSafety = table.Column<bool>(type: "INTEGER", nullable: false),
                    Rationale = table.Column<string>(type: "TEXT", nullable: false),
                    MonitoringAgreements = table.Column<string>(type: "TEXT", nullable: true),
                    EvaluatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EvaluatedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    DossierId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Evaluations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Evaluations_Dossiers_DossierId",
                        column: x => x.DossierId,
                        principalTable: "Dossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "HelpPlans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    WhatHelp = table.Column<string>(type: "TEXT", nullable: false),
                    ByWhom = table.Column<string>(type: "TEXT", nullable: false),
                    EvaluationDate = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    EndedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DossierId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HelpPlans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HelpPlans_Dossiers_DossierId",
                        column: x => x.DossierId,
                        principalTable: "Dossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Kindchecks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChildrenPresent = table.Column<bool>(type: "INTEGER", nullable: false),
                    NumberOfChildren = table.Column<int>(type: "INTEGER", nullable: true),
                    Ages = table.Column<string>(type: "TEXT", nullable: true),
                    WhoCares = table.Column<string>(type: "TEXT", nullable: true),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    DossierId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Kindchecks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Kindchecks_Dossiers_DossierId",
                        column: x => x.DossierId,
                        principalTable: "Dossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Signals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ObservedOn = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    ObservedAt = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    Place = table.Column<string>(type: "TEXT", nullable: true),
                    ObservedBy = table.Column<string>(type: "TEXT", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ToldBy = table.Column<string>(type: "TEXT", nullable: true),
                    Category = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Facts = table.Column<string>(type: "TEXT", nullable: false),
                    ChildsOwnWords = table.Column<string>(type: "TEXT", nullable: true),
                    Interpretation = table.Column<string>(type: "TEXT", nullable: true),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    DossierId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Signals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Signals_Dossiers_DossierId",
                        column: x => x.DossierId,
                        principalTable: "Dossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "VeiligThuisReports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReportedOn = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Region = table.Column<string>(type: "TEXT", nullable: false),
                    ContactPerson = table.Column<string>(type: "TEXT", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", nullable: true),
                    WhatWasReported = table.Column<string>(type: "TEXT", nullable: false),
                    ClientInformed = table.Column<bool>(type: "INTEGER", nullable: false),
                    Exception = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ExceptionExplanation = table.Column<string>(type: "TEXT", nullable: true),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    Feedback = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    FeedbackOn = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    FollowUpAgreements = table.Column<string>(type: "TEXT", nullable: true),
                    DossierId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VeiligThuisReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VeiligThuisReports_Dossiers_DossierId",
                        column: x => x.DossierId,
                        principalTable: "Dossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WeighingAnswers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Question = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Yes = table.Column<bool>(type: "INTEGER", nullable: false),
                    AcuteUnsafety = table.Column<bool>(type: "INTEGER", nullable: true),
                    StructuralUnsafety = table.Column<bool>(type: "INTEGER", nullable: true),
                    Rationale = table.Column<string>(type: "TEXT", nullable: false),
                    AnsweredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AnsweredBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    SupersededAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DossierId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WeighingAnswers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WeighingAnswers_Dossiers_DossierId",
                        column: x => x.DossierId,
                        principalTable: "Dossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ChronologyEntries_DossierId",
                table: "ChronologyEntries",
                column: "DossierId");

            migrationBuilder.CreateIndex(
                name: "IX_ChronologyEntries_DossierId_Sequence",
                table: "ChronologyEntries",
                columns: new[] { "DossierId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ConsultationRequests_ConsultantId_Status",
                table: "ConsultationRequests",
                columns: new[] { "ConsultantId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_ConsultationRequests_DossierId",
                table: "ConsultationRequests",
                column: "DossierId");

            migrationBuilder.CreateIndex(
                name: "IX_Consultations_DossierId",
                table: "Consultations",
                column: "DossierId");

            migrationBuilder.CreateIndex(
                name: "IX_Conversations_DossierId",
                table: "Conversations",
                column: "DossierId");

            migrationBuilder.CreateIndex(
                name: "IX_Decisions_DossierId",
                table: "Decisions",
                column: "DossierId");

            migrationBuilder.CreateIndex(
                name: "IX_DossierCarers_DossierId",
                table: "DossierCarers",
                column: "DossierId");

            migrationBuilder.CreateIndex(
                name: "IX_DossierCollaborators_UserId",
                table: "DossierCollaborators",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_OrganisationId_NumberYear_NumberSequence",
                table: "Dossiers",
                columns: new[] { "OrganisationId", "NumberYear", "NumberSequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_OwnerId",
                table: "Dossiers",
                column: "OwnerId");

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_TeamId",
                table: "Dossiers",
                column: "TeamId");

            migrationBuilder.CreateIndex(
                name: "IX_DossierSiblings_DossierId",
                table: "DossierSiblings",
                column: "DossierId");

            migrationBuilder.CreateIndex(
                name: "IX_EmergencyActions_DossierId",
                table: "EmergencyActions",
                column: "DossierId");

            migrationBuilder.CreateIndex(
                name: "IX_Evaluations_DossierId",
                table: "Evaluations",
                column: "DossierId");

            migrationBuilder.CreateIndex(
                name: "IX_HelpPlans_DossierId",
                table: "HelpPlans",
                column: "DossierId");

            migrationBuilder.CreateIndex(
                name: "IX_Kindchecks_DossierId",
                table: "Kindchecks",
                column: "DossierId");

            migrationBuilder.CreateIndex(
                name: "IX_Signals_DossierId",
                table: "Signals",
                column: "DossierId");

            migrationBuilder.CreateIndex(
                name: "IX_StaffConcerns_OrganisationId_Number",
                table: "StaffConcerns",
                columns: new[] { "OrganisationId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StaffConcerns_RaisedBy",
                table: "StaffConcerns",
                column: "RaisedBy");

            migrationBuilder.CreateIndex(
                name: "IX_VeiligThuisReports_DossierId",
                table: "VeiligThuisReports",
                column: "DossierId");

            migrationBuilder.CreateIndex(
                name: "IX_WeighingAnswers_DossierId",
                table: "WeighingAnswers",
                column: "DossierId");

            // The chronology is the record: the database itself refuses to change or remove a line.
            migrationBuilder.Sql(
                "CREATE TRIGGER ChronologyEntries_append_only_update BEFORE UPDATE ON ChronologyEntries " +
                "BEGIN SELECT RAISE(ABORT, 'The chronology is append-only.'); END;");
            migrationBuilder.Sql(
                "CREATE TRIGGER ChronologyEntries_append_only_delete BEFORE DELETE ON ChronologyEntries " +
                "BEGIN SELECT RAISE(ABORT, 'The chronology is append-only.'); END;");
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS ChronologyEntries_append_only_update;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS ChronologyEntries_append_only_delete;");

            migrationBuilder.DropTable(
                name: "ChronologyEntries");

            migrationBuilder.DropTable(
                name: "ConsultationRequests");

            migrationBuilder.DropTable(
                name: "Consultations");

            migrationBuilder.DropTable(
                name: "Conversations");

            migrationBuilder.DropTable(
                name: "Decisions");

            migrationBuilder.DropTable(
                name: "DossierCarers");

            migrationBuilder.DropTable(
                name: "DossierCollaborators");

            migrationBuilder.DropTable(
                name: "DossierSiblings");

            migrationBuilder.DropTable(
                name: "EmergencyActions");

            migrationBuilder.DropTable(
                name: "Evaluations");

            migrationBuilder.DropTable(
                name: "HelpPlans");

            migrationBuilder.DropTable(
                name: "Kindchecks");

            migrationBuilder.DropTable(
                name: "Signals");

            migrationBuilder.DropTable(
                name: "StaffConcerns");

            migrationBuilder.DropTable(
                name: "VeiligThuisReports");

            migrationBuilder.DropTable(
                name: "WeighingAnswers");

            migrationBuilder.DropTable(
                name: "Dossiers");
        }
    }
}
