using Mc2cm.BuildingBlocks.Localization;
using Mc2cm.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mc2cm.Action.Calls;

internal sealed class CallConfiguration : IEntityTypeConfiguration<Call>
{
    public void Configure(EntityTypeBuilder<Call> builder)
    {
        builder.ToTable("calls");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).HasMaxLength(63);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasLocalizedText(c => c.Title, "Title", 300);
        builder.Property(c => c.Theme).HasMaxLength(63);
        builder.Property(c => c.MaxGrant).HasPrecision(18, 2);
        builder.Property(c => c.Budget).HasPrecision(18, 2);
        builder.Property(c => c.Committed).HasPrecision(18, 2);
        builder.Property(c => c.Currency).HasMaxLength(3).IsFixedLength();
        builder.Property(c => c.EligibleCountries).HasStringList(800);
        builder.Property(c => c.Objectives).HasEnumList(200);
        builder.Property(c => c.EligibleApplicantTypes).HasEnumList(200);
        builder.Property(c => c.SupportLetterRequiredFor).HasEnumList(200);
        builder.Property(c => c.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Criteria).HasJson();
    }
}
