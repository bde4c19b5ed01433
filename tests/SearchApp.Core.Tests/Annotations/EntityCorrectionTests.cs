using SearchApp.Core.Annotations;
using SearchApp.Core.Articles;
using SearchApp.Core.Entities;
using SearchApp.Core.Search;
using SearchApp.Core.Tests.Support;

namespace SearchApp.Core.Tests.Annotations;

/// <summary>Labels that correct what the extractor found change the article's facets, and stay after reindex.</summary>
public sealed class EntityCorrectionTests : IDisposable
{
    private static readonly Actor Alice = new("alice", "annotator");
    private readonly TempDirectory _dir = new();
    private readonly SearchArchive _archive;
    private readonly AnnotationService _service;

    public EntityCorrectionTests()
    {
        _archive = SearchArchive.Open(new ArchiveOptions(_dir.Path) { Extractor = new WordExtractor("القاهرة", EntityTypes.Location) });
        new ArticleIngestor(_archive).Ingest(Fixtures.News.Take(1).Select((a, i) => new CorpusRecord("t", i + 1, a, null)));
        _service = new AnnotationService(_archive);
    }

    public void Dispose()
    {
        _archive.Dispose();
        _dir.Dispose();
    }

    [Fact]
    public void Not_an_entity_removes_the_extracted_value_from_the_facets_and_it_stays_removed_after_reindex()
    {
        Assert.Equal(1, Count("loc", "القاهرة"));

        _service.Create(Alice, Draft("القاهرة", AnnotationPurposes.NotAnEntity));
        Assert.Equal(0, Count("loc", "القاهرة"));

        _archive.Reindex();
        Assert.Equal(0, Count("loc", "القاهرة"));
    }

    [Fact]
    public void A_wrong_type_is_corrected_by_labelling_the_span_with_the_right_one()
    {
        _service.Create(Alice, Draft("القاهرة", EntityTypes.Person));

        Assert.Equal((0, 1), (Count("loc", "القاهرة"), Count("person", "القاهرة")));
    }

    [Fact]
    public void Deleting_the_correction_brings_the_extracted_value_back()
    {
        var a = _service.Create(Alice, Draft("القاهرة", AnnotationPurposes.NotAnEntity));
        _service.Delete(Alice, a.Id, null);

        Assert.Equal(1, Count("loc", "القاهرة"));
    }

    private int Count(string dim, string value) =>
        _archive.Searcher.Search(new SearchRequest { Filters = new Dictionary<string, IReadOnlyList<string>> { [dim] = [value] } }).Total;

    private AnnotationDraft Draft(string quote, string label)
    {
        var body = _archive.GetArticle("a1")!.Article.Body;
        var start = body.IndexOf(quote, StringComparison.Ordinal);
        return new AnnotationDraft("a1", start, start + quote.Length, quote, [new AnnotationBody(AnnotationPurposes.Classifying, label)]);
    }

    /// <summary>A stand-in extractor that finds every occurrence of one word (the real model is tested in Entities/).</summary>
    private sealed class WordExtractor(string word, string type) : IEntityExtractor
    {
        public IReadOnlyList<EntityMention> Extract(string text)
        {
            var found = new List<EntityMention>();
            for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
            {
                found.Add(new EntityMention(type, word, at, at + word.Length, word));
            }

            return found;
        }
    }
}
