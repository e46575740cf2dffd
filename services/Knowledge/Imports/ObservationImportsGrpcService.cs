using Grpc.Core;
using Mc2cm.ServiceDefaults.Security;
using Proto = Mc2cm.Contracts.Knowledge.V1;

namespace Mc2cm.Knowledge.Imports;

/// <summary>mc2cm.knowledge.v1.ObservationImportsService: the file comes as bytes (base64 in REST JSON).</summary>
public sealed class ObservationImportsGrpcService(ObservationImporter importer) : Proto.ObservationImportsService.ObservationImportsServiceBase
{
    public override Task<Proto.ImportObservationsResponse> ImportObservations(Proto.ImportObservationsRequest request, ServerCallContext context) =>
        importer.ImportAsync(ObservationImportInput.Read(request), context.User(), context.CancellationToken);
}
