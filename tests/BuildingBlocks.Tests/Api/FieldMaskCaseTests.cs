using Mc2cm.ServiceDefaults.Grpc;

namespace Mc2cm.BuildingBlocks.Tests.Api;

public sealed class FieldMaskCaseTests
{
    [Theory]
    [InlineData("displayName.fr", "display_name.fr")]
    [InlineData("sdgTargets", "sdg_targets")]
    [InlineData("display_name.fr", "display_name.fr")]
    [InlineData("region", "region")]
    [InlineData("dataReflections", "data_reflections")]
    public void Json_paths_are_read_as_proto_field_names(string path, string expected) =>
        Assert.Equal(expected, FieldMaskCaseInterceptor.ToSnakeCase(path));
}
