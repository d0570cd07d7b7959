using OktaCiam.Connector.Abstractions;

namespace OktaCiam.Connector.Abstractions.Tests.Description;

public class AppVisibilityTests
{
    [Fact]
    public void Unrestricted_IsNotRestricted()
    {
        AppVisibility.Unrestricted.IsRestricted.Should().BeFalse();
    }

    [Fact]
    public void RestrictedTo_Groups_IsRestricted()
    {
        var visibility = AppVisibility.RestrictedTo("00g1", "00g2");

        visibility.IsRestricted.Should().BeTrue();
        visibility.GroupIds.Should().Equal("00g1", "00g2");
    }

    [Fact]
    public void RestrictedTo_NoGroups_Throws()
    {
        var act = () => AppVisibility.RestrictedTo();

        act.Should().Throw<ArgumentException>().WithMessage("*at least one group*");
    }

    [Fact]
    public void RestrictedTo_BlankGroupId_Throws()
    {
        var act = () => AppVisibility.RestrictedTo("00g1", " ");

        act.Should().Throw<ArgumentException>();
    }
}
