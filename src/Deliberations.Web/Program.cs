using Deliberations.Web.Cli;

ParseCommand.UseUtf8Console();
return await CommandLine.RunAsync(args, Console.Out, Console.Error);
