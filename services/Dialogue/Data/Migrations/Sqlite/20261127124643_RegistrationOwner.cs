using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Mc2cm.Dialogue.Data.Migrations.Sqlite
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
                type: "TEXT",
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
