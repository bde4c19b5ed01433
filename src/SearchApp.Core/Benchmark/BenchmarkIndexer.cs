using System.Diagnostics;
using System.Text.Json;
using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using SearchApp.Core.Facets;

namespace SearchApp.Core.Benchmark;

/// <summary>
/// Indexes the benchmark corpus exactly as shared/bench/WORKLOAD.md prescribes, so the figures compare
/// with the Java Lucene peers: one analysed <c>text</c> field (title + "\n" + body), stored metadata,
/// and facet values from the corpus' own <c>entities</c> through <see cref="FacetFields"/>.
/// The field names here are the workload's, not the product schema's (that is Indexing/Fields.cs).
/// </summary>
public sealed class BenchmarkIndexer(Analyzer analyzer)
{
    public const string Text = "text";
    public const string Id = "id";
    public const string Title = "title";
    public const string Body = "body";
    public const string Source = "source";
    public const string Category = "category";
    public const string Published = "published";
    public const string Person = "person";
    public const string Org = "org";
    public const string Loc = "loc";

    /// <summary>Time = from opening the corpus to a committed, closed index, JSON parsing included.</summary>
    public IndexReport Build(string corpusPath, string indexPath, int maxDocs = int.MaxValue)
    {
        using var sampler = new PeakMemorySampler();
        var watch = Stopwatch.StartNew();
        var docs = 0;
        using (var directory = FSDirectory.Open(indexPath))
        {
            var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer)
            {
                OpenMode = OpenMode.CREATE,
                RAMBufferSizeMB = 256,
                Similarity = new BM25Similarity(),
            };
            using var writer = new IndexWriter(directory, config);
            using var reader = new StreamReader(corpusPath, System.Text.Encoding.UTF8, false, 1 << 16);
            while (docs < maxDocs && reader.ReadLine() is { } line)
            {
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                var article = JsonSerializer.Deserialize(line, BenchmarkJsonContext.Default.CorpusArticle)
                    ?? throw new InvalidDataException($"Line {docs + 1}: not a JSON object.");
                writer.AddDocument(ToDocument(article));
                docs++;
            }

            writer.Commit();
        }

        var seconds = watch.Elapsed.TotalSeconds;
        return new IndexReport(docs, seconds, docs / seconds, DirectorySizeMb(indexPath), PeakMemorySampler.PeakRssMb, sampler.PeakHeapMb);
    }

    public static Document ToDocument(CorpusArticle article)
    {
        var doc = new Document
        {
            new StringField(Id, article.Id, Field.Store.YES),
            new TextField(Text, article.Title + "\n" + article.Body, Field.Store.NO),
            new StoredField(Title, article.Title),
            new StoredField(Body, article.Body),
        };
        AddStored(doc, Source, article.Source);
        AddStored(doc, Category, article.Category);
        AddStored(doc, Published, article.Published);
        FacetFields.AddValue(doc, Source, article.Source);
        FacetFields.AddValue(doc, Category, article.Category);
        if (article.Entities is { } entities)
        {
            FacetFields.AddValues(doc, Person, entities.Person ?? []);
            FacetFields.AddValues(doc, Org, entities.Org ?? []);
            FacetFields.AddValues(doc, Loc, entities.Loc ?? []);
        }

        return doc;
    }

    public static double DirectorySizeMb(string path) =>
        new DirectoryInfo(path).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length) / (1024.0 * 1024.0);

    private static void AddStored(Document doc, string name, string? value)
    {
        if (value is not null)
        {
            doc.Add(new StoredField(name, value));
        }
    }
}
