using Mc2cm.BuildingBlocks.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mc2cm.CityDirectory;

/// <summary>The "known_cities" table; a service's DbContext applies it in OnModelCreating.</summary>
public sealed class KnownCityConfiguration : IEntityTypeConfiguration<KnownCity>
{
    public void Configure(EntityTypeBuilder<KnownCity> builder)
    {
        builder.ToTable("known_cities");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).HasMaxLength(63);
        builder.HasLocalizedText(c => c.Names, "Name", 100);
        builder.Property(c => c.CountryCode).HasMaxLength(2).IsFixedLength();
        builder.Property(c => c.Region).HasMaxLength(20);
    }
}
