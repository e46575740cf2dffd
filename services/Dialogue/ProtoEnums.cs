using System.Globalization;
using System.Reflection;
using Google.Protobuf.Reflection;
using Mc2cm.Domain.Validation;

namespace Mc2cm.Dialogue;

/// <summary>
/// The service's enums use the numbers of their mc2cm.dialogue.v1 counterparts (a unit test
/// holds them to it), so reading and writing them is a checked conversion rather than a table.
/// </summary>
internal static class ProtoEnums
{
    /// <summary>The domain value of <paramref name="value"/>; null and a violation (when required) for an unset or unknown one.</summary>
    public static TDomain? ReadEnum<TDomain>(this FieldViolations violations, string field, Enum value, bool required = true)
        where TDomain : struct, Enum
    {
        var number = Convert.ToInt32(value, CultureInfo.InvariantCulture);
        if (number != 0 && Enum.IsDefined(typeof(TDomain), number))
        {
            return (TDomain)Enum.ToObject(typeof(TDomain), number);
        }

        if (number != 0 || required)
        {
            var names = ProtoNames(value.GetType()).Skip(1);
            violations.Add(field, number == 0 ? $"is required: one of {string.Join(", ", names)}." : $"must be one of {string.Join(", ", names)}.",
                number == 0 ? FieldReasons.Required : FieldReasons.NotAllowed);
        }

        return null;
    }

    /// <summary>The values' names as the proto (and the REST face) spells them, e.g. "MEETING_KIND_PEER_LEARNING".</summary>
    private static IEnumerable<string> ProtoNames(Type protoEnum) =>
        protoEnum.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => f.GetCustomAttribute<OriginalNameAttribute>()?.Name ?? f.Name);

    public static TProto ToProto<TProto>(this Enum value)
        where TProto : struct, Enum =>
        (TProto)Enum.ToObject(typeof(TProto), Convert.ToInt32(value, CultureInfo.InvariantCulture));
}
