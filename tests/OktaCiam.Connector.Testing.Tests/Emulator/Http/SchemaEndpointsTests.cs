using System.Net;

namespace OktaCiam.Connector.Testing.Tests.Emulator.Http;

public sealed class SchemaEndpointsTests
{
    [Fact]
    public async Task User_Default_DeclaresTheManagedAttributeAsBoolean()
    {
        await using var okta = await OktaEmulator.StartAsync();
        using var client = okta.Client();

        var (response, schema) = await client.GetJsonAsync("/api/v1/meta/schemas/user/default");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        schema!["definitions"]!["custom"]!["properties"]!["opal_okta_ciam_managed"]!["type"]!.GetValue<string>().Should().Be("boolean");
        schema["definitions"]!["base"]!["properties"]!["login"]!["type"]!.GetValue<string>().Should().Be("string");
        schema["definitions"]!["base"]!["required"]!.AsArray().Select(n => n!.GetValue<string>()).Should().Equal("login", "firstName", "lastName", "email");
        schema["properties"]!["profile"]!["allOf"]!.AsArray().Should().HaveCount(2);
    }

    [Fact]
    public async Task Group_Default_DeclaresTheManagedAttributeAsBoolean()
    {
        await using var okta = await OktaEmulator.StartAsync();
        using var client = okta.Client();

        var (_, schema) = await client.GetJsonAsync("/api/v1/meta/schemas/group/default");

        schema!["name"]!.GetValue<string>().Should().Be("group");
        schema["definitions"]!["custom"]!["properties"]!["opal_okta_ciam_managed"]!["type"]!.GetValue<string>().Should().Be("boolean");
    }

    [Fact]
    public async Task User_AttributeRemovedOrRetyped_ShowsInSchemaAndBreaksSearchOnIt()
    {
        await using var okta = await OktaEmulator.StartAsync();
        using var client = okta.Client();

        okta.Org.SetUserSchemaAttribute("opal_okta_ciam_managed", "string");
        var (_, retyped) = await client.GetJsonAsync("/api/v1/meta/schemas/user/default");
        okta.Org.SetUserSchemaAttribute("opal_okta_ciam_managed", null);
        var (_, removed) = await client.GetJsonAsync("/api/v1/meta/schemas/user/default");
        var (search, body) = await client.GetJsonAsync(EmulatorHarness.Search("profile.opal_okta_ciam_managed eq true"));
        okta.Org.SetGroupSchemaAttribute("opal_okta_ciam_managed", null);
        var (_, group) = await client.GetJsonAsync("/api/v1/meta/schemas/group/default");

        retyped!["definitions"]!["custom"]!["properties"]!["opal_okta_ciam_managed"]!["type"]!.GetValue<string>().Should().Be("string");
        removed!["definitions"]!["custom"]!["properties"]!["opal_okta_ciam_managed"].Should().BeNull();
        search.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        body.ErrorCode().Should().Be("E0000031");
        group!["definitions"]!["custom"]!["properties"]!["opal_okta_ciam_managed"].Should().BeNull();
    }

    [Fact]
    public async Task User_UnknownSchemaId_Returns404()
    {
        await using var okta = await OktaEmulator.StartAsync();
        using var client = okta.Client();

        var (response, _) = await client.GetJsonAsync("/api/v1/meta/schemas/user/oscNope");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}
