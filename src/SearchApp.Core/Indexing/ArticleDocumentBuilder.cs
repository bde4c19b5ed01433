using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Util;
using SearchApp.Core.Annotations;
using SearchApp.Core.Entities;
using SearchApp.Core.Storage;

namespace SearchApp.Core.Indexing;

/// <summary>Maps a stored article (and what was derived from it) to its Lucene document.</summary>
public static class ArticleDocumentBuilder
{
    /// <param name="canonicalize">Canonical facet value for a user-labelled span (type, text).</param>
    public static Document Build(StoredArticle stored, Func<string, string, string> canonicalize)
    {
        var a = stored.Article;
        var doc = new Document
        {
            new StringField(Fields.Id, a.Id, Field.Store.YES),
            new TextField(Fields.Title, a.Title, Field.Store.YES),
            new TextField(Fields.TitleExact, a.Title, Field.Store.NO),
            new TextField(Fields.Body, a.Body, Field.Store.YES),
            new TextField(Fields.BodyExact, a.Body, Field.Store.NO),
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
            var key = ToDateKey(date);
            doc.Add(new Int32Field(Fields.Published, key, Field.Store.YES));
            doc.Add(new NumericDocValuesField(Fields.Published, key));
        }

        var entities = EntityCorrections.Apply(a.Body, stored.Entities, stored.Annotations, canonicalize);
        AddFacet(doc, Fields.Source, [a.Source]);
        AddFacet(doc, Fields.Person, CanonicalValues(entities, EntityTypes.Person));
        AddFacet(doc, Fields.Org, CanonicalValues(entities, EntityTypes.Organization));
        AddFacet(doc, Fields.Loc, CanonicalValues(entities, EntityTypes.Location));
        AddFacet(doc, Fields.Tag, stored.Annotations.SelectMany(x => x.Tags));
        foreach (var note in stored.Annotations.SelectMany(x => x.Comments.Append(x.Target.Exact)))
        {
            doc.Add(new TextField(Fields.Note, note, Field.Store.NO));
        }

        return doc;
    }

    /// <summary>yyyymmdd as an int: sorts and ranges like the date.</summary>
    public static int ToDateKey(DateOnly date) => (date.Year * 10000) + (date.Month * 100) + date.Day;

    public static DateOnly? FromDateKey(int? key) =>
        key is { } k && DateOnly.TryParseExact(k.ToString(CultureInfo.InvariantCulture), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    private static IEnumerable<string> CanonicalValues(IReadOnlyList<EntityMention> mentions, string type) =>
        mentions.Where(m => m.Type == type).Select(m => m.Canonical);

    /// <summary>
    /// Each distinct value once: a StringField to filter on and a SortedSetDocValuesField to count with,
    /// so an article mentioning a name five times counts once.
    /// </summary>
    private static void AddFacet(Document doc, string dimension, IEnumerable<string> values)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var raw in values)
        {
            var value = raw?.Trim();
            if (string.IsNullOrEmpty(value) || !seen.Add(value))
            {
                continue;
            }

            doc.Add(new StringField(dimension, value, Field.Store.YES));
            doc.Add(new SortedSetDocValuesField(dimension, new BytesRef(value)));
        }
    }
}
