using System.ComponentModel;
using Mc2cm.Testing;

namespace Mc2cm.Gateway.Tests;

/// <summary>
/// What a browser app does with the protos: a TypeScript client generated from them (buf and
/// protoc-gen-es, npm packages pinned in package.json) calls Cities through the gateway's gRPC-Web
/// face, in Node's test runner (clients/typescript/test). The client is generated here, into the
/// git-ignored clients/typescript/gen, so it cannot go stale against the protos.
/// </summary>
public sealed class TypeScriptClientTests(GatewayApp app) : IClassFixture<GatewayApp>
{
    private static readonly TimeSpan StepTimeout = TimeSpan.FromMinutes(3);
    private static readonly string[] NodePackages =
        ["node_modules/.bin/buf", "node_modules/.bin/protoc-gen-es", "node_modules/@connectrpc/connect-web/package.json"];

    [Fact]
    public async Task The_generated_client_lists_and_reads_cities_over_grpc_web()
    {
        var missing = NodePackages.Where(p => !File.Exists(Path.Combine(RepositoryRoot.Path, p))).ToList();
        Assert.True(missing.Count == 0, $"The npm packages of the TypeScript client are missing ({string.Join(", ", missing)}): "
            + "run `npm ci` in the repository root (.ci/run does; eng/ensure-node.sh installs Node.js and npm).");

        var generate = await NpmRunAsync("client:generate", new Dictionary<string, string>());
        var test = await NpmRunAsync("client:test", new Dictionary<string, string>
        {
            ["MC2CM_GATEWAY_URL"] = app.Gateway.HttpAddress.ToString().TrimEnd('/'),
        });

        Assert.True(generate.ExitCode == 0, $"npm run client:generate exited with {generate.ExitCode}:\n{generate.Output}");
        Assert.True(test.ExitCode == 0, $"npm run client:test exited with {test.ExitCode}:\n{test.Output}");
        // Node's runner exits 0 when it finds no test at all: the count says they ran.
        Assert.Contains("# pass 3", test.Output, StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Output)> NpmRunAsync(string script, IReadOnlyDictionary<string, string> environment)
    {
        try
        {
            return await RepositoryCommand.RunAsync("npm", ["run", "--silent", script], environment, StepTimeout, TestContext.Current.CancellationToken);
        }
        catch (Win32Exception ex)
        {
            Assert.Fail($"npm could not be started ({ex.Message}): eng/ensure-node.sh installs Node.js and npm.");
            throw;
        }
    }
}
