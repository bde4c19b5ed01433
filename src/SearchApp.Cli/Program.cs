using SearchApp.Cli.Commands;

// Placeholder dispatcher for the ner branch; the lead's main dispatcher calls NerCommand.Run(args[1..]) too.
if (args.Length > 0 && args[0] == "ner")
{
    return NerCommand.Run(args[1..]);
}

Console.Error.WriteLine("usage: searchapp ner ...");
return 2;
