using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Mc2cm.Cities.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CityLocation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<double>(
                name: "LocationLatitude",
                table: "cities",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "LocationLongitude",
                table: "cities",
                type: "REAL",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "LocationLatitude",
                table: "cities");

            migrationBuilder.DropColumn(
                name: "LocationLongitude",
                table: "cities");
        }
    }
}
