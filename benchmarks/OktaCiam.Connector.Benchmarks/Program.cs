using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using OktaCiam.Connector.Benchmarks;

if (args is ["--e2e-figures"])
{
    return await EndToEndFigures.RunAsync().ConfigureAwait(false);
}

var config = DefaultConfig.Instance.AddDiagnoser(BenchmarkDotNet.Diagnosers.MemoryDiagnoser.Default);
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
return 0;
