using Mc2cm.BuildingBlocks.Localization;
using Mc2cm.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mc2cm.Action.Evidence;

internal sealed class PublishedProfileConfiguration : IEntityTypeConfiguration<PublishedProfile>
{
    public void Configure(EntityTypeBuilder<PublishedProfile> builder)
    {
        builder.ToTable("published_profiles");
        builder.HasKey(p => new { p.CityId, p.Revision });
        builder.Property(p => p.CityId).HasMaxLength(63);
        builder.Property(p => p.Revision).ValueGeneratedNever();
        builder.Property(p => p.Sections).HasStringList(400);
    }
}

internal sealed class CandidatePriorityConfiguration : IEntityTypeConfiguration<CandidatePriority>
{
    public void Configure(EntityTypeBuilder<CandidatePriority> builder)
    {
        builder.ToTable("candidate_priorities");
        builder.HasKey(p => new { p.CityId, p.Revision, p.PriorityId });
        builder.Property(p => p.CityId).HasMaxLength(63);
        builder.Property(p => p.Revision).ValueGeneratedNever();
        builder.Property(p => p.PriorityId).HasMaxLength(63);
        builder.HasLocalizedText(p => p.Text, "Text", 2_000);
        builder.Property(p => p.Theme).HasMaxLength(63);
    }
}

internal sealed class AdoptedRecommendationConfiguration : IEntityTypeConfiguration<AdoptedRecommendation>
{
    public void Configure(EntityTypeBuilder<AdoptedRecommendation> builder)
    {
        builder.ToTable("adopted_recommendations");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).HasMaxLength(120);
        builder.Property(r => r.MeetingId).HasMaxLength(120);
        builder.HasLocalizedText(r => r.Text, "Text", 4_000);
        builder.Property(r => r.Themes).HasStringList(800);
    }
}
