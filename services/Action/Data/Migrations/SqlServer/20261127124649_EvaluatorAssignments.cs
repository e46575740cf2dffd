using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Mc2cm.Action.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class EvaluatorAssignments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "application_evaluators",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Evaluator = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    ApplicationId = table.Column<string>(type: "nvarchar(32)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_application_evaluators", x => x.Id);
                    table.ForeignKey(
                        name: "FK_application_evaluators_applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_application_evaluators_ApplicationId",
                table: "application_evaluators",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_application_evaluators_Evaluator",
                table: "application_evaluators",
                column: "Evaluator");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "application_evaluators");
        }
    }
}
