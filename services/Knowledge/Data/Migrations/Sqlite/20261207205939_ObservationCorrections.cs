using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Mc2cm.Knowledge.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ObservationCorrections : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_observations_CityId_IndicatorCode_ReferenceYear_BreakdownKey",
                table: "observations");

            migrationBuilder.AddColumn<long>(
                name: "RetractedAt",
                table: "observations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RetractedBy",
                table: "observations",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RetractionReason",
                table: "observations",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "UpdatedAt",
                table: "observations",
                type: "INTEGER",
                nullable: true);

            // Figures recorded before start at version 1, as new ones do (their etag is W/"1").
            migrationBuilder.AddColumn<long>(
                name: "Version",
                table: "observations",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1L);

            migrationBuilder.CreateTable(
                name: "observation_history",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ObservationId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ReferenceYear = table.Column<int>(type: "INTEGER", nullable: false),
                    ValueKind = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Value = table.Column<double>(type: "REAL", nullable: true),
                    TextValue = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    GapMissing = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    GapReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    SourceUrl = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Sex = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    AgeGroup = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    Nationality = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    LegalStatus = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_observation_history", x => x.Id);
                    table.ForeignKey(
                        name: "FK_observation_history_observations_ObservationId",
                        column: x => x.ObservationId,
                        principalTable: "observations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_observations_CityId_IndicatorCode_ReferenceYear_BreakdownKey",
                table: "observations",
                columns: new[] { "CityId", "IndicatorCode", "ReferenceYear", "BreakdownKey" },
                unique: true,
                filter: "\"RetractedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_observation_history_ObservationId_At",
                table: "observation_history",
                columns: new[] { "ObservationId", "At" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "observation_history");

            migrationBuilder.DropIndex(
                name: "IX_observations_CityId_IndicatorCode_ReferenceYear_BreakdownKey",
                table: "observations");

            migrationBuilder.DropColumn(
                name: "RetractedAt",
                table: "observations");

            migrationBuilder.DropColumn(
                name: "RetractedBy",
                table: "observations");

            migrationBuilder.DropColumn(
                name: "RetractionReason",
                table: "observations");

            migrationBuilder.DropColumn(
                name: "UpdatedAt",
                table: "observations");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "observations");

            migrationBuilder.CreateIndex(
                name: "IX_observations_CityId_IndicatorCode_ReferenceYear_BreakdownKey",
                table: "observations",
                columns: new[] { "CityId", "IndicatorCode", "ReferenceYear", "BreakdownKey" },
                unique: true);
        }
    }
}
