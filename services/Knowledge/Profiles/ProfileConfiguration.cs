using Google.Protobuf;
using Mc2cm.Contracts.Knowledge.V1;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mc2cm.Knowledge.Profiles;

internal sealed class ProfileConfiguration : IEntityTypeConfiguration<Profile>
{
    // Content is stored as proto3 JSON: readable in the database, and additive changes to the
    // contract (new fields) read old rows as they are.
    private static readonly JsonFormatter Formatter = new(JsonFormatter.Settings.Default.WithFormatDefaultValues(false));
    private static readonly JsonParser Parser = new(JsonParser.Settings.Default.WithIgnoreUnknownFields(true));

    public void Configure(EntityTypeBuilder<Profile> builder)
    {
        builder.ToTable("profiles");
        builder.HasKey(p => p.CityId);
        builder.Property(p => p.CityId).HasMaxLength(63);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.OwnsMany(p => p.Revisions, revision =>
        {
            revision.ToTable("profile_revisions");
            revision.WithOwner().HasForeignKey("ProfileId");
            revision.HasKey("ProfileId", nameof(ProfileRevision.Number));
            // The revision number is ours (1, 2...): a new revision must be inserted, not taken for an existing row.
            revision.Property(r => r.Number).ValueGeneratedNever();
            revision.Property(r => r.State).HasConversion<string>().HasMaxLength(20);
            revision.Property(r => r.Content)
                .HasConversion(c => Formatter.Format(c), json => Parser.Parse<ProfileContent>(json))
                .Metadata.SetValueComparer(new ValueComparer<ProfileContent>((a, b) => Equals(a, b), c => c.GetHashCode(), c => c.Clone()));
            revision.Property(r => r.CreatedBy).HasMaxLength(200);
            revision.Property(r => r.PublishedBy).HasMaxLength(200);
            revision.Property(r => r.ReviewComment).HasMaxLength(ProfileLimits.Comment);
        });
        builder.OwnsMany(p => p.History, entry =>
        {
            entry.ToTable("profile_history");
            entry.WithOwner().HasForeignKey("ProfileId");
            entry.Property<int>("Id");
            entry.HasKey("Id");
            entry.Property(e => e.Action).HasConversion<string>().HasMaxLength(20);
            entry.Property(e => e.Actor).HasMaxLength(200);
            entry.Property(e => e.Comment).HasMaxLength(ProfileLimits.Comment);
        });
        builder.Navigation(p => p.Revisions).AutoInclude();
        builder.Navigation(p => p.History).AutoInclude();
    }
}
