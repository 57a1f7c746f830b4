using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Meldcode.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class CampaignWeek : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Existing organisations get the campaign's own week: 18 to 24 November, "… dichterbij dan je denkt".
            migrationBuilder.AddColumn<int>(
                name: "CampaignWeekEndDay",
                table: "Organisations",
                type: "INTEGER",
                nullable: false,
                defaultValue: 24);

            migrationBuilder.AddColumn<int>(
                name: "CampaignWeekEndMonth",
                table: "Organisations",
                type: "INTEGER",
                nullable: false,
                defaultValue: 11);

            migrationBuilder.AddColumn<int>(
                name: "CampaignWeekStartDay",
                table: "Organisations",
                type: "INTEGER",
                nullable: false,
                defaultValue: 18);

            migrationBuilder.AddColumn<int>(
                name: "CampaignWeekStartMonth",
                table: "Organisations",
                type: "INTEGER",
                nullable: false,
                defaultValue: 11);

            migrationBuilder.AddColumn<string>(
                name: "CampaignWeekTheme",
                table: "Organisations",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "… dichterbij dan je denkt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CampaignWeekEndDay",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "CampaignWeekEndMonth",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "CampaignWeekStartDay",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "CampaignWeekStartMonth",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "CampaignWeekTheme",
                table: "Organisations");
        }
    }
}
