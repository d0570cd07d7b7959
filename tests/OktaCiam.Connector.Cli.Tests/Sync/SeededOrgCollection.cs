namespace OktaCiam.Connector.Cli.Tests.Sync;

/// <summary>The CLI tests that share <see cref="SeededOrgFixture"/>.</summary>
[CollectionDefinition(Name)]
public sealed class SeededOrgCollection : ICollectionFixture<SeededOrgFixture>
{
    public const string Name = "CLI seeded org";
}
