using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mc2cm.Dialogue.Registrations;

internal sealed class RegistrationConfiguration : IEntityTypeConfiguration<Registration>
{
    public void Configure(EntityTypeBuilder<Registration> builder)
    {
        builder.ToTable("registrations");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).HasMaxLength(63);
        builder.Property(r => r.MeetingId).HasMaxLength(63);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.Property(r => r.State).HasConversion<string>().HasMaxLength(20);
        builder.ComplexProperty(r => r.Participant, participant =>
        {
            participant.Property(p => p.Name).HasColumnName("ParticipantName").HasMaxLength(RegistrationLimits.Name);
            participant.Property(p => p.Organisation).HasColumnName("ParticipantOrganisation").HasMaxLength(RegistrationLimits.Name);
            participant.Property(p => p.CityId).HasColumnName("ParticipantCityId").HasMaxLength(63);
            participant.Property(p => p.Role).HasColumnName("ParticipantRole").HasConversion<string>().HasMaxLength(30);
            participant.Property(p => p.Email).HasColumnName("ParticipantEmail").HasMaxLength(254);
        });
        builder.Property(r => r.ActiveEmailKey).HasMaxLength(254);
        builder.Property(r => r.RegisteredBy).HasMaxLength(200);
        // No two active registrations of one address for a meeting; a cancelled one (null key) does not count.
        builder.HasIndex(r => new { r.MeetingId, r.ActiveEmailKey }).IsUnique();
        // The waiting list of a meeting, in order.
        builder.HasIndex(r => new { r.MeetingId, r.State, r.Number });
        builder.HasOne<Meetings.Meeting>().WithMany().HasForeignKey(r => r.MeetingId).OnDelete(DeleteBehavior.Restrict);
    }
}
