using Mc2cm.BuildingBlocks.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mc2cm.Dialogue.Themes;

internal sealed class ThemeConfiguration : IEntityTypeConfiguration<Theme>
{
    public const int NameLength = 200;

    public void Configure(EntityTypeBuilder<Theme> builder)
    {
        builder.ToTable("themes");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).HasMaxLength(63);
        builder.HasLocalizedText(t => t.Names, "Name", NameLength);
    }
}
