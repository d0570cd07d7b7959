namespace OktaCiam.Connector.Abstractions;

/// <summary>An optional capability: a connector that counts what it reads and what it leaves out.</summary>
public interface IReadStatisticsSource
{
    /// <summary>Gets the counters since the connector was created.</summary>
    /// <returns>A snapshot of the counters.</returns>
    ReadStatistics GetStatistics();
}
