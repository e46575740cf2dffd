using Mc2cm.BuildingBlocks.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mc2cm.Cities.Network;

internal sealed class PartnerConfiguration : IEntityTypeConfiguration<Partner>
{
    public void Configure(EntityTypeBuilder<Partner> builder)
    {
        builder.ToTable("partners");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).HasMaxLength(63);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Property(p => p.Acronym).HasMaxLength(NetworkLimits.Acronym);
        builder.HasLocalizedText(p => p.Names, "Name", NetworkLimits.Name);
        builder.Property(p => p.Role).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Contribution).HasMaxLength(NetworkLimits.Contribution);
    }
}

internal sealed class PhaseConfiguration : IEntityTypeConfiguration<Phase>
{
    public void Configure(EntityTypeBuilder<Phase> builder)
    {
        builder.ToTable("phases");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).HasMaxLength(63);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasLocalizedText(p => p.Names, "Name", NetworkLimits.Name);
        builder.OwnsMany(p => p.BudgetLines, line =>
        {
            line.ToTable("phase_budget_lines");
            line.WithOwner().HasForeignKey("PhaseId");
            line.Property<int>("Id");
            line.HasKey("Id");
            line.Property(l => l.FunderId).HasMaxLength(63);
            line.Property(l => l.Description).HasMaxLength(300);
            line.Property(l => l.Amount).HasPrecision(18, 2);
            line.Property(l => l.Currency).HasMaxLength(3).IsFixedLength();
        });
        builder.Navigation(p => p.BudgetLines).AutoInclude();
    }
}
