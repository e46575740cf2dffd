using System.Text;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Grpc.Core.Interceptors;

namespace Mc2cm.ServiceDefaults.Grpc;

/// <summary>
/// Field masks name fields in snake_case (proto names) over gRPC, but JSON clients write them in
/// lowerCamelCase ("?updateMask=displayName.fr", as the protobuf JSON mapping says), and the JSON
/// transcoder passes a query-string mask on unconverted. This puts every path of a request's
/// top-level field masks in snake_case, so each service reads one spelling.
/// </summary>
public sealed class FieldMaskCaseInterceptor : Interceptor
{
    public override Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        if (request is IMessage message)
        {
            foreach (var field in message.Descriptor.Fields.InDeclarationOrder())
            {
                if (field.FieldType == Google.Protobuf.Reflection.FieldType.Message
                    && field.MessageType.FullName == FieldMask.Descriptor.FullName
                    && !field.IsRepeated
                    && field.Accessor.GetValue(message) is FieldMask mask)
                {
                    Normalize(mask);
                }
            }
        }

        return continuation(request, context);
    }

    public static void Normalize(FieldMask mask)
    {
        for (var i = 0; i < mask.Paths.Count; i++)
        {
            mask.Paths[i] = ToSnakeCase(mask.Paths[i]);
        }
    }

    /// <summary>"displayName.fr" → "display_name.fr"; a path already in snake_case is left as it is.</summary>
    public static string ToSnakeCase(string path)
    {
        if (!path.Any(char.IsUpper))
        {
            return path;
        }

        var snake = new StringBuilder(path.Length + 4);
        foreach (var c in path)
        {
            if (char.IsUpper(c))
            {
                snake.Append('_').Append(char.ToLowerInvariant(c));
            }
            else
            {
                snake.Append(c);
            }
        }

        return snake.ToString();
    }
}
