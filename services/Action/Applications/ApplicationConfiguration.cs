using Mc2cm.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mc2cm.Action.Applications;

internal sealed class ApplicationConfiguration : IEntityTypeConfiguration<Application>
{
    public void Configure(EntityTypeBuilder<Application> builder)
    {
        builder.ToTable("applications");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).HasMaxLength(32);
        builder.Property(a => a.CallId).HasMaxLength(63);
        builder.Property(a => a.CityId).HasMaxLength(63);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.Property(a => a.Organisation).HasMaxLength(200);
        builder.Property(a => a.ApplicantType).HasConversion<string>().HasMaxLength(30);
        builder.Property(a => a.Title).HasMaxLength(300);
        builder.Property(a => a.RequestedAmount).HasPrecision(18, 2);
        builder.Property(a => a.Currency).HasMaxLength(3).IsFixedLength();
        builder.Property(a => a.Objectives).HasEnumList(200);
        builder.Property(a => a.PriorityIds).HasStringList(2_000);
        builder.Property(a => a.RecommendationIds).HasStringList(2_000);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.ActionId).HasMaxLength(32);
        builder.Property(a => a.SubmittedBy).HasMaxLength(200);
        // Score sheets are read and written with their application, never queried: one JSON column.
        builder.Property(a => a.ScoreSheets).HasJson();
        builder.OwnsMany(a => a.Documents, document =>
        {
            document.ToTable("application_documents");
            document.WithOwner().HasForeignKey("ApplicationId");
            document.Property<int>("Id");
            document.HasKey("Id");
            document.Property(d => d.Kind).HasConversion<string>().HasMaxLength(20);
            document.Property(d => d.Title).HasMaxLength(300);
            document.Property(d => d.Uri).HasMaxLength(2_000);
        });
        builder.OwnsMany(a => a.FailedRules, rule =>
        {
            rule.ToTable("application_failed_rules");
            rule.WithOwner().HasForeignKey("ApplicationId");
            rule.Property<int>("Id");
            rule.HasKey("Id");
            rule.Property(r => r.Rule).HasMaxLength(63);
            rule.Property(r => r.Description).HasMaxLength(1_000);
        });
        builder.OwnsMany(a => a.Evaluators, evaluator =>
        {
            evaluator.ToTable("application_evaluators");
            evaluator.WithOwner().HasForeignKey("ApplicationId");
            evaluator.Property<int>("Id");
            evaluator.HasKey("Id");
            evaluator.Property(e => e.Evaluator).HasMaxLength(200);
            evaluator.HasIndex(e => e.Evaluator);
        });
        builder.Navigation(a => a.Documents).AutoInclude();
        builder.Navigation(a => a.Evaluators).AutoInclude();
        builder.Navigation(a => a.FailedRules).AutoInclude();
        builder.HasIndex(a => new { a.CallId, a.Status });
        builder.HasIndex(a => a.CityId);
    }
}
