using Mosaic.Cli;

return await MosaicCli.RunAsync(args, CliContext.ForProcess());
