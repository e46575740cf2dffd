using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mc2cm.Knowledge.Observations;

internal sealed class ObservationConfiguration : IEntityTypeConfiguration<Observation>
{
    public void Configure(EntityTypeBuilder<Observation> builder)
    {
        builder.ToTable("observations");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).HasMaxLength(32);
        builder.Property(o => o.CityId).HasMaxLength(63);
        builder.Property(o => o.IndicatorCode).HasMaxLength(63);
        builder.Property(o => o.Kind).HasConversion<string>().HasMaxLength(10);
        builder.Property(o => o.TextValue).HasMaxLength(ObservationLimits.Text);
        builder.Property(o => o.GapMissing).HasMaxLength(ObservationLimits.Text);
        builder.Property(o => o.GapReason).HasMaxLength(ObservationLimits.Text);
        builder.Property(o => o.Source).HasMaxLength(ObservationLimits.Text);
        builder.Property(o => o.SourceUrl).HasMaxLength(ObservationLimits.Url);
        builder.Property(o => o.Note).HasMaxLength(ObservationLimits.Text);
        builder.Property(o => o.CreatedBy).HasMaxLength(200);
        builder.ComplexProperty(o => o.Breakdown, breakdown =>
        {
            breakdown.Property(b => b.Sex).HasColumnName("Sex").HasConversion<string>().HasMaxLength(12);
            breakdown.Property(b => b.AgeGroup).HasColumnName("AgeGroup").HasMaxLength(7);
            breakdown.Property(b => b.Nationality).HasColumnName("Nationality").HasMaxLength(2);
            breakdown.Property(b => b.LegalStatus).HasColumnName("LegalStatus").HasConversion<string>().HasMaxLength(20);
        });
        builder.Property(o => o.BreakdownKey).HasMaxLength(120);
        builder.Property(o => o.Version).IsConcurrencyToken();
        builder.Property(o => o.RetractedBy).HasMaxLength(200);
        builder.Property(o => o.RetractionReason).HasMaxLength(ObservationLimits.Text);
        // One figure (or gap) per city, indicator, year and breakdown: a second one is a duplicate.
        // A retracted one no longer counts, so the right figure can be recorded in its place.
        builder.HasIndex(o => new { o.CityId, o.IndicatorCode, o.ReferenceYear, o.BreakdownKey }).IsUnique()
            .HasFilter("\"RetractedAt\" IS NULL");
        builder.HasIndex(o => new { o.IndicatorCode, o.BreakdownKey });
        builder.HasMany(o => o.History).WithOne().HasForeignKey(c => c.ObservationId);
        builder.Navigation(o => o.History).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ObservationChangeConfiguration : IEntityTypeConfiguration<ObservationChange>
{
    public void Configure(EntityTypeBuilder<ObservationChange> builder)
    {
        builder.ToTable("observation_history");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.ObservationId).HasMaxLength(32);
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(12);
        builder.Property(c => c.Actor).HasMaxLength(200);
        builder.Property(c => c.Reason).HasMaxLength(ObservationLimits.Text);
        builder.Property(c => c.ValueKind).HasConversion<string>().HasMaxLength(10);
        builder.Property(c => c.TextValue).HasMaxLength(ObservationLimits.Text);
        builder.Property(c => c.GapMissing).HasMaxLength(ObservationLimits.Text);
        builder.Property(c => c.GapReason).HasMaxLength(ObservationLimits.Text);
        builder.Property(c => c.Source).HasMaxLength(ObservationLimits.Text);
        builder.Property(c => c.SourceUrl).HasMaxLength(ObservationLimits.Url);
        builder.Property(c => c.Sex).HasConversion<string>().HasMaxLength(12);
        builder.Property(c => c.AgeGroup).HasMaxLength(7);
        builder.Property(c => c.Nationality).HasMaxLength(2);
        builder.Property(c => c.LegalStatus).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Note).HasMaxLength(ObservationLimits.Text);
        // "As of" reads the changes after a time.
        builder.HasIndex(c => new { c.ObservationId, c.At });
    }
}

/// <summary>Sizes of observation fields, shared by validation and the schema.</summary>
internal static class ObservationLimits
{
    public const int Text = 500;

    public const int Url = 2_000;
}
