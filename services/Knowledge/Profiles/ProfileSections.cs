using Mc2cm.Contracts.Events.Knowledge;
using Mc2cm.Contracts.Knowledge.V1;

namespace Mc2cm.Knowledge.Profiles;

/// <summary>Editing a profile's sections: replacing them and giving its priorities ids.</summary>
public static class ProfileSections
{
    /// <summary>Moves the named sections from <paramref name="source"/> (a request, not used again) onto <paramref name="target"/>.</summary>
    public static ProfileContent Replace(ProfileContent target, ProfileContent source, IEnumerable<string> sections)
    {
        foreach (var name in sections)
        {
            var field = ProfileContent.Descriptor.FindFieldByName(name);
            if (field.IsRepeated)
            {
                var list = (System.Collections.IList)field.Accessor.GetValue(target);
                list.Clear();
                foreach (var item in (System.Collections.IList)field.Accessor.GetValue(source))
                {
                    list.Add(item);
                }
            }
            else
            {
                field.Accessor.SetValue(target, field.Accessor.GetValue(source));
            }
        }

        return target;
    }

    /// <summary>Gives every priority without an id the first free "priority-{n}", so ids stay stable once set.</summary>
    public static void AssignPriorityIds(ProfileContent content)
    {
        var taken = content.Priorities.Select(p => p.Id).Where(id => id.Length > 0).ToHashSet(StringComparer.Ordinal);
        var next = 1;
        foreach (var priority in content.Priorities.Where(p => p.Id.Length == 0))
        {
            while (taken.Contains($"priority-{next}"))
            {
                next++;
            }

            priority.Id = $"priority-{next}";
            taken.Add(priority.Id);
        }
    }

    public static IReadOnlyList<PublishedPriority> Priorities(ProfileContent content) =>
        content.Priorities.Select(p => new PublishedPriority(p.Id, p.Text?.En ?? string.Empty, p.Text?.Fr ?? string.Empty, p.Text?.Ar ?? string.Empty, p.Theme)).ToList();
}
