using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Mc2cm.Dialogue.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class RegistrationOwner : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "RegisteredBy",
                table: "registrations",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "RegisteredBy",
                table: "registrations");
        }
    }
}
