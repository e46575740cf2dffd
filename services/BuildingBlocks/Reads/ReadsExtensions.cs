using Mc2cm.BuildingBlocks.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Mc2cm.BuildingBlocks.Reads;

public static class ReadsExtensions
{
    /// <summary>
    /// The <see cref="DataVersion"/> of the service's database, moved on by every save through
    /// <see cref="ICommitListener"/>, and a <see cref="ReadCache{TAnswer}"/> for each read that asks for one.
    /// </summary>
    public static IServiceCollection AddDataVersion(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(DataVersion)))
        {
            return services;
        }

        services.AddSingleton<DataVersion>();
        services.AddSingleton<ICommitListener>(sp => sp.GetRequiredService<DataVersion>());
        services.TryAddSingleton(typeof(ReadCache<>));
        return services;
    }
}
