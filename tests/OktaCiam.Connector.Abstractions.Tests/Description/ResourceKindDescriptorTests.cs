using OktaCiam.Connector.Abstractions;

namespace OktaCiam.Connector.Abstractions.Tests.Description;

public class ResourceKindDescriptorTests
{
    [Fact]
    public void Supports_AllRequestedOperations_True()
    {
        var kind = new ResourceKindDescriptor("group", "Group", ConnectorOperations.Import | ConnectorOperations.Grant | ConnectorOperations.Revoke);

        kind.Supports(ConnectorOperations.Grant | ConnectorOperations.Revoke).Should().BeTrue();
        kind.Supports(ConnectorOperations.Grant | ConnectorOperations.Deprovision).Should().BeFalse();
    }

    [Fact]
    public void FindKind_UnknownKind_ReturnsNull()
    {
        var descriptor = new ConnectorDescriptor
        {
            Id = "x",
            DisplayName = "X",
            ResourceKinds = [new ResourceKindDescriptor("group", "Group", ConnectorOperations.Import)],
            App = new AppSettings { Name = "X" },
        };

        descriptor.FindKind("group").Should().NotBeNull();
        descriptor.FindKind("role").Should().BeNull();
    }
}
