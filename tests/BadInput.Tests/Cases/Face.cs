namespace Mc2cm.BadInput.Tests.Cases;

/// <summary>The faces a case is sent through: the gateway's, and a service's own gRPC port behind it.</summary>
public enum Face
{
    /// <summary>Native gRPC on the gateway's HTTP/2 port.</summary>
    Grpc,

    /// <summary>REST/JSON (JSON transcoding) on the gateway's HTTP/1.1 port.</summary>
    Rest,

    /// <summary>gRPC-Web, as a browser sends it, on the gateway's HTTP/1.1 port.</summary>
    GrpcWeb,

    /// <summary>Native gRPC on the service's own HTTP/2 port, past the gateway.</summary>
    Service,
}
