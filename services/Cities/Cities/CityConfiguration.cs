using Mc2cm.BuildingBlocks.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mc2cm.Cities.Cities;

internal sealed class CityConfiguration : IEntityTypeConfiguration<City>
{
    public void Configure(EntityTypeBuilder<City> builder)
    {
        builder.ToTable("cities");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).HasMaxLength(63);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasLocalizedText(c => c.Names, "Name", CityLimits.Name);
        builder.Property(c => c.SearchText).HasMaxLength(3 * CityLimits.Name + 2);
        builder.Property(c => c.CountryCode).HasMaxLength(2).IsFixedLength();
        builder.Property(c => c.Region).HasConversion<string>().HasMaxLength(20);
        builder.OwnsOne(c => c.Population, population =>
        {
            population.Property(p => p.Value).HasColumnName("PopulationValue");
            population.Property(p => p.ReferenceYear).HasColumnName("PopulationYear");
            population.Property(p => p.Source).HasColumnName("PopulationSource").HasMaxLength(CityLimits.Source);
        });
        builder.OwnsOne(c => c.Location, location =>
        {
            location.Property(l => l.Latitude).HasColumnName("LocationLatitude");
            location.Property(l => l.Longitude).HasColumnName("LocationLongitude");
        });
        builder.OwnsMany(c => c.Memberships, membership =>
        {
            membership.ToTable("city_memberships");
            membership.WithOwner().HasForeignKey("CityId");
            membership.Property<int>("Id");
            membership.HasKey("Id");
            membership.Property(m => m.PhaseId).HasMaxLength(63);
            membership.HasIndex(m => m.PhaseId);
        });
        builder.OwnsMany(c => c.FocalPoints, focalPoint =>
        {
            focalPoint.ToTable("city_focal_points");
            focalPoint.WithOwner().HasForeignKey("CityId");
            focalPoint.Property<int>("Id");
            focalPoint.HasKey("Id");
            focalPoint.Property(f => f.Name).HasMaxLength(CityLimits.PersonName);
            focalPoint.Property(f => f.Role).HasMaxLength(CityLimits.PersonName);
            focalPoint.Property(f => f.Email).HasMaxLength(254);
        });
        builder.Navigation(c => c.Memberships).AutoInclude();
        builder.Navigation(c => c.FocalPoints).AutoInclude();
        builder.HasIndex(c => c.CountryCode);
        builder.HasIndex(c => c.Region);
    }
}
