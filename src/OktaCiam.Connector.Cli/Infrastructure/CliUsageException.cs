namespace OktaCiam.Connector.Cli;

/// <summary>The command line or its environment is wrong; the message says what to fix.</summary>
internal sealed class CliUsageException(string message) : Exception(message);
