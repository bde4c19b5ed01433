using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using SearchApp.Core.Facets;
using Directory = Lucene.Net.Store.Directory;

namespace SearchApp.Core.Tests.Facets;

/// <summary>
/// A few thousand generated documents in a real on-disk index with several segments (no merging),
/// one segment with no entity values at all, deletions and updates. The raw values are also stored,
/// so tests can brute-force the expected counts from stored fields of the live documents.
/// </summary>
public sealed class GeneratedFacetIndex : IDisposable
{
    public const string Text = "text";
    public const string StoredPrefix = "raw.";

    public static readonly string[] Dimensions = ["person", "org", "loc", "source"];

    // Labels chosen so that orthographic variants stay distinct values, Latin and Arabic mix, and the
    // last two order differently in UTF-16 (😀 < ～) than in UTF-8 bytes (～ < 😀).
    public static readonly string[] Persons =
    [
        "أحمد الخطيب", "احمد الخطيب", "محمد العلي", "علي الزين", "سارة المحمود", "ليلى حداد", "فاطمة الزهراني",
        "عمر الشامي", "خالد المصري", "يوسف الأحمد", "Ali Zein", "ali zein", "رامي السيد", "زياد الحمصي", "～", "😀",
    ];

    public static readonly string[] Orgs =
    [
        "الأمم المتحدة", "جامعة الدول العربية", "الاتحاد الأوروبي", "البنك الدولي", "مجلس الأمن", "رويترز", "نادي الهلال",
    ];

    public static readonly string[] Locs = ["دمشق", "القاهرة", "بيروت", "بغداد", "الرياض", "عمان", "حلب", "غزة", "جدة", "تونس"];

    public static readonly string[] Sources = ["سانا", "الأهرام", "البيان", "الرأي", "الجزيرة نت"];

    private readonly string path;

    public GeneratedFacetIndex()
    {
        path = Path.Combine(Path.GetTempPath(), "facets-gen-" + Guid.NewGuid().ToString("N"));
        Directory = FSDirectory.Open(path);
        var random = new Random(20240601);
        var docs = new Dictionary<string, GeneratedDoc>();
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, new WhitespaceAnalyzer(LuceneVersion.LUCENE_48))
        {
            OpenMode = OpenMode.CREATE,
            MaxBufferedDocs = 450,
            RAMBufferSizeMB = IndexWriterConfig.DISABLE_AUTO_FLUSH,
            MergePolicy = NoMergePolicy.COMPOUND_FILES,
        };
        using (var writer = new IndexWriter(Directory, config))
        {
            for (var i = 0; i < 2800; i++)
            {
                Add(writer, docs, Generate(random, "d" + i, withEntities: true));
            }

            writer.Commit();
            for (var i = 2800; i < 3000; i++)
            {
                Add(writer, docs, Generate(random, "d" + i, withEntities: false));
            }

            writer.Commit();
            for (var i = 0; i < 3000; i += 1 + random.Next(20))
            {
                var id = "d" + i;
                if (random.Next(3) == 0)
                {
                    var updated = Generate(random, id, withEntities: true);
                    writer.UpdateDocument(new Term("id", id), ToDocument(updated));
                    docs[id] = updated;
                }
                else
                {
                    writer.DeleteDocuments(new Term("id", id));
                    docs.Remove(id);
                }
            }

            writer.Commit();
        }

        Reader = DirectoryReader.Open(Directory);
        Searcher = new IndexSearcher(Reader);
        Live = docs;
    }

    public Directory Directory { get; }

    public DirectoryReader Reader { get; }

    public IndexSearcher Searcher { get; }

    /// <summary>What the test wrote, for cross-checking; the brute force itself reads stored fields.</summary>
    public IReadOnlyDictionary<string, GeneratedDoc> Live { get; }

    public static Document ToDocument(GeneratedDoc doc)
    {
        var document = new Document
        {
            new StringField("id", doc.Id, Field.Store.YES),
            new TextField(Text, string.Join(' ', doc.Words), Field.Store.YES),
        };
        foreach (var (dimension, values) in doc.Values)
        {
            FacetFields.AddValues(document, dimension, values);
            foreach (var value in values)
            {
                document.Add(new StoredField(StoredPrefix + dimension, value));
            }
        }

        if (doc.Published is { } published)
        {
            FacetFields.AddPublished(document, published, store: true);
        }

        return document;
    }

    public void Dispose()
    {
        Reader.Dispose();
        Directory.Dispose();
        System.IO.Directory.Delete(path, recursive: true);
    }

    private static void Add(IndexWriter writer, Dictionary<string, GeneratedDoc> docs, GeneratedDoc doc)
    {
        writer.AddDocument(ToDocument(doc));
        docs[doc.Id] = doc;
    }

    private static GeneratedDoc Generate(Random random, string id, bool withEntities)
    {
        var words = new string[1 + random.Next(8)];
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = "w" + Skewed(random, 12);
        }

        var values = new Dictionary<string, string[]>
        {
            ["source"] = [Sources[Skewed(random, Sources.Length)]],
        };
        if (withEntities)
        {
            values["person"] = Pick(random, Persons, 4);
            values["org"] = Pick(random, Orgs, 3);
            values["loc"] = Pick(random, Locs, 3);
        }

        DateOnly? published = random.Next(10) == 0
            ? null
            : new DateOnly(2019, 1, 1).AddDays(random.Next(3 * 365));
        return new GeneratedDoc(id, words, values, published);
    }

    // Raw values as an extractor might emit them: repeats (one entity mentioned five times), padding, blanks.
    private static string[] Pick(Random random, string[] pool, int max)
    {
        var count = random.Next(max + 1);
        var picked = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var value = pool[Skewed(random, pool.Length)];
            var repeats = random.Next(6) == 0 ? 5 : 1;
            for (var r = 0; r < repeats; r++)
            {
                picked.Add(random.Next(8) == 0 ? "  " + value + " " : value);
            }
        }

        if (random.Next(10) == 0)
        {
            picked.Add("   ");
        }

        return [.. picked];
    }

    // Roughly Zipfian: low indexes are frequent, so counts tie and differ in realistic ways.
    private static int Skewed(Random random, int n) => Math.Min(n - 1, (int)(n * Math.Pow(random.NextDouble(), 2.2)));
}
