using Mc2cm.Contracts.Knowledge.V1;

namespace Mc2cm.Knowledge.Profiles;

/// <summary>
/// One revision of a profile. Its content is the contract's ProfileContent message, stored as
/// proto3 JSON; only the owning <see cref="Profile"/> changes it, and never once published.
/// </summary>
public sealed class ProfileRevision
{
    private ProfileRevision()
    {
    }

    internal ProfileRevision(int number, ProfileContent content, string actor, DateTimeOffset now)
    {
        Number = number;
        State = ProfileState.Draft;
        Content = content;
        CreatedAt = now;
        CreatedBy = actor;
        UpdatedAt = now;
    }

    public int Number { get; private set; }

    public ProfileState State { get; private set; }

    public ProfileContent Content { get; private set; } = new();

    public DateTimeOffset CreatedAt { get; private set; }

    public string CreatedBy { get; private set; } = string.Empty;

    public DateTimeOffset UpdatedAt { get; private set; }

    public DateTimeOffset? PublishedAt { get; private set; }

    public string? PublishedBy { get; private set; }

    public string? ReviewComment { get; private set; }

    internal void Replace(ProfileContent content, DateTimeOffset now)
    {
        Content = content;
        UpdatedAt = now;
    }

    internal void MoveTo(ProfileState state, DateTimeOffset now)
    {
        State = state;
        UpdatedAt = now;
    }

    internal void Return(string comment, DateTimeOffset now)
    {
        ReviewComment = comment;
        MoveTo(ProfileState.Draft, now);
    }

    internal void Publish(string actor, DateTimeOffset now)
    {
        PublishedAt = now;
        PublishedBy = actor;
        MoveTo(ProfileState.Published, now);
    }
}
