using OktaCiam.Connector.Abstractions;

namespace OktaCiam.Connector.Tests.Provisioning;

public sealed class OktaRoleSpecTests
{
    [Theory]
    [InlineData("HELP_DESK_ADMIN", true)]
    [InlineData("SUPER_ADMIN", true)]
    [InlineData("A1_B2", true)]
    [InlineData("help_desk_admin", false)]
    [InlineData("1ADMIN", false)]
    [InlineData("cr0Yq6IJxGIr0ouum0g3", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsStandardType_Shapes_AreRecognised(string? value, bool expected) =>
        OktaRoleSpec.IsStandardType(value).Should().Be(expected);

    [Fact]
    public void From_StandardType_HasNoResourceSet()
    {
        var role = OktaRoleSpec.From(new ResourceGrant { PrincipalId = "00u1", ResourceId = "HELP_DESK_ADMIN" });

        role.Should().Be(new OktaRoleSpec("HELP_DESK_ADMIN", null, null));
        role.ToRequest().Should().Be(OktaRoleAssignmentRequest.Standard("HELP_DESK_ADMIN"));
    }

    [Fact]
    public void From_CustomRoleId_TakesTheAccessLevelAsResourceSet()
    {
        var role = OktaRoleSpec.From(new ResourceGrant { PrincipalId = "00u1", ResourceId = "cr0Yq6IJxGIr0ouum0g3", AccessLevelId = "iamoJDFKaJxGIr0oamd9g" });

        role.IsCustom.Should().BeTrue();
        role.ToRequest().Should().Be(OktaRoleAssignmentRequest.Custom("cr0Yq6IJxGIr0ouum0g3", "iamoJDFKaJxGIr0oamd9g"));
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("CUSTOM", "iam1")]
    [InlineData("HELP_DESK_ADMIN", "iam1")]
    [InlineData("cr0abc", "")]
    [InlineData("cr0/abc", "iam1")]
    [InlineData("cr0abc", "iam 1")]
    public void From_MalformedGrant_SaysWhatToFix(string resourceId, string level)
    {
        var act = () => OktaRoleSpec.From(new ResourceGrant { PrincipalId = "00u1", ResourceId = resourceId, AccessLevelId = level });

        act.Should().Throw<ArgumentException>().Which.Message.Should().MatchRegex("ResourceId|AccessLevelId|role");
    }

    [Fact]
    public void Matches_StandardAndCustomAssignments()
    {
        var standard = new OktaRoleSpec("APP_ADMIN", null, null);
        var custom = new OktaRoleSpec(OktaRoleSpec.CustomType, "cr0a", "iam1");

        standard.Matches(new OktaRoleAssignment { Type = "APP_ADMIN" }).Should().BeTrue();
        standard.Matches(new OktaRoleAssignment { Type = "ORG_ADMIN" }).Should().BeFalse();
        custom.Matches(new OktaRoleAssignment { Type = "CUSTOM", Role = "cr0a", ResourceSet = "iam1" }).Should().BeTrue();
        custom.Matches(new OktaRoleAssignment { Type = "CUSTOM", Role = "cr0a", ResourceSet = "iam2" }).Should().BeFalse();
        custom.Matches(new OktaRoleAssignment { Type = "CUSTOM", Role = "cr0b", ResourceSet = "iam1" }).Should().BeFalse();
    }
}
