namespace Mc2cm.Web.Gateway;

/// <summary>Thrown by a page whose address names nothing (e.g. an id that is not a slug): answered like an unknown resource, 404.</summary>
public sealed class PageNotFoundException(string message) : Exception(message)
{
    /// <summary>Goes on only when <paramref name="id"/> can name a resource.</summary>
    public static string Check(string? id) =>
        Components.Shared.ResourceIds.IsValid(id) ? id! : throw new PageNotFoundException($"'{id}' is not an id.");
}
