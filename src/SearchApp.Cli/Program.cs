using SearchApp.Cli;
using SearchApp.Cli.Commands;
using SearchApp.Core;
using SearchApp.Core.Indexing;
using SearchApp.Core.Storage;

const string Usage = """
    usage: searchapp <command> [options]   (every command accepts --data DIR)
      ingest PATH...                 load JSONL, .jsonl.gz, .txt files or folders (upsert by id)
      reindex                        rebuild the search index from the store
      users add NAME --role ROLE     create a user (password on stdin); prints the API token
      users list | users token NAME  list users; issue a new API token
      annotations export [--out F]   all annotations as a W3C AnnotationCollection (JSON-LD)
      annotations import FILE        import annotations (idempotent by id; conflicts reported)
      ner eval FILE.conll            score the shipped NER model (JSON on stdout); also ner train|bench|tag|lexicon
      eval --corpus F --queries F --qrels F   relevance of stock ArabicAnalyzer vs ours (docs/relevance.md)
      bench --corpus F --queries F   the benchmark workload (../shared/bench/WORKLOAD.md); JSON on stdout
    """;

if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
{
    Console.WriteLine(Usage);
    return args.Length == 0 ? 2 : 0;
}

try
{
    return args[0] switch
    {
        "ingest" => IngestCommand.Run(args[1..]),
        "reindex" => ReindexCommand.Run(args[1..]),
        "users" => UsersCommand.Run(args[1..]),
        "annotations" => AnnotationsCommand.Run(args[1..]),
        "bench" => BenchCommand.Run(args[1..]),
        "ner" => NerCommand.Run(args[1..]),
        "eval" => EvalCommand.Run(args[1..]),
        _ => throw new CliException($"unknown command '{args[0]}' (try --help)"),
    };
}
catch (CliException ex)
{
    Console.Error.WriteLine("error: " + ex.Message);
    return 2;
}
catch (Exception ex) when (ex is IndexLockedException or StoreException or ArticleValidationException or IOException or UnauthorizedAccessException)
{
    Console.Error.WriteLine("error: " + ex.Message);
    return 1;
}
