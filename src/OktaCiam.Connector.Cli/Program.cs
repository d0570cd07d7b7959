using OktaCiam.Connector.Cli;

return await OktaCiamCli.RunAsync(args).ConfigureAwait(false);
