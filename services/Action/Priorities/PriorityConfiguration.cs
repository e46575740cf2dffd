using Mc2cm.BuildingBlocks.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mc2cm.Action.Priorities;

internal sealed class PriorityConfiguration : IEntityTypeConfiguration<Priority>
{
    public void Configure(EntityTypeBuilder<Priority> builder)
    {
        builder.ToTable("priorities");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).HasMaxLength(63);
        builder.Property(p => p.CityId).HasMaxLength(63);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasLocalizedText(p => p.Text, "Text", 2_000);
        builder.Property(p => p.Theme).HasMaxLength(63);
        builder.Property(p => p.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.AdoptedBy).HasMaxLength(200);
        builder.Property(p => p.RetireReason).HasMaxLength(2_000);
        builder.OwnsMany(p => p.Evidence, evidence =>
        {
            evidence.ToTable("priority_evidence");
            evidence.WithOwner().HasForeignKey("PriorityId");
            evidence.Property<int>("Id");
            evidence.HasKey("Id");
            evidence.Property(e => e.ProfileRevision).HasMaxLength(120);
            evidence.Property(e => e.Section).HasMaxLength(63);
            evidence.Property(e => e.ProfilePriorityId).HasMaxLength(63);
            evidence.Property(e => e.RecommendationId).HasMaxLength(120);
        });
        builder.Navigation(p => p.Evidence).AutoInclude();
        builder.HasIndex(p => p.CityId);
    }
}
