using System.Collections;
using Google.Protobuf;

namespace Mc2cm.Contracts.Knowledge.V1;

/// <summary>The sections of a profile by their field names, shared by Knowledge and by its readers.</summary>
public sealed partial class ProfileContent
{
    /// <summary>Section names, in the order of the published profiles ("synopsis", "data_reflections"...).</summary>
    public static IReadOnlyList<string> SectionNames => Sections.Names;

    /// <summary>The sections that hold something (an empty message or list is no content).</summary>
    public IReadOnlyList<string> SectionsWithContent() =>
        Descriptor.Fields.InFieldNumberOrder()
            .Where(f => f.Accessor.GetValue(this) switch
            {
                IList list => list.Count > 0,
                IMessage message => message.CalculateSize() > 0,
                _ => false,
            })
            .Select(f => f.Name)
            .ToList();

    // Filled on first use: a static initialiser of this class would run inside protobuf's own
    // type initialisation of the descriptor, which is not ready yet.
    private static class Sections
    {
        public static readonly IReadOnlyList<string> Names = Descriptor.Fields.InFieldNumberOrder().Select(f => f.Name).ToList();
    }
}
