using OktaCiam.Connector.Abstractions;

namespace OktaCiam.Connector;

/// <summary>The readers' counters with the instance's API call count; take one snapshot before and one after a sync.</summary>
internal sealed class OktaReadStatisticsSource(OktaReadContext context) : IReadStatisticsSource
{
    /// <inheritdoc/>
    public ReadStatistics GetStatistics() => context.Counters.Snapshot(context.Client.Stats);
}
