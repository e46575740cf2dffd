using Mc2cm.BuildingBlocks.Localization;
using Mc2cm.Contracts.Knowledge.V1;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mc2cm.Knowledge.Indicators;

internal sealed class IndicatorConfiguration : IEntityTypeConfiguration<IndicatorDefinition>
{
    public void Configure(EntityTypeBuilder<IndicatorDefinition> builder)
    {
        builder.ToTable("indicators");
        builder.HasKey(i => i.Code);
        builder.Property(i => i.Code).HasMaxLength(63);
        builder.HasLocalizedText(i => i.Names, "Name", 200);
        builder.Property(i => i.Unit).HasMaxLength(60);
        builder.Property(i => i.Dimension).HasConversion<string>().HasMaxLength(40);
        builder.Property(i => i.ValueKind).HasConversion<string>().HasMaxLength(10);
        // A short list of enum names in one column, e.g. "Sex,LegalStatus".
        builder.Property(i => i.AllowedDisaggregations)
            .HasConversion(
                list => string.Join(',', list),
                text => text.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<Disaggregation>).ToList())
            .HasMaxLength(100)
            .Metadata.SetValueComparer(new ValueComparer<List<Disaggregation>>((a, b) => a!.SequenceEqual(b!), l => l.Aggregate(0, HashCode.Combine), l => l.ToList()));
        builder.HasIndex(i => i.Position);
    }
}
