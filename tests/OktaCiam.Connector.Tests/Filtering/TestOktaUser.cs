using System.Text.Json;

namespace OktaCiam.Connector.Tests;

/// <summary>A small Okta user model for the filter tests; the real one belongs to the Okta client.</summary>
internal sealed record TestOktaUser(string Id, string Status, Dictionary<string, JsonElement> Profile);
