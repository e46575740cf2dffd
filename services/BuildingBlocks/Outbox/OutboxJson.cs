using System.Text.Json;

namespace Mc2cm.BuildingBlocks.Outbox;

/// <summary>How event payloads are stored in the outbox (the wire format is MassTransit's own).</summary>
internal static class OutboxJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
}
