using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Directory = Lucene.Net.Store.Directory;

namespace SearchApp.Core.Tests.Facets;

/// <summary>A small hand-written index in a temp directory; each call to <see cref="Commit"/> makes a new segment.</summary>
public sealed class TempFacetIndex : IDisposable
{
    private readonly string path = Path.Combine(Path.GetTempPath(), "facets-tmp-" + Guid.NewGuid().ToString("N"));
    private readonly IndexWriter writer;
    private DirectoryReader? reader;

    public TempFacetIndex()
    {
        Directory = FSDirectory.Open(path);
        writer = new IndexWriter(Directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new WhitespaceAnalyzer(LuceneVersion.LUCENE_48))
        {
            OpenMode = OpenMode.CREATE,
            MergePolicy = NoMergePolicy.COMPOUND_FILES,
        });
    }

    public Directory Directory { get; }

    public IndexWriter Writer => writer;

    /// <summary>Adds a document; <paramref name="build"/> puts facet values on it through FacetFields.</summary>
    public TempFacetIndex Add(string id, string text, Action<Document> build)
    {
        var doc = new Document
        {
            new StringField("id", id, Field.Store.YES),
            new TextField("text", text, Field.Store.YES),
        };
        build(doc);
        writer.AddDocument(doc);
        return this;
    }

    public TempFacetIndex Commit()
    {
        writer.Commit();
        return this;
    }

    /// <summary>A searcher on the current commit (a fresh reader whenever the index changed).</summary>
    public IndexSearcher Searcher()
    {
        writer.Commit();
        reader = reader is null ? DirectoryReader.Open(Directory) : DirectoryReader.OpenIfChanged(reader) ?? reader;
        return new IndexSearcher(reader);
    }

    public void Dispose()
    {
        reader?.Dispose();
        writer.Dispose();
        Directory.Dispose();
        System.IO.Directory.Delete(path, recursive: true);
    }
}
