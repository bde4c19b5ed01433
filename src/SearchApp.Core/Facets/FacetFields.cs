using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;
using Fields = SearchApp.Core.Indexing.Fields;

namespace SearchApp.Core.Facets;

/// <summary>
/// Adds facet values and the publication date to a Lucene <see cref="Document"/> in the shape the
/// facet engine reads (docs/decisions/0002-facets-on-core-lucene.md):
/// each value once as a <see cref="StringField"/> (term filters, exclusions) and once as a
/// <see cref="SortedSetDocValuesField"/> (counting), both under the dimension's name.
/// </summary>
public static class FacetFields
{
    /// <summary>
    /// Adds <paramref name="values"/> to <paramref name="dimension"/>. Values are trimmed; empty values and
    /// values already on the document for that dimension are dropped, so a document mentioning an
    /// entity five times is counted (and matched) once. Safe to call several times per dimension, e.g.
    /// once for extracted entities and once for annotation labels.
    /// </summary>
    /// <returns>The number of values added.</returns>
    public static int AddValues(Document doc, string dimension, IEnumerable<string?> values)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentException.ThrowIfNullOrEmpty(dimension);
        ArgumentNullException.ThrowIfNull(values);

        HashSet<string>? seen = null;
        var added = 0;
        foreach (var raw in values)
        {
            var value = raw?.Trim();
            if (string.IsNullOrEmpty(value))
            {
                continue;
            }

            seen ??= ExistingValues(doc, dimension);
            if (!seen.Add(value))
            {
                continue;
            }

            doc.Add(new StringField(dimension, value, Field.Store.NO));
            doc.Add(new SortedSetDocValuesField(dimension, new BytesRef(value)));
            added++;
        }

        return added;
    }

    /// <summary>Adds one value (single-valued dimensions such as source).</summary>
    public static int AddValue(Document doc, string dimension, string? value) => AddValues(doc, dimension, [value]);

    /// <summary>
    /// Adds the publication date under <see cref="Fields.Published"/> as yyyymmdd: an indexed
    /// <see cref="Int32Field"/> for range filters and a <see cref="NumericDocValuesField"/> for the
    /// histogram; with <paramref name="store"/> also a stored int.
    /// </summary>
    public static void AddPublished(Document doc, DateOnly date, bool store = false)
    {
        ArgumentNullException.ThrowIfNull(doc);
        var value = ToYyyymmdd(date);
        doc.Add(new Int32Field(Fields.Published, value, Field.Store.NO));
        doc.Add(new NumericDocValuesField(Fields.Published, value));
        if (store)
        {
            doc.Add(new StoredField(Fields.Published, value));
        }
    }

    /// <summary>2024-03-07 → 20240307: sorts like the date and reads like it in a stored field.</summary>
    public static int ToYyyymmdd(DateOnly date) => (date.Year * 10000) + (date.Month * 100) + date.Day;

    /// <summary>The inverse of <see cref="ToYyyymmdd"/>; false for a value that is no valid date.</summary>
    public static bool TryFromYyyymmdd(long value, out DateOnly date)
    {
        date = default;
        if (value is < 10101 or > 99991231)
        {
            return false;
        }

        // Arithmetic, not parsing: this runs once per dated hit when the histogram is built.
        var v = (int)value;
        int year = v / 10000, month = v / 100 % 100, day = v % 100;
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    private static HashSet<string> ExistingValues(Document doc, string dimension)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in doc.Fields)
        {
            if (field.Name == dimension && field.IndexableFieldType.DocValueType == DocValuesType.SORTED_SET)
            {
                seen.Add(field.GetBinaryValue().Utf8ToString());
            }
        }

        return seen;
    }
}
