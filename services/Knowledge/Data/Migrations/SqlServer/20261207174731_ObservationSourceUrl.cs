using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Mc2cm.Knowledge.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ObservationSourceUrl : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SourceUrl",
                table: "observations",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "SourceUrl",
                table: "observations");
        }
    }
}
