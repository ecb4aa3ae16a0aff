using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Deliberations.Benchmarks.ParserBenchmarks).Assembly).Run(args);
