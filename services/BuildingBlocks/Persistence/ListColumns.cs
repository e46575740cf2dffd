using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mc2cm.BuildingBlocks.Persistence;

/// <summary>
/// Short lists kept in one column, comma-separated: enum names ("Sex,LegalStatus") or slugs and
/// codes ("10.7,16.6"). For lists that are read with their row, never queried item by item.
/// </summary>
public static class ListColumns
{
    public static PropertyBuilder<List<TEnum>> HasEnumList<TEnum>(this PropertyBuilder<List<TEnum>> property, int maxLength)
        where TEnum : struct, Enum =>
        property.Stored(l => string.Join(',', l), text => text.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<TEnum>).ToList(), maxLength);

    public static PropertyBuilder<List<string>> HasStringList(this PropertyBuilder<List<string>> property, int maxLength) =>
        property.Stored(l => string.Join(',', l), text => text.Split(',', StringSplitOptions.RemoveEmptyEntries).ToList(), maxLength);

    private static PropertyBuilder<List<T>> Stored<T>(this PropertyBuilder<List<T>> property, Func<List<T>, string> write, Func<string, List<T>> read, int maxLength)
    {
        property.HasConversion(l => write(l), s => read(s)).HasMaxLength(maxLength)
            .Metadata.SetValueComparer(new ValueComparer<List<T>>(
                (a, b) => a!.SequenceEqual(b!), l => l.Aggregate(0, (h, x) => HashCode.Combine(h, x)), l => l.ToList()));
        return property;
    }
}
