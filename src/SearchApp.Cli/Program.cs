using SearchApp.Cli.Commands;

// Placeholder dispatcher of the facets branch; the lead's Program.cs in main dispatches every command.
if (args.Length > 0 && args[0] == "bench")
{
    return BenchCommand.Run(args[1..]);
}

Console.Error.WriteLine("usage: searchapp bench ...");
return 2;
