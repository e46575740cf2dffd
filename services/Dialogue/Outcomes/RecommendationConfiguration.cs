using Mc2cm.BuildingBlocks.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mc2cm.Dialogue.Outcomes;

internal sealed class RecommendationConfiguration : IEntityTypeConfiguration<Recommendation>
{
    public const int TextLength = 4000;

    public void Configure(EntityTypeBuilder<Recommendation> builder)
    {
        builder.ToTable("recommendations");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).HasMaxLength(63);
        builder.Property(r => r.MeetingId).HasMaxLength(63);
        builder.HasLocalizedText(r => r.Text, "Text", TextLength);
        builder.PrimitiveCollection(r => r.ThemeIds).HasField("_themeIds").HasColumnName("Themes");
        builder.PrimitiveCollection(r => r.Addressees).HasField("_addressees").ElementType().HasConversion<string>();
        builder.HasIndex(r => new { r.MeetingId, r.Number }).IsUnique();
        builder.HasOne<Meetings.Meeting>().WithMany().HasForeignKey(r => r.MeetingId).OnDelete(DeleteBehavior.Restrict);
    }
}
