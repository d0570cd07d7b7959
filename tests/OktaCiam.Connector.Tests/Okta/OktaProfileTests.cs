using System.Text.Json;

namespace OktaCiam.Connector.Tests.Okta;

public sealed class OktaProfileTests
{
    [Theory]
    [InlineData("""{"m":true}""", true)]
    [InlineData("""{"m":"true"}""", false)]
    [InlineData("""{"m":1}""", false)]
    [InlineData("""{"m":null}""", false)]
    [InlineData("""{"m":false}""", false)]
    [InlineData("""{}""", false)]
    public void IsTrue_OnlyTheJsonBooleanTrueCounts(string json, bool expected) =>
        OktaProfile.IsTrue(JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(json), "m").Should().Be(expected);

    [Fact]
    public void GetString_NonString_IsNull() =>
        OktaProfile.GetString(JsonSerializer.Deserialize<Dictionary<string, JsonElement>>("""{"login":5}"""), "login").Should().BeNull();
}
