using OktaCiam.Connector.Abstractions;
using OktaCiam.Connector.Access;

namespace OktaCiam.Connector.Access.Tests.Visibility;

public class AppVisibilityPolicyTests
{
    private static readonly AppSettings Restricted = new() { Name = "Okta CIAM", Visibility = AppVisibility.RestrictedTo("00g-eng", "00g-sec") };

    [Fact]
    public void CanSee_UnrestrictedApp_Everyone()
    {
        AppVisibilityPolicy.CanSee(new AppSettings { Name = "Okta CIAM" }, new AppViewer()).Should().BeTrue();
    }

    [Fact]
    public void CanSee_RestrictedApp_MemberOfAListedGroup()
    {
        AppVisibilityPolicy.CanSee(Restricted, new AppViewer { GroupIds = ["00g-other", "00g-sec"] }).Should().BeTrue();
    }

    [Fact]
    public void CanSee_RestrictedApp_NotAMember_False()
    {
        AppVisibilityPolicy.CanSee(Restricted, new AppViewer { GroupIds = ["00g-other", "00G-ENG"] }).Should().BeFalse();
    }

    [Theory]
    [InlineData(true, false, false)]
    [InlineData(false, true, false)]
    [InlineData(false, false, true)]
    public void CanSee_RestrictedApp_AdminsAndHoldersAlwaysSeeIt(bool hostAdmin, bool appAdmin, bool holds)
    {
        var viewer = new AppViewer { IsHostAdmin = hostAdmin, IsAppAdmin = appAdmin, HoldsAccess = holds };

        AppVisibilityPolicy.CanSee(Restricted, viewer).Should().BeTrue();
    }
}
