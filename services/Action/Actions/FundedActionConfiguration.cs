using Mc2cm.BuildingBlocks.Localization;
using Mc2cm.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mc2cm.Action.Actions;

internal sealed class FundedActionConfiguration : IEntityTypeConfiguration<FundedAction>
{
    public void Configure(EntityTypeBuilder<FundedAction> builder)
    {
        builder.ToTable("funded_actions");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).HasMaxLength(32);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasLocalizedText(a => a.Title, "Title", 300);
        builder.HasLocalizedText(a => a.Summary, "Summary", 4_000);
        builder.Property(a => a.CityId).HasMaxLength(63);
        builder.Property(a => a.CallId).HasMaxLength(63);
        builder.Property(a => a.ApplicationId).HasMaxLength(32);
        builder.Property(a => a.Objectives).HasEnumList(200);
        builder.Property(a => a.Budget).HasPrecision(18, 2);
        builder.Property(a => a.Disbursed).HasPrecision(18, 2);
        builder.Property(a => a.Currency).HasMaxLength(3).IsFixedLength();
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.SdgTargets).HasStringList(400);
        builder.Property(a => a.PriorityIds).HasStringList(2_000);
        builder.Property(a => a.RecommendationIds).HasStringList(2_000);
        builder.OwnsMany(a => a.Milestones, milestone =>
        {
            milestone.ToTable("action_milestones");
            milestone.WithOwner().HasForeignKey("ActionId");
            milestone.Property<int>("Key");
            milestone.HasKey("Key");
            milestone.Property(m => m.Id).HasMaxLength(63);
            milestone.Property(m => m.Title).HasMaxLength(300);
        });
        builder.OwnsMany(a => a.Results, result =>
        {
            result.ToTable("action_results");
            result.WithOwner().HasForeignKey("ActionId");
            result.Property<int>("Id");
            result.HasKey("Id");
            result.Property(r => r.Indicator).HasMaxLength(200);
            result.Property(r => r.Unit).HasMaxLength(60);
        });
        builder.OwnsMany(a => a.Reports, report =>
        {
            report.ToTable("action_progress_reports");
            report.WithOwner().HasForeignKey("ActionId");
            report.Property<int>("Id");
            report.HasKey("Id");
            report.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
            report.Property(r => r.Disbursed).HasPrecision(18, 2);
            report.Property(r => r.Note).HasMaxLength(2_000);
            report.Property(r => r.ReportedBy).HasMaxLength(200);
        });
        builder.Navigation(a => a.Milestones).AutoInclude();
        builder.Navigation(a => a.Results).AutoInclude();
        builder.Navigation(a => a.Reports).AutoInclude();
        builder.HasIndex(a => a.CityId);
        builder.HasIndex(a => a.CallId);
    }
}
