using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Mc2cm.Cities.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PhasesKeptByCoordinators : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<DateOnly>(
                name: "EndDate",
                table: "phases",
                type: "TEXT",
                nullable: true,
                oldClrType: typeof(DateOnly),
                oldType: "TEXT");

            // Stored phases and partners get version 1, the first version of one created now.
            migrationBuilder.AddColumn<long>(
                name: "Version",
                table: "phases",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1L);

            migrationBuilder.AddColumn<long>(
                name: "Version",
                table: "partners",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1L);

            // The inception phase (February 2015 – March 2016) was seeded beside phase I, which it is
            // the start of; phases now share no day, so it goes, unless a city was made a member of it.
            migrationBuilder.Sql(
                "DELETE FROM phase_budget_lines WHERE PhaseId = 'inception' AND NOT EXISTS (SELECT 1 FROM city_memberships WHERE PhaseId = 'inception');");
            migrationBuilder.Sql(
                "DELETE FROM phases WHERE Id = 'inception' AND NOT EXISTS (SELECT 1 FROM city_memberships WHERE PhaseId = 'inception');");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Version",
                table: "phases");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "partners");

            migrationBuilder.AlterColumn<DateOnly>(
                name: "EndDate",
                table: "phases",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1),
                oldClrType: typeof(DateOnly),
                oldType: "TEXT",
                oldNullable: true);
        }
    }
}
