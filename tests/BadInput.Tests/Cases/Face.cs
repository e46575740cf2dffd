namespace Mc2cm.BadInput.Tests.Cases;

/// <summary>The two faces of the gateway a case is sent through.</summary>
public enum Face
{
    /// <summary>Native gRPC on the gateway's HTTP/2 port.</summary>
    Grpc,

    /// <summary>REST/JSON (JSON transcoding) on the gateway's HTTP/1.1 port.</summary>
    Rest,
}
