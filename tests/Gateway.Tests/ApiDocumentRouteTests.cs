using Microsoft.OpenApi;

namespace Mc2cm.Gateway.Tests;

/// <summary>Routes of the document carry what the transcoder takes and gives: path, query, body, answer, error.</summary>
public sealed class ApiDocumentRouteTests(ApiDocsGateway docs) : IClassFixture<ApiDocsGateway>
{
    private const string Json = "application/json";

    [Fact]
    public void Listing_cities_takes_its_filters_from_the_query_string_by_their_json_names()
    {
        var list = docs.Operation(HttpMethod.Get, "/api/v1/cities");

        var query = list.Parameters!.Where(p => p.In == ParameterLocation.Query).ToDictionary(p => p.Name!);
        Assert.Equal(["pageSize", "pageToken", "region", "countryCode", "phase", "membershipStatus", "query", "orderBy"], query.Keys);
        Assert.Equal(JsonSchemaType.Integer, query["pageSize"].Schema!.Type);
        Assert.Contains("REGION_EUROPE", query["region"].Schema!.Enum!.Select(v => v.ToString()));
        Assert.Null(list.RequestBody);
        Assert.StartsWith("Lists cities", list.Description, StringComparison.Ordinal); // the rpc's comment in cities.proto
        Assert.Equal(["cities", "nextPageToken", "totalSize"], ResponseSchema(list).Properties!.Keys);
    }

    [Fact]
    public void Creating_a_priority_sends_the_whole_request_as_the_body()
    {
        var create = docs.Operation(HttpMethod.Post, "/api/v1/priorities");

        Assert.Empty(create.Parameters ?? []);
        var body = create.RequestBody!.Content![Json].Schema!;
        Assert.Equal(["priority", "candidate"], body.Properties!.Keys);
        Assert.Equal("mc2cm.action.v1.Priority", ((OpenApiSchemaReference)body.Properties["priority"]).Reference.Id);
        Assert.Contains("evidence", ResponseSchema(create).Properties!.Keys); // response_body: the priority itself
    }

    [Fact]
    public void Updating_a_city_binds_its_name_in_the_path_the_city_as_body_and_the_mask_as_query()
    {
        var update = docs.Operation(HttpMethod.Patch, "/api/v1/cities/{name}");

        var parameters = update.Parameters!.Select(p => (p.Name, p.In)).ToList();
        Assert.Equal([("name", ParameterLocation.Path), ("updateMask", ParameterLocation.Query)], parameters);
        Assert.Contains("city.name", update.Parameters![0].Description, StringComparison.Ordinal);
        Assert.Equal(JsonSchemaType.String, update.Parameters[1].Schema!.Type);
        Assert.Equal("mc2cm.cities.v1.City", ((OpenApiSchemaReference)update.RequestBody!.Content![Json].Schema!).Reference.Id);
    }

    [Theory]
    [InlineData("/api/v1/actions/{name}:chain", new[] { "name" })]
    [InlineData("/api/v1/meetings/{parent}/registrations", new[] { "parent", "pageSize", "pageToken", "state" })]
    [InlineData("/api/v1/meetings/{meeting}/registrations/{name}", new[] { "meeting", "name" })]
    [InlineData("/api/v1/indicators/{name}:compare", new[] { "name", "cities", "year", "lang", "asOf", "breakdown" })]
    [InlineData("/api/v1/indicators/{name}/series", new[] { "name", "cities", "fromYear", "toYear", "lang" })]
    public void Gets_have_their_path_variables_as_path_parameters_and_the_rest_as_query(string path, string[] parameters)
    {
        var get = docs.Operation(HttpMethod.Get, path);

        Assert.Equal(parameters, get.Parameters!.Select(p => p.Name));
        Assert.All(get.Parameters!.Where(p => p.In == ParameterLocation.Path), p => Assert.True(p.Required));
    }

    [Fact]
    public void Schemas_follow_the_proto3_json_mapping()
    {
        var schemas = docs.Document.Components!.Schemas!;
        var city = schemas["mc2cm.cities.v1.City"];
        var population = schemas["mc2cm.cities.v1.Population"];

        Assert.Equal("A city of the network.", city.Description);
        Assert.Equal(JsonSchemaType.String, population.Properties!["value"].Type); // int64
        Assert.Equal("int64", population.Properties["value"].Format);
        Assert.Equal("date-time", city.Properties!["createTime"].Format);
        Assert.True(city.Properties["createTime"].ReadOnly);
        Assert.Equal(JsonSchemaType.Array, city.Properties["focalPoints"].Type);
        Assert.Equal(JsonSchemaType.String, schemas["mc2cm.cities.v1.Region"].Type);
        Assert.Equal(["year", "month", "day"], schemas["google.type.Date"].Properties!.Keys);
        Assert.Contains("units", schemas["google.type.Money"].Properties!.Keys);
    }

    [Fact]
    public void Every_operation_answers_errors_as_a_google_rpc_status()
    {
        var status = docs.Document.Components!.Schemas!["google.rpc.Status"];
        var operations = docs.Document.Paths.Values.SelectMany(p => p.Operations!.Values).ToList();

        Assert.Equal(["code", "message", "details"], status.Properties!.Keys);
        Assert.All(operations, o => Assert.Equal("google.rpc.Status",
            ((OpenApiSchemaReference)o.Responses!["default"].Content![Json].Schema!).Reference.Id));
    }

    [Fact]
    public void Public_reads_need_no_token_and_writes_need_a_bearer_token()
    {
        var bearer = docs.Document.Components!.SecuritySchemes!["bearer"];
        var list = docs.Operation(HttpMethod.Get, "/api/v1/cities");
        var get = docs.Operation(HttpMethod.Get, "/api/v1/cities/{name}");
        var create = docs.Operation(HttpMethod.Post, "/api/v1/cities");

        Assert.Equal((SecuritySchemeType.Http, "bearer", "JWT"), (bearer.Type!.Value, bearer.Scheme, bearer.BearerFormat));
        Assert.Null(docs.Document.Security);
        Assert.All([list, get], read => Assert.Contains(read.Security!, requirement => requirement.Count == 0));
        Assert.All(create.Security!, requirement => Assert.Equal(["bearer"], requirement.Keys.Select(k => k.Reference.Id)));
        Assert.NotEmpty(create.Security!);
        Assert.EndsWith("Needs a token: coordinators only.", create.Description, StringComparison.Ordinal);
    }

    private static IOpenApiSchema ResponseSchema(OpenApiOperation operation) => operation.Responses!["200"].Content![Json].Schema!;
}
