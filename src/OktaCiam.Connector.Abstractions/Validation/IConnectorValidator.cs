namespace OktaCiam.Connector.Abstractions;

/// <summary>Runs the app validation checks an admin runs after setting up a connector.</summary>
public interface IConnectorValidator
{
    /// <summary>Runs every check, continuing past failures, and returns them in a stable order.</summary>
    /// <param name="cancellationToken">Cancels the checks.</param>
    /// <returns>The checks with their results.</returns>
    Task<IReadOnlyList<ValidationCheck>> ValidateAsync(CancellationToken cancellationToken = default);
}
