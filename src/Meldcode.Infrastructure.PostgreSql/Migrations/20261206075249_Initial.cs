using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Meldcode.Infrastructure.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:CollationDefinition:meldcode_case_insensitive", "und-u-ks-level2,und-u-ks-level2,icu,False");

            migrationBuilder.CreateTable(
                name: "AccessLog",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "bigint", nullable: false),
                    At = table.Column<long>(type: "bigint", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Roles = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Action = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Subject = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SubjectId = table.Column<Guid>(type: "uuid", nullable: true),
                    SubjectNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Part = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Outcome = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ClientAddress = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    SessionReference = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    PreviousHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AccessLog", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FriendlyName = table.Column<string>(type: "text", nullable: true),
                    Xml = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DeletionRecords",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    RecordId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    OpenedOn = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    ClosedOn = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    RetentionYears = table.Column<int>(type: "integer", nullable: true),
                    DeletedAt = table.Column<long>(type: "bigint", nullable: false),
                    Reason = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    DecisionReason = table.Column<string>(type: "character varying(12000)", maxLength: 12000, nullable: true),
                    DeletedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeletionRecords", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DilemmaSessions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    TrainerId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    State = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    JoinCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: true),
                    StartedAt = table.Column<long>(type: "bigint", nullable: true),
                    ExpiresAt = table.Column<long>(type: "bigint", nullable: true),
                    EndedAt = table.Column<long>(type: "bigint", nullable: true),
                    CurrentDilemma = table.Column<int>(type: "integer", nullable: false),
                    CurrentPoint = table.Column<int>(type: "integer", nullable: false),
                    Stage = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    OpenRound = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    TimerEndsAt = table.Column<long>(type: "bigint", nullable: true),
                    ReflectionsErasedAt = table.Column<long>(type: "bigint", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DilemmaSessions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Dossiers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Sector = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    TeamId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    NumberYear = table.Column<int>(type: "integer", nullable: false),
                    NumberSequence = table.Column<int>(type: "integer", nullable: false),
                    OwnerId = table.Column<Guid>(type: "uuid", nullable: false),
                    Subject = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ChildFirstName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ChildLastName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ChildDateOfBirth = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    ChildGroup = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ClientFirstName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ClientLastName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ClientDateOfBirth = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    IsAcute = table.Column<bool>(type: "boolean", nullable: false),
                    OpenedAt = table.Column<long>(type: "bigint", nullable: false),
                    LastActivityAt = table.Column<long>(type: "bigint", nullable: false),
                    ClosedAt = table.Column<long>(type: "bigint", nullable: true),
                    CloseReason = table.Column<string>(type: "character varying(12000)", maxLength: 12000, nullable: true),
                    ConversationSkipReason = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    ConversationSkipExplanation = table.Column<string>(type: "text", nullable: true),
                    NextEvaluationDate = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    PendingAction = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    CurrentStep = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    CurrentStepSince = table.Column<long>(type: "bigint", nullable: false),
                    HasReportDue = table.Column<bool>(type: "boolean", nullable: false),
                    AwaitingReview = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    OnTeamOverview = table.Column<bool>(type: "boolean", nullable: false),
                    LegalHoldReason = table.Column<string>(type: "character varying(12000)", maxLength: 12000, nullable: true),
                    LegalHoldPlacedAt = table.Column<long>(type: "bigint", nullable: true),
                    LegalHoldPlacedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    DestructionRequestedBy = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    DestructionRequestChildAge = table.Column<int>(type: "integer", nullable: true),
                    DestructionRequestReceivedOn = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Dossiers", x => x.Id);
                    table.CheckConstraint("CK_Dossiers_Subject", "(\"Subject\" = 'Child' AND \"ChildFirstName\" IS NOT NULL AND \"ClientFirstName\" IS NULL) OR (\"Subject\" = 'Client' AND \"ClientFirstName\" IS NOT NULL AND \"ChildFirstName\" IS NULL)");
                });

            migrationBuilder.CreateTable(
                name: "Organisations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Sector = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    VeiligThuisRegion = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    RetentionYears = table.Column<int>(type: "integer", nullable: true),
                    StaffConcernRetentionYears = table.Column<int>(type: "integer", nullable: true),
                    FourEyesOnReports = table.Column<bool>(type: "boolean", nullable: false),
                    NamedReviewerId = table.Column<Guid>(type: "uuid", nullable: true),
                    StalledAfterWorkingDays = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    CampaignWeekEndDay = table.Column<int>(type: "integer", nullable: false),
                    CampaignWeekEndMonth = table.Column<int>(type: "integer", nullable: false),
                    CampaignWeekStartDay = table.Column<int>(type: "integer", nullable: false),
                    CampaignWeekStartMonth = table.Column<int>(type: "integer", nullable: false),
                    CampaignWeekTheme = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Organisations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ScheduledJobRuns",
                columns: table => new
                {
                    Job = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Day = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    ClaimedAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScheduledJobRuns", x => new { x.Job, x.Day });
                });

            migrationBuilder.CreateTable(
                name: "StaffConcerns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    RaisedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    RaisedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RaisedAt = table.Column<long>(type: "bigint", nullable: false),
                    BoardInformedAt = table.Column<long>(type: "bigint", nullable: false),
                    BoardAcknowledgedAt = table.Column<long>(type: "bigint", nullable: true),
                    StaffMemberName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "text", nullable: false),
                    InspectorConsultedOn = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    InspectorOutcome = table.Column<string>(type: "text", nullable: true),
                    ReasonableSuspicion = table.Column<bool>(type: "boolean", nullable: true),
                    ReasonableSuspicionGrounds = table.Column<string>(type: "text", nullable: true),
                    PoliceReportOn = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    PoliceReference = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    StaffMemberInformedBeforehand = table.Column<bool>(type: "boolean", nullable: false),
                    ParentsInformedBeforehand = table.Column<bool>(type: "boolean", nullable: false),
                    ClosedAt = table.Column<long>(type: "bigint", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StaffConcerns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DilemmaSessionDilemmas",
                columns: table => new
                {
                    Position = table.Column<int>(type: "integer", nullable: false),
                    SessionId = table.Column<Guid>(type: "uuid", nullable: false),
                    SourceDilemmaId = table.Column<Guid>(type: "uuid", nullable: false),
                    SourceVersion = table.Column<int>(type: "integer", nullable: false),
                    Content = table.Column<string>(type: "text", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SessionId = table.Column<Guid>(type: "uuid", nullable: false),
                    TokenHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SessionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Dilemma = table.Column<int>(type: "integer", nullable: false),
                    Point = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(280)", maxLength: 280, nullable: false),
                    SentAt = table.Column<long>(type: "bigint", nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Hints = table.Column<int>(type: "integer", maxLength: 40, nullable: false)
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
                name: "ChronologyEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ActorId = table.Column<Guid>(type: "uuid", nullable: false),
                    ActorName = table.Column<string>(type: "text", nullable: false),
                    OccurredAt = table.Column<long>(type: "bigint", nullable: false),
                    EventDate = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    Summary = table.Column<string>(type: "text", nullable: false),
                    CorrectsEntryId = table.Column<Guid>(type: "uuid", nullable: true),
                    DossierId = table.Column<Guid>(type: "uuid", nullable: true)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ConsultantId = table.Column<Guid>(type: "uuid", nullable: false),
                    ConsultantName = table.Column<string>(type: "text", nullable: false),
                    ConsultantIsLead = table.Column<bool>(type: "boolean", nullable: false),
                    Question = table.Column<string>(type: "text", nullable: false),
                    RequestedAt = table.Column<long>(type: "bigint", nullable: false),
                    RequestedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ClosedAt = table.Column<long>(type: "bigint", nullable: true),
                    DossierId = table.Column<Guid>(type: "uuid", nullable: true)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    HeldOn = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    WithWhom = table.Column<string>(type: "text", nullable: false),
                    Question = table.Column<string>(type: "text", nullable: false),
                    Advice = table.Column<string>(type: "text", nullable: false),
                    AgreedActions = table.Column<string>(type: "text", nullable: true),
                    Consent = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    RecordedAt = table.Column<long>(type: "bigint", nullable: false),
                    RecordedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    RequestId = table.Column<Guid>(type: "uuid", nullable: true),
                    DossierId = table.Column<Guid>(type: "uuid", nullable: true)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    HeldOn = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    WithParents = table.Column<bool>(type: "boolean", nullable: false),
                    WithChild = table.Column<bool>(type: "boolean", nullable: false),
                    WithColleague = table.Column<bool>(type: "boolean", nullable: false),
                    OtherParticipants = table.Column<string>(type: "text", nullable: true),
                    ConcernsNamed = table.Column<string>(type: "text", nullable: false),
                    ClientReaction = table.Column<string>(type: "text", nullable: false),
                    Agreements = table.Column<string>(type: "text", nullable: true),
                    RecordedAt = table.Column<long>(type: "bigint", nullable: false),
                    RecordedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    DossierId = table.Column<Guid>(type: "uuid", nullable: true)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Outcome = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Recommended = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    IsDeviation = table.Column<bool>(type: "boolean", nullable: false),
                    DeviationJustification = table.Column<string>(type: "text", nullable: true),
                    Grounds = table.Column<string>(type: "text", nullable: false),
                    DecidedAt = table.Column<long>(type: "bigint", nullable: false),
                    DecidedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    DossierId = table.Column<Guid>(type: "uuid", nullable: true)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    Relation = table.Column<string>(type: "text", nullable: false),
                    HasParentalAuthority = table.Column<bool>(type: "boolean", nullable: false),
                    DossierId = table.Column<Guid>(type: "uuid", nullable: true)
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
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    DossierId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AddedAt = table.Column<long>(type: "bigint", nullable: false)
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
                name: "DossierReviews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DecisionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Reason = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ReviewerId = table.Column<Guid>(type: "uuid", nullable: true),
                    RequestedAt = table.Column<long>(type: "bigint", nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ReviewedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ReviewedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ReviewedAt = table.Column<long>(type: "bigint", nullable: true),
                    Comment = table.Column<string>(type: "character varying(12000)", maxLength: 12000, nullable: true),
                    DossierId = table.Column<Guid>(type: "uuid", nullable: true)
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
                name: "DossierSiblings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    DateOfBirth = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    DossierId = table.Column<Guid>(type: "uuid", nullable: true)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    WhatWasDone = table.Column<string>(type: "text", nullable: false),
                    WhomContacted = table.Column<string>(type: "text", nullable: false),
                    OccurredAt = table.Column<long>(type: "bigint", nullable: false),
                    RecordedAt = table.Column<long>(type: "bigint", nullable: false),
                    RecordedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    DossierId = table.Column<Guid>(type: "uuid", nullable: true)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    HelpPlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    HelpBringsLastingSafety = table.Column<bool>(type: "boolean", nullable: false),
                    Rationale = table.Column<string>(type: "text", nullable: false),
                    MonitoringAgreements = table.Column<string>(type: "text", nullable: true),
                    EvaluatedAt = table.Column<long>(type: "bigint", nullable: false),
                    EvaluatedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    DossierId = table.Column<Guid>(type: "uuid", nullable: true)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    WhatHelp = table.Column<string>(type: "text", nullable: false),
                    ByWhom = table.Column<string>(type: "text", nullable: false),
                    EvaluationDate = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    RecordedAt = table.Column<long>(type: "bigint", nullable: false),
                    RecordedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    EndedAt = table.Column<long>(type: "bigint", nullable: true),
                    DossierId = table.Column<Guid>(type: "uuid", nullable: true)
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
                name: "InboxItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    TeamId = table.Column<Guid>(type: "uuid", nullable: false),
                    DossierId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    RecipientId = table.Column<Guid>(type: "uuid", nullable: true),
                    SubjectId = table.Column<Guid>(type: "uuid", nullable: true),
                    RaisedById = table.Column<Guid>(type: "uuid", nullable: false),
                    RaisedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    AcknowledgedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    AcknowledgedAt = table.Column<long>(type: "bigint", nullable: true),
                    DoneByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    DoneAt = table.Column<long>(type: "bigint", nullable: true),
                    HandedOverToName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
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

            migrationBuilder.CreateTable(
                name: "InspectionRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RequesterName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Relation = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    HasParentalAuthority = table.Column<bool>(type: "boolean", nullable: false),
                    ChildAge = table.Column<int>(type: "integer", nullable: false),
                    CarerId = table.Column<Guid>(type: "uuid", nullable: true),
                    ReceivedOn = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Deadline = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    ExtendedAt = table.Column<long>(type: "bigint", nullable: true),
                    ExtensionReason = table.Column<string>(type: "character varying(12000)", maxLength: 12000, nullable: true),
                    RecordedAt = table.Column<long>(type: "bigint", nullable: false),
                    RecordedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    MayReceive = table.Column<bool>(type: "boolean", nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    AnsweredOn = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    AnsweredAt = table.Column<long>(type: "bigint", nullable: true),
                    RefusalReason = table.Column<string>(type: "character varying(12000)", maxLength: 12000, nullable: true),
                    ExportReference = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    ExportedAt = table.Column<long>(type: "bigint", nullable: true),
                    Withheld = table.Column<string>(type: "character varying(12000)", maxLength: 12000, nullable: true),
                    DossierId = table.Column<Guid>(type: "uuid", nullable: true)
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

            migrationBuilder.CreateTable(
                name: "Kindchecks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ChildrenPresent = table.Column<bool>(type: "boolean", nullable: false),
                    NumberOfChildren = table.Column<int>(type: "integer", nullable: true),
                    Ages = table.Column<string>(type: "text", nullable: true),
                    WhoCares = table.Column<string>(type: "text", nullable: true),
                    RecordedAt = table.Column<long>(type: "bigint", nullable: false),
                    RecordedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    DossierId = table.Column<Guid>(type: "uuid", nullable: true)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ObservedOn = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    ObservedAt = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    Place = table.Column<string>(type: "text", nullable: true),
                    ObservedBy = table.Column<string>(type: "text", nullable: false),
                    Source = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ToldBy = table.Column<string>(type: "text", nullable: true),
                    Category = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Facts = table.Column<string>(type: "text", nullable: false),
                    ChildsOwnWords = table.Column<string>(type: "text", nullable: true),
                    Interpretation = table.Column<string>(type: "text", nullable: true),
                    RecordedAt = table.Column<long>(type: "bigint", nullable: false),
                    RecordedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    DossierId = table.Column<Guid>(type: "uuid", nullable: true)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ReportedOn = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Region = table.Column<string>(type: "text", nullable: false),
                    ContactPerson = table.Column<string>(type: "text", nullable: false),
                    Reference = table.Column<string>(type: "text", nullable: true),
                    WhatWasReported = table.Column<string>(type: "text", nullable: false),
                    ClientInformed = table.Column<bool>(type: "boolean", nullable: false),
                    Exception = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    ExceptionExplanation = table.Column<string>(type: "text", nullable: true),
                    RecordedAt = table.Column<long>(type: "bigint", nullable: false),
                    RecordedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    Feedback = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    FeedbackOn = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    FollowUpAgreements = table.Column<string>(type: "text", nullable: true),
                    DossierId = table.Column<Guid>(type: "uuid", nullable: true)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Question = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Yes = table.Column<bool>(type: "boolean", nullable: false),
                    AcuteUnsafety = table.Column<bool>(type: "boolean", nullable: true),
                    StructuralUnsafety = table.Column<bool>(type: "boolean", nullable: true),
                    Rationale = table.Column<string>(type: "text", nullable: false),
                    AnsweredAt = table.Column<long>(type: "bigint", nullable: false),
                    AnsweredBy = table.Column<Guid>(type: "uuid", nullable: false),
                    SupersededAt = table.Column<long>(type: "bigint", nullable: true),
                    DossierId = table.Column<Guid>(type: "uuid", nullable: true)
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

            migrationBuilder.CreateTable(
                name: "AdministrationLog",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<long>(type: "bigint", nullable: false),
                    ActorUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    ActorName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Action = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SubjectId = table.Column<Guid>(type: "uuid", nullable: true),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AdministrationLog", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AdministrationLog_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LibraryDilemmas",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: true),
                    Origin = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    CopiedFromId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    ArchivedAt = table.Column<long>(type: "bigint", nullable: true),
                    Key = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                name: "Teams",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "meldcode_case_insensitive"),
                    Sector = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Teams", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Teams_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Users",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    DisplayName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Email = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: true),
                    ExternalIssuer = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ExternalSubject = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Users", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Users_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DilemmaSessionVotes",
                columns: table => new
                {
                    SessionId = table.Column<Guid>(type: "uuid", nullable: false),
                    ParticipantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Round = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Answer = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false)
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

            migrationBuilder.CreateTable(
                name: "DilemmaVersions",
                columns: table => new
                {
                    Number = table.Column<int>(type: "integer", nullable: false),
                    LibraryDilemmaId = table.Column<Guid>(type: "uuid", nullable: false),
                    Content = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    CreatedByUserId = table.Column<Guid>(type: "uuid", nullable: true)
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

            migrationBuilder.CreateTable(
                name: "FormDrafts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    FormKey = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    AboutDossierId = table.Column<Guid>(type: "uuid", nullable: true),
                    Fields = table.Column<string>(type: "text", nullable: false),
                    SavedAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FormDrafts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FormDrafts_Dossiers_AboutDossierId",
                        column: x => x.AboutDossierId,
                        principalTable: "Dossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_FormDrafts_Users_UserId",
                        column: x => x.UserId,
                        principalTable: "Users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PendingMails",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RecipientUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    QueuedAt = table.Column<long>(type: "bigint", nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    NextAttemptAt = table.Column<long>(type: "bigint", nullable: false),
                    SentAt = table.Column<long>(type: "bigint", nullable: true),
                    ClosedAt = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PendingMails", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PendingMails_Users_RecipientUserId",
                        column: x => x.RecipientUserId,
                        principalTable: "Users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RoleMemberships",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    TeamId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoleMemberships", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RoleMemberships_Teams_TeamId",
                        column: x => x.TeamId,
                        principalTable: "Teams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RoleMemberships_Users_UserId",
                        column: x => x.UserId,
                        principalTable: "Users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "UserSessions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    StartedAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UserSessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_UserSessions_Users_UserId",
                        column: x => x.UserId,
                        principalTable: "Users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
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

            migrationBuilder.CreateIndex(
                name: "IX_AdministrationLog_OrganisationId_At",
                table: "AdministrationLog",
                columns: new[] { "OrganisationId", "At" });

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
                name: "IX_DeletionRecords_OrganisationId_DeletedAt",
                table: "DeletionRecords",
                columns: new[] { "OrganisationId", "DeletedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_DeletionRecords_RecordId",
                table: "DeletionRecords",
                column: "RecordId");

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

            migrationBuilder.CreateIndex(
                name: "IX_DossierCarers_DossierId",
                table: "DossierCarers",
                column: "DossierId");

            migrationBuilder.CreateIndex(
                name: "IX_DossierCollaborators_UserId",
                table: "DossierCollaborators",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_DossierReviews_DossierId",
                table: "DossierReviews",
                column: "DossierId");

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
                name: "IX_Dossiers_Retention",
                table: "Dossiers",
                columns: new[] { "ClosedAt", "LegalHoldReason" });

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_TeamId",
                table: "Dossiers",
                column: "TeamId");

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_TeamOverview",
                table: "Dossiers",
                columns: new[] { "TeamId", "OnTeamOverview", "CurrentStep", "OwnerId", "IsAcute", "AwaitingReview", "HasReportDue", "NextEvaluationDate", "LastActivityAt", "ClosedAt", "Id" });

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
                name: "IX_FormDrafts_AboutDossierId",
                table: "FormDrafts",
                column: "AboutDossierId");

            migrationBuilder.CreateIndex(
                name: "IX_FormDrafts_SavedAt",
                table: "FormDrafts",
                column: "SavedAt");

            migrationBuilder.CreateIndex(
                name: "IX_FormDrafts_UserId_FormKey",
                table: "FormDrafts",
                columns: new[] { "UserId", "FormKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_HelpPlans_DossierId",
                table: "HelpPlans",
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

            migrationBuilder.CreateIndex(
                name: "IX_InspectionRequests_DossierId",
                table: "InspectionRequests",
                column: "DossierId");

            migrationBuilder.CreateIndex(
                name: "IX_InspectionRequests_Status_Deadline",
                table: "InspectionRequests",
                columns: new[] { "Status", "Deadline" });

            migrationBuilder.CreateIndex(
                name: "IX_Kindchecks_DossierId",
                table: "Kindchecks",
                column: "DossierId");

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

            migrationBuilder.CreateIndex(
                name: "IX_PendingMails_RecipientUserId_Status",
                table: "PendingMails",
                columns: new[] { "RecipientUserId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_PendingMails_Status_NextAttemptAt",
                table: "PendingMails",
                columns: new[] { "Status", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_RoleMemberships_TeamId",
                table: "RoleMemberships",
                column: "TeamId");

            migrationBuilder.CreateIndex(
                name: "IX_RoleMemberships_UserId_Role_TeamId",
                table: "RoleMemberships",
                columns: new[] { "UserId", "Role", "TeamId" },
                unique: true);

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
                name: "IX_Teams_OrganisationId_Name",
                table: "Teams",
                columns: new[] { "OrganisationId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Users_ExternalIssuer_ExternalSubject",
                table: "Users",
                columns: new[] { "ExternalIssuer", "ExternalSubject" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Users_OrganisationId",
                table: "Users",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_UserSessions_UserId",
                table: "UserSessions",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_VeiligThuisReports_DossierId",
                table: "VeiligThuisReports",
                column: "DossierId");

            migrationBuilder.CreateIndex(
                name: "IX_WeighingAnswers_DossierId",
                table: "WeighingAnswers",
                column: "DossierId");

            // What SQLite does with triggers and a registered function, PostgreSQL does with triggers and SQL functions.
            migrationBuilder.Sql(PostgreSqlRules.Create);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(PostgreSqlRules.Drop);

            migrationBuilder.DropTable(
                name: "AccessLog");

            migrationBuilder.DropTable(
                name: "AdministrationLog");

            migrationBuilder.DropTable(
                name: "ChronologyEntries");

            migrationBuilder.DropTable(
                name: "ConsultationRequests");

            migrationBuilder.DropTable(
                name: "Consultations");

            migrationBuilder.DropTable(
                name: "Conversations");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "Decisions");

            migrationBuilder.DropTable(
                name: "DeletionRecords");

            migrationBuilder.DropTable(
                name: "DilemmaSessionDilemmas");

            migrationBuilder.DropTable(
                name: "DilemmaSessionReflections");

            migrationBuilder.DropTable(
                name: "DilemmaSessionVotes");

            migrationBuilder.DropTable(
                name: "DilemmaVersions");

            migrationBuilder.DropTable(
                name: "DossierCarers");

            migrationBuilder.DropTable(
                name: "DossierCollaborators");

            migrationBuilder.DropTable(
                name: "DossierReviews");

            migrationBuilder.DropTable(
                name: "DossierSiblings");

            migrationBuilder.DropTable(
                name: "EmergencyActions");

            migrationBuilder.DropTable(
                name: "Evaluations");

            migrationBuilder.DropTable(
                name: "FormDrafts");

            migrationBuilder.DropTable(
                name: "HelpPlans");

            migrationBuilder.DropTable(
                name: "InboxItems");

            migrationBuilder.DropTable(
                name: "InspectionRequests");

            migrationBuilder.DropTable(
                name: "Kindchecks");

            migrationBuilder.DropTable(
                name: "PendingMails");

            migrationBuilder.DropTable(
                name: "RoleMemberships");

            migrationBuilder.DropTable(
                name: "ScheduledJobRuns");

            migrationBuilder.DropTable(
                name: "Signals");

            migrationBuilder.DropTable(
                name: "StaffConcerns");

            migrationBuilder.DropTable(
                name: "UserSessions");

            migrationBuilder.DropTable(
                name: "VeiligThuisReports");

            migrationBuilder.DropTable(
                name: "WeighingAnswers");

            migrationBuilder.DropTable(
                name: "DilemmaSessionParticipants");

            migrationBuilder.DropTable(
                name: "LibraryDilemmas");

            migrationBuilder.DropTable(
                name: "Teams");

            migrationBuilder.DropTable(
                name: "Users");

            migrationBuilder.DropTable(
                name: "Dossiers");

            migrationBuilder.DropTable(
                name: "DilemmaSessions");

            migrationBuilder.DropTable(
                name: "Organisations");
        }
    }
}
