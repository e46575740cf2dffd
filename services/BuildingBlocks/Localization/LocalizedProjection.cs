using System.Collections;
using Google.Protobuf;
using Proto = Mc2cm.Contracts.Common.V1;

namespace Mc2cm.BuildingBlocks.Localization;

/// <summary>
/// Shows a whole response in the reader's language: every LocalizedText inside the message,
/// at any depth, becomes the text in that language (or the best available) with its language.
/// </summary>
public static class LocalizedProjection
{
    /// <summary>A copy of <paramref name="message"/> for a reader of <paramref name="language"/>; the message itself when null.</summary>
    public static T InLanguage<T>(this T message, string? language)
        where T : IMessage<T>
    {
        if (language is null)
        {
            return message;
        }

        var copy = message.Clone();
        Project(copy, language);
        return copy;
    }

    private static void Project(IMessage message, string language)
    {
        foreach (var field in message.Descriptor.Fields.InFieldNumberOrder())
        {
            if (field.FieldType != Google.Protobuf.Reflection.FieldType.Message || field.IsMap)
            {
                continue;
            }

            var value = field.Accessor.GetValue(message);
            if (field.IsRepeated)
            {
                var items = (IList)value;
                for (var i = 0; i < items.Count; i++)
                {
                    items[i] = items[i] is Proto.LocalizedText text ? For(text, language) : ProjectChild((IMessage)items[i]!, language);
                }
            }
            else if (value is Proto.LocalizedText text)
            {
                field.Accessor.SetValue(message, For(text, language));
            }
            else if (value is IMessage child)
            {
                Project(child, language);
            }
        }
    }

    private static IMessage ProjectChild(IMessage child, string language)
    {
        Project(child, language);
        return child;
    }

    private static Proto.LocalizedText For(Proto.LocalizedText text, string language) =>
        new LocalizedText(text.En, text.Fr, text.Ar).ToProto(language);
}
