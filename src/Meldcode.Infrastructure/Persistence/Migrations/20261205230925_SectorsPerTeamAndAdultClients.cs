using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Meldcode.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class SectorsPerTeamAndAdultClients : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Sector",
                table: "Teams",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            // Hand-written: every existing team takes its organisation's sector (the sector was set for the whole organisation until now).
            migrationBuilder.Sql("UPDATE \"Teams\" SET \"Sector\" = (SELECT o.\"Sector\" FROM \"Organisations\" AS o WHERE o.\"Id\" = \"Teams\".\"OrganisationId\");");

            // Hand-written: an organisation without a retention term gets its sector's documented default (SectorVariants.DefaultRetentionYears):
            // 5 years for education and childcare, 20 for youth care, health care and social support. See docs/operations.md.
            migrationBuilder.Sql("UPDATE \"Organisations\" SET \"RetentionYears\" = CASE WHEN \"Sector\" IN ('Education', 'Childcare') THEN 5 ELSE 20 END WHERE \"RetentionYears\" IS NULL;");

            migrationBuilder.AlterColumn<string>(
                name: "ChildLastName",
                table: "Dossiers",
                type: "TEXT",
                maxLength: 200,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 200);

            migrationBuilder.AlterColumn<string>(
                name: "ChildFirstName",
                table: "Dossiers",
                type: "TEXT",
                maxLength: 200,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 200);

            migrationBuilder.AlterColumn<string>(
                name: "ChildDateOfBirth",
                table: "Dossiers",
                type: "TEXT",
                maxLength: 10,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 10);

            migrationBuilder.AddColumn<string>(
                name: "ClientDateOfBirth",
                table: "Dossiers",
                type: "TEXT",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ClientFirstName",
                table: "Dossiers",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ClientLastName",
                table: "Dossiers",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            // Every dossier so far is about a child (hand-set default; the check constraint below holds for them).
            migrationBuilder.AddColumn<string>(
                name: "Subject",
                table: "Dossiers",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "Child");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Dossiers_Subject",
                table: "Dossiers",
                sql: "(\"Subject\" = 'Child' AND \"ChildFirstName\" IS NOT NULL AND \"ClientFirstName\" IS NULL) OR (\"Subject\" = 'Client' AND \"ClientFirstName\" IS NOT NULL AND \"ChildFirstName\" IS NULL)");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "CK_Dossiers_Subject",
                table: "Dossiers");

            migrationBuilder.DropColumn(
                name: "Sector",
                table: "Teams");

            migrationBuilder.DropColumn(
                name: "ClientDateOfBirth",
                table: "Dossiers");

            migrationBuilder.DropColumn(
                name: "ClientFirstName",
                table: "Dossiers");

            migrationBuilder.DropColumn(
                name: "ClientLastName",
                table: "Dossiers");

            migrationBuilder.DropColumn(
                name: "Subject",
                table: "Dossiers");

            migrationBuilder.AlterColumn<string>(
                name: "ChildLastName",
                table: "Dossiers",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 200,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "ChildFirstName",
                table: "Dossiers",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 200,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "ChildDateOfBirth",
                table: "Dossiers",
                type: "TEXT",
                maxLength: 10,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 10,
                oldNullable: true);
        }
    }
}
