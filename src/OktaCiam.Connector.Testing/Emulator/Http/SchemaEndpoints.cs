using System.Text.Json;

namespace OktaCiam.Connector.Testing;

/// <summary><c>/api/v1/meta/schemas/user/{schemaId}</c> and <c>/api/v1/meta/schemas/group/default</c>.</summary>
internal static class SchemaEndpoints
{
    public static EmulatorResponse User(RequestContext ctx)
    {
        var org = ctx.Org;
        var schemaId = ctx.Args[0];
        if (schemaId != "default" && schemaId != "osc" + org.UserTypeId[3..])
        {
            return EmulatorResponse.NotFound(schemaId, "UserSchema");
        }

        lock (org.Gate)
        {
            var custom = org.UserCustomSchemaLocked.ToList();
            return EmulatorResponse.Json(200, w => Write(
                w, ctx, "user", "/meta/schemas/user/default", "Default Okta user", "Okta user profile template with default permission settings",
                EmulatedOrg.UserBaseAttributes, custom, org.SchemaLastUpdated));
        }
    }

    public static EmulatorResponse Group(RequestContext ctx)
    {
        var org = ctx.Org;
        lock (org.Gate)
        {
            var custom = org.GroupCustomSchemaLocked.ToList();
            return EmulatorResponse.Json(200, w => Write(
                w, ctx, "group", "/meta/schemas/group/default", "Okta group", "Okta group profile template",
                [("name", "Name", true), ("description", "Description", false)], custom, org.SchemaLastUpdated));
        }
    }

    private static void Write(
        Utf8JsonWriter w, RequestContext ctx, string name, string path, string title, string description,
        (string Name, string Title, bool Required)[] baseAttributes, List<SchemaAttribute> custom, long lastUpdated)
    {
        w.WriteStartObject();
        w.WriteString("id", ctx.Render.Base + path);
        w.WriteString("$schema", "http://json-schema.org/draft-04/schema#");
        w.WriteString("name", name);
        w.WriteString("title", title);
        w.WriteString("description", description);
        OktaJson.WriteTime(w, "lastUpdated", lastUpdated);
        OktaJson.WriteTime(w, "created", ctx.Org.SeedEpoch - (86_400_000L * 2000));
        w.WriteStartObject("definitions");

        w.WriteStartObject("custom");
        w.WriteString("id", "#custom");
        w.WriteString("type", "object");
        w.WriteStartObject("properties");
        foreach (var attribute in custom)
        {
            w.WriteStartObject(attribute.Name);
            w.WriteString("title", attribute.Title);
            w.WriteString("description", attribute.Title);
            w.WriteString("type", attribute.Type);
            if (attribute.ItemType is not null)
            {
                w.WriteStartObject("items");
                w.WriteString("type", attribute.ItemType);
                w.WriteEndObject();
            }

            w.WriteString("mutability", "READ_WRITE");
            w.WriteString("scope", "NONE");
            WritePermissions(w);
            w.WriteStartObject("master");
            w.WriteString("type", "PROFILE_MASTER");
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndObject();
        w.WriteStartArray("required");
        w.WriteEndArray();
        w.WriteEndObject();

        w.WriteStartObject("base");
        w.WriteString("id", "#base");
        w.WriteString("type", "object");
        w.WriteStartObject("properties");
        foreach (var (attribute, attributeTitle, required) in baseAttributes)
        {
            w.WriteStartObject(attribute);
            w.WriteString("title", attributeTitle);
            w.WriteString("type", "string");
            if (required)
            {
                w.WriteBoolean("required", true);
            }

            if (attribute is "login")
            {
                w.WriteNumber("minLength", 5);
                w.WriteNumber("maxLength", 100);
                w.WriteString("pattern", ".+");
            }
            else if (attribute is "email" or "secondEmail")
            {
                w.WriteString("format", "email");
            }

            w.WriteString("mutability", "READ_WRITE");
            w.WriteString("scope", "NONE");
            WritePermissions(w);
            w.WriteStartObject("master");
            w.WriteString("type", "PROFILE_MASTER");
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndObject();
        w.WriteStartArray("required");
        foreach (var attribute in baseAttributes.Where(a => a.Required))
        {
            w.WriteStringValue(attribute.Name);
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();

        w.WriteString("type", "object");
        w.WriteStartObject("properties");
        w.WriteStartObject("profile");
        w.WriteStartArray("allOf");
        foreach (var reference in (ReadOnlySpan<string>)["#/definitions/custom", "#/definitions/base"])
        {
            w.WriteStartObject();
            w.WriteString("$ref", reference);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteStartObject("_links");
        w.WriteStartObject("self");
        w.WriteString("href", ctx.Render.Base + "/api/v1" + path);
        w.WriteString("method", "GET");
        w.WriteString("rel", "self");
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WritePermissions(Utf8JsonWriter w)
    {
        w.WriteStartArray("permissions");
        w.WriteStartObject();
        w.WriteString("principal", "SELF");
        w.WriteString("action", "READ_ONLY");
        w.WriteEndObject();
        w.WriteEndArray();
    }
}
