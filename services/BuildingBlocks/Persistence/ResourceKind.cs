using System.Linq.Expressions;
using Mc2cm.Domain.Errors;
using Mc2cm.ServiceDefaults.Api;

namespace Mc2cm.BuildingBlocks.Persistence;

/// <summary>
/// One kind of resource as <see cref="ResourceLookup"/> finds it: its type for people ("Funded
/// action"), its collection ("actions") and how its row is matched by id. Declared once, on its aggregate.
/// </summary>
public sealed class ResourceKind<T>(string typeName, string collection, Func<string, Expression<Func<T, bool>>> byId)
    where T : Aggregate
{
    public string TypeName => typeName;

    public string Collection => collection;

    public Expression<Func<T, bool>> ById(string id) => byId(id);

    public NotFoundException NotFound(string id) => new(typeName, ResourceNames.Format(collection, id));

    /// <summary>The id out of a request's "{collection}/{id}"; InvalidArgument naming <paramref name="field"/> when it is not one.</summary>
    public string ReadId(string? name, string field = "name") => ResourceNames.ReadId(field, name, collection);
}
