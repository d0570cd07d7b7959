namespace OktaCiam.Connector.Tests.Reading;

/// <summary>The tests that share <see cref="SeededOrgFixture"/>; xunit runs them one after another.</summary>
[CollectionDefinition(Name)]
public sealed class SeededOrgCollection : ICollectionFixture<SeededOrgFixture>
{
    public const string Name = "Seeded org (500 workforce users, 100,000 customers)";
}
