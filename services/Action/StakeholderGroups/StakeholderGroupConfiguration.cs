using Mc2cm.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mc2cm.Action.StakeholderGroups;

internal sealed class StakeholderGroupConfiguration : IEntityTypeConfiguration<StakeholderGroup>
{
    public void Configure(EntityTypeBuilder<StakeholderGroup> builder)
    {
        builder.ToTable("stakeholder_groups");
        builder.HasKey(g => g.CityId);
        builder.Property(g => g.CityId).HasMaxLength(63);
        builder.Property(g => g.Version).IsConcurrencyToken();
        // Members and workshops are read with their group, never queried apart.
        builder.Property(g => g.Members).HasJson();
        builder.Property(g => g.Workshops).HasJson();
    }
}
