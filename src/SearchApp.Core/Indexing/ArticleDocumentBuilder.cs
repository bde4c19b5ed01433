using Lucene.Net.Documents;
using SearchApp.Core.Analysis;
using SearchApp.Core.Annotations;
using SearchApp.Core.Entities;
using SearchApp.Core.Facets;
using SearchApp.Core.Storage;

namespace SearchApp.Core.Indexing;

/// <summary>Maps a stored article (and what was derived from it) to its Lucene document.</summary>
public static class ArticleDocumentBuilder
{
    /// <param name="policy">Canonical values for user-labelled spans, and which extracted mentions are facet values.</param>
    public static Document Build(StoredArticle stored, EntityFacetPolicy policy)
    {
        var a = stored.Article;
        // Each text is analysed once and fed to both its stemmed and its exact field (ADR 0003).
        var (title, titleExact) = ArabicAnalysis.AnalyzeOnce(a.Title);
        var (body, bodyExact) = ArabicAnalysis.AnalyzeOnce(a.Body);
        var doc = new Document
        {
            new StringField(Fields.Id, a.Id, Field.Store.YES),
            new TextField(Fields.Title, title),
            new StoredField(Fields.Title, a.Title),
            new TextField(Fields.TitleExact, titleExact),
            new TextField(Fields.Body, body),
            new StoredField(Fields.Body, a.Body),
            new TextField(Fields.BodyExact, bodyExact),
        };
        if (a.Url is not null)
        {
            doc.Add(new StoredField(Fields.Url, a.Url));
        }

        if (a.Category is not null)
        {
            doc.Add(new StoredField(Fields.Category, a.Category));
        }

        if (a.Published is { } date)
        {
            FacetFields.AddPublished(doc, date, store: true);
        }

        var extracted = stored.Entities.Where(policy.IsFacetValue).ToList();
        var entities = EntityCorrections.Apply(a.Body, extracted, stored.Annotations, policy.Canonicalize);
        doc.Add(new StoredField(Fields.Source, a.Source));
        FacetFields.AddValue(doc, Fields.Source, a.Source);
        FacetFields.AddValues(doc, Fields.Person, CanonicalValues(entities, EntityTypes.Person));
        FacetFields.AddValues(doc, Fields.Org, CanonicalValues(entities, EntityTypes.Organization));
        FacetFields.AddValues(doc, Fields.Loc, CanonicalValues(entities, EntityTypes.Location));
        FacetFields.AddValues(doc, Fields.Tag, stored.Annotations.SelectMany(x => x.Tags));
        foreach (var note in stored.Annotations.SelectMany(x => x.Comments.Append(x.Target.Exact)))
        {
            doc.Add(new TextField(Fields.Note, note, Field.Store.NO));
        }

        return doc;
    }

    public static DateOnly? FromDateKey(int? key) =>
        key is { } k && FacetFields.TryFromYyyymmdd(k, out var d) ? d : null;

    private static IEnumerable<string> CanonicalValues(IReadOnlyList<EntityMention> mentions, string type) =>
        mentions.Where(m => m.Type == type).Select(m => m.Canonical);
}
