namespace OktaCiam.Connector.Tests;

/// <summary>Okta's own response examples (Fixtures/Okta, Apache-2.0) and the managed attribute spliced into them.</summary>
internal static class OktaFixtures
{
    public const string AttributeName = "opal_okta_ciam_managed";

    public static string Read(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Okta", name));

    /// <summary>Okta's user example, with <paramref name="profileMembers"/> added first in its profile and <paramref name="recordMembers"/> first in the record.</summary>
    public static string User(string? profileMembers = null, string? recordMembers = null, string? id = null)
    {
        var json = Read("getUser.200.GetUserExample.json");
        if (id is not null)
        {
            json = json.Replace("00ub0oNGTSWTBKOLGLNR", id, StringComparison.Ordinal);
        }

        if (profileMembers is not null)
        {
            json = json.Replace("\"profile\": {\n", "\"profile\": {\n    " + profileMembers + ",\n", StringComparison.Ordinal);
        }

        if (recordMembers is not null)
        {
            json = "{\n  " + recordMembers + "," + json[1..];
        }

        return json;
    }

    /// <summary>Okta's user example whose profile value is replaced by <paramref name="profileValue"/>.</summary>
    public static string UserWithProfile(string profileValue)
    {
        var json = Read("getUser.200.GetUserExample.json");
        var start = json.IndexOf("\"profile\": {", StringComparison.Ordinal) + "\"profile\": ".Length;
        var end = json.IndexOf('}', start) + 1;
        return json[..start] + profileValue + json[end..];
    }

    /// <summary>A managed user: Okta's example with the attribute set to true.</summary>
    public static string ManagedUser(string? id = null) => User($"\"{AttributeName}\": true", id: id);

    /// <summary>Okta's group example, with <paramref name="profileMembers"/> added first in its profile.</summary>
    public static string Group(string? profileMembers = null)
    {
        var json = Read("getGroup.200.GroupExample.json");
        return profileMembers is null
            ? json
            : json.Replace("\"profile\": {\n", "\"profile\": {\n    " + profileMembers + ",\n", StringComparison.Ordinal);
    }

    public static string Page(params string[] records) => "[" + string.Join(",", records) + "]";
}
