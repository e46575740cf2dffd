using Google.Protobuf.Reflection;
using static Mc2cm.BadInput.Tests.Cases.Answers;
using static Mc2cm.BadInput.Tests.Cases.BadKind;
using static Mc2cm.BadInput.Tests.Cases.CaseText;

namespace Mc2cm.BadInput.Tests.Cases;

/// <summary>
/// Messages no protobuf parser reads, sent in well-formed gRPC frames to a write RPC of each
/// service (on the gateway's gRPC and gRPC-Web faces and on the service's own port) and to the
/// gateway's own overview: each is the caller's fault, never Unknown or a server error.
/// </summary>
public static class UnparsableCases
{
    private static readonly MethodDescriptor[] Writes =
    [
        Rpc(Contracts.Cities.V1.CitiesService.Descriptor, "CreateCity"),
        Rpc(Contracts.Knowledge.V1.IndicatorsService.Descriptor, "CreateIndicator"),
        Rpc(Contracts.Dialogue.V1.MeetingsService.Descriptor, "CreateMeeting"),
        Rpc(Contracts.Action.V1.CallsService.Descriptor, "CreateCall"),
    ];

    private static readonly MethodDescriptor Overview = Rpc(Contracts.Gateway.V1.OverviewService.Descriptor, "GetCityOverview");

    public static IEnumerable<BadCase> All =>
    [
        .. Writes.SelectMany(rpc => For(rpc, BadCase.GrpcFaces)),
        .. For(Overview, [Face.Grpc, Face.GrpcWeb]),
    ];

    private static IEnumerable<BadCase> For(MethodDescriptor rpc, IReadOnlyList<Face> faces)
    {
        var text = rpc.InputType.Fields.InFieldNumberOrder().First(f => f.FieldType == FieldType.String && !f.IsRepeated);
        return
        [
            Case("a string cut short", [Tag(text.FieldNumber, WireLengthDelimited), 10, .. "Ouj"u8]),
            Case("a string that is not UTF-8", [Tag(text.FieldNumber, WireLengthDelimited), 4, (byte)'O', 0xC3, 0x28, (byte)'a']),
            Case("wire type 6", [Tag(1, 6), 0]),
            Case("wire type 7", [Tag(1, 7), 0]),
        ];

        BadCase Case(string what, byte[] message) =>
            new(UnparsableMessage, what, rpc, _ => rpc.InputType.Parser.ParseFrom(Google.Protobuf.ByteString.Empty), Unparsable) { Faces = faces, GrpcMessage = message };
    }

    private const int WireLengthDelimited = 2;

    /// <summary>A field's tag in one byte (fields 1 to 15).</summary>
    private static byte Tag(int field, int wireType) =>
        field is >= 1 and <= 15 ? (byte)((field << 3) | wireType) : throw new ArgumentOutOfRangeException(nameof(field), field, "A one-byte tag holds fields 1 to 15.");
}
