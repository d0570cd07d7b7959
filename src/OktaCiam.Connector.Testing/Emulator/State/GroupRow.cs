namespace OktaCiam.Connector.Testing;

/// <summary>A group picked for a response, with the version to render.</summary>
internal readonly record struct GroupRow(GroupRecord Record, GroupState State);
