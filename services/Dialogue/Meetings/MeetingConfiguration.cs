using Mc2cm.BuildingBlocks.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mc2cm.Dialogue.Meetings;

internal sealed class MeetingConfiguration : IEntityTypeConfiguration<Meeting>
{
    public void Configure(EntityTypeBuilder<Meeting> builder)
    {
        builder.ToTable("meetings");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).HasMaxLength(63);
        // The concurrency token: every change, every registration included, bumps it.
        builder.Property(m => m.Version).IsConcurrencyToken();
        builder.Property(m => m.Kind).HasConversion<string>().HasMaxLength(30);
        builder.HasLocalizedText(m => m.Names, "Name", MeetingLimits.Name);
        // Small lists that are read with the meeting: JSON columns, searchable by theme.
        builder.PrimitiveCollection(m => m.ThemeIds).HasField("_themeIds").HasColumnName("Themes");
        builder.PrimitiveCollection(m => m.Languages).HasField("_languages");
        builder.Property(m => m.HostCityId).HasMaxLength(63);
        builder.Property(m => m.Location).HasMaxLength(MeetingLimits.Place);
        builder.Property(m => m.CoOrganiser).HasMaxLength(MeetingLimits.Place);
        builder.ComplexProperty(m => m.Dates, dates =>
        {
            dates.Property(d => d.Start).HasColumnName("StartDate");
            dates.Property(d => d.End).HasColumnName("EndDate");
            dates.Property(d => d.TimeZone).HasColumnName("TimeZone").HasMaxLength(MeetingLimits.TimeZone);
        });
        builder.Property(m => m.Format).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.CancelReason).HasMaxLength(MeetingLimits.Reason);
        builder.Property(m => m.FlagReason).HasConversion<string>().HasMaxLength(30);
        builder.Property(m => m.FlagDescription).HasMaxLength(MeetingLimits.Reason);
        // Complex collections must be IList<T>: they are mapped on the private lists behind the read-only properties.
        builder.Ignore(m => m.Sessions).Ignore(m => m.Documents).Ignore(m => m.ScheduleHistory).Ignore(m => m.PoliticalMessages);
        builder.ComplexCollection<List<AgendaSession>, AgendaSession>("_sessions", sessions =>
        {
            sessions.ToJson("Sessions");
            sessions.ComplexProperty(s => s.Title);
            sessions.Property(s => s.Method).HasConversion<string>();
        });
        builder.ComplexCollection<List<MeetingDocument>, MeetingDocument>("_documents", documents =>
        {
            documents.ToJson("Documents");
            documents.Property(d => d.Kind).HasConversion<string>();
        });
        builder.ComplexCollection<List<ScheduleChange>, ScheduleChange>("_scheduleHistory", history => history.ToJson("ScheduleHistory"));
        builder.ComplexCollection<List<LocalizedText>, LocalizedText>("_politicalMessages", messages => messages.ToJson("PoliticalMessages"));
        builder.Ignore(m => m.Flag);
        builder.Ignore(m => m.RecommendationIds);
        builder.HasIndex(m => m.HostCityId);
    }
}
