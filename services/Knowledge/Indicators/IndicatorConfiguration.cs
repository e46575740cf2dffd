using Mc2cm.BuildingBlocks.Localization;
using Mc2cm.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;
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
        builder.Property(i => i.AllowedDisaggregations).HasEnumList(100);
        builder.HasIndex(i => i.Position);
    }
}
