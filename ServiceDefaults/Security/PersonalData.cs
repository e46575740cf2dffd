using System.Collections;
using System.Collections.Concurrent;
using System.Security.Claims;
using Google.Protobuf;
using Google.Protobuf.Reflection;

namespace Mc2cm.ServiceDefaults.Security;

/// <summary>
/// The suite's one rule on personal data (people's names, e-mail addresses, phone numbers): which
/// fields of the contracts hold it, and who may read them — the coordinators and the people
/// (focal point, local expert) of the city the person belongs to. Everyone else, the public
/// included, gets the same answer with those fields cleared: a person's role and organisation
/// stay, their name and contact details do not.
/// </summary>
public static class PersonalData
{
    /// <summary>
    /// Every field of the contracts that holds personal data, by its full proto name. A test fails
    /// when a contract gains a field named like personal data that is not listed here.
    /// </summary>
    public static readonly IReadOnlySet<string> Fields = new HashSet<string>(StringComparer.Ordinal)
    {
        "mc2cm.cities.v1.FocalPoint.display_name",
        "mc2cm.cities.v1.FocalPoint.email",
        "mc2cm.dialogue.v1.Participant.display_name",
        "mc2cm.dialogue.v1.Participant.email",
    };

    private static readonly ConcurrentDictionary<MessageDescriptor, bool> Holders = new();

    /// <summary>
    /// A coordinator, or a focal point or local expert of <paramref name="cityId"/>; for a person of
    /// no city (null or empty), the coordinators only.
    /// </summary>
    public static bool MaySeePersonalDataOf(this ClaimsPrincipal user, string? cityId) =>
        string.IsNullOrEmpty(cityId) ? user.IsCoordinator() : user.WorksFor(cityId);

    /// <summary><paramref name="message"/> as is when the caller may see the personal data of <paramref name="cityId"/>, else without it.</summary>
    public static T WithPersonalDataFor<T>(this T message, ClaimsPrincipal user, string? cityId)
        where T : IMessage =>
        user.MaySeePersonalDataOf(cityId) ? message : message.WithoutPersonalData();

    /// <summary>Clears every personal field in <paramref name="message"/>, at any depth, and returns it.</summary>
    public static T WithoutPersonalData<T>(this T message)
        where T : IMessage
    {
        Clear(message);
        return message;
    }

    /// <summary>Whether a message of this type can hold personal data, in its own fields or in those of the messages it contains.</summary>
    public static bool CanHold(MessageDescriptor descriptor) => Holders.GetOrAdd(descriptor, d => Reaches(d, []));

    /// <remarks>Not cached on the way: an answer found inside a cycle is only true of the walk that found it.</remarks>
    private static bool Reaches(MessageDescriptor descriptor, HashSet<MessageDescriptor> seen) =>
        seen.Add(descriptor) && descriptor.Fields.InDeclarationOrder().Any(f =>
            Fields.Contains(f.FullName) || (f.FieldType == FieldType.Message && Reaches(f.MessageType, seen)));

    private static void Clear(IMessage message)
    {
        if (!CanHold(message.Descriptor))
        {
            return;
        }

        foreach (var field in message.Descriptor.Fields.InDeclarationOrder())
        {
            if (Fields.Contains(field.FullName))
            {
                field.Accessor.Clear(message);
            }
            else if (field.FieldType == FieldType.Message)
            {
                foreach (var inner in Contained(field.Accessor.GetValue(message)))
                {
                    Clear(inner);
                }
            }
        }
    }

    private static IEnumerable<IMessage> Contained(object? value) => value switch
    {
        IMessage one => [one],
        IDictionary map => map.Values.OfType<IMessage>(),
        IEnumerable many => many.OfType<IMessage>(),
        _ => [],
    };
}
