using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using SearchApp.Core.Annotations;

namespace SearchApp.Core.Storage;

/// <summary>
/// Annotations in the SQLite store. Each write is one transaction that also marks the annotated article
/// as changed (<see cref="ChangeCounter.Touch"/>), so a crash after the commit but before the index update
/// is repaired by the index catch-up at the next start. Deletes are soft: the row stays with deleted_at.
/// </summary>
public sealed class AnnotationStore
{
    private const string Columns = "a.id, a.article_id, a.start, a.\"end\", a.exact, a.prefix, a.suffix, a.bodies, a.author, a.created, a.modified, a.version";
    private readonly SqliteConnectionFactory _connections;

    public AnnotationStore(SqliteConnectionFactory connections) => _connections = connections;

    /// <summary>Inserts a new annotation (version 1). Returns false when the id exists (also if deleted).</summary>
    public bool Insert(Annotation a)
    {
        using var connection = _connections.Open();
        using var tx = connection.BeginTransaction();
        using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = """
            INSERT INTO annotations(id, article_id, start, "end", exact, prefix, suffix, bodies, author, created, modified, version)
            VALUES ($id, $article, $start, $end, $exact, $prefix, $suffix, $bodies, $author, $created, $modified, $version)
            ON CONFLICT(id) DO NOTHING;
            """;
        Bind(cmd, a);
        if (cmd.ExecuteNonQuery() == 0)
        {
            return false;
        }

        ChangeCounter.Touch(connection, tx, a.ArticleId);
        tx.Commit();
        return true;
    }

    /// <summary>Replaces target and bodies if <paramref name="expectedVersion"/> (when given) is current.</summary>
    public (WriteOutcome Outcome, Annotation? Stored) Update(string id, long? expectedVersion, TextTarget target, IReadOnlyList<AnnotationBody> bodies, DateTimeOffset now)
    {
        using var connection = _connections.Open();
        using var tx = connection.BeginTransaction();
        var current = Find(connection, tx, id);
        if (current is null)
        {
            return (WriteOutcome.NotFound, null);
        }

        if (expectedVersion is { } v && v != current.Version)
        {
            return (WriteOutcome.VersionMismatch, current);
        }

        var updated = current with { Target = target, Bodies = bodies, Modified = now, Version = current.Version + 1 };
        using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = """
            UPDATE annotations SET start=$start, "end"=$end, exact=$exact, prefix=$prefix, suffix=$suffix, bodies=$bodies,
                modified=$modified, version=$version WHERE id=$id AND version=$old AND deleted_at IS NULL;
            """;
        Bind(cmd, updated);
        cmd.Parameters.AddWithValue("$old", current.Version);
        if (cmd.ExecuteNonQuery() == 0)
        {
            return (WriteOutcome.VersionMismatch, current);
        }

        ChangeCounter.Touch(connection, tx, current.ArticleId);
        tx.Commit();
        return (WriteOutcome.Done, updated);
    }

    public (WriteOutcome Outcome, Annotation? Deleted) Delete(string id, long? expectedVersion, DateTimeOffset now)
    {
        using var connection = _connections.Open();
        using var tx = connection.BeginTransaction();
        var current = Find(connection, tx, id);
        if (current is null)
        {
            return (WriteOutcome.NotFound, null);
        }

        if (expectedVersion is { } v && v != current.Version)
        {
            return (WriteOutcome.VersionMismatch, current);
        }

        using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "UPDATE annotations SET deleted_at=$now, version=version+1 WHERE id=$id AND deleted_at IS NULL;";
        cmd.Parameters.AddWithValue("$now", Format(now));
        cmd.Parameters.AddWithValue("$id", id);
        cmd.ExecuteNonQuery();
        ChangeCounter.Touch(connection, tx, current.ArticleId);
        tx.Commit();
        return (WriteOutcome.Done, current);
    }

    public Annotation? Get(string id)
    {
        using var connection = _connections.Open();
        return Find(connection, null, id);
    }

    /// <summary>Live annotations of the given articles, grouped by article, in reading order.</summary>
    public Dictionary<string, List<Annotation>> ForArticles(IReadOnlyCollection<string> articleIds)
    {
        var result = new Dictionary<string, List<Annotation>>(StringComparer.Ordinal);
        using var connection = _connections.Open();
        foreach (var chunk in articleIds.Chunk(500))
        {
            using var cmd = connection.CreateCommand();
            var names = chunk.Select((id, i) =>
            {
                var name = "$p" + i.ToString(CultureInfo.InvariantCulture);
                cmd.Parameters.AddWithValue(name, id);
                return name;
            });
            cmd.CommandText = $"SELECT {Columns} FROM annotations a WHERE a.deleted_at IS NULL AND a.article_id IN ({string.Join(',', names)}) ORDER BY a.article_id, a.start, a.\"end\", a.created;";
            foreach (var a in ReadAll(cmd))
            {
                if (!result.TryGetValue(a.ArticleId, out var list))
                {
                    result[a.ArticleId] = list = [];
                }

                list.Add(a);
            }
        }

        return result;
    }

    /// <summary>Live annotations matching the query, newest first, with the total number matching.</summary>
    public (IReadOnlyList<Annotation> Items, int Total) List(AnnotationQuery q)
    {
        using var connection = _connections.Open();
        using var cmd = connection.CreateCommand();
        var where = new List<string> { "a.deleted_at IS NULL" };
        void Add(string clause, string name, object? value)
        {
            if (value is not null)
            {
                where.Add(clause);
                cmd.Parameters.AddWithValue(name, value);
            }
        }

        Add("a.article_id = $article", "$article", q.ArticleId);
        Add("a.author = $author COLLATE NOCASE", "$author", q.Author);
        Add("EXISTS (SELECT 1 FROM json_each(a.bodies) b WHERE json_extract(b.value, '$.purpose') = 'tagging' AND json_extract(b.value, '$.value') = $tag)", "$tag", q.Tag);
        Add("EXISTS (SELECT 1 FROM json_each(a.bodies) b WHERE json_extract(b.value, '$.purpose') IN ('classifying','identifying') AND json_extract(b.value, '$.value') = $label)", "$label", q.Label);
        Add("EXISTS (SELECT 1 FROM articles r WHERE r.id = a.article_id AND r.source = $source)", "$source", q.Source);
        Add("(instr(a.exact, $text) > 0 OR EXISTS (SELECT 1 FROM json_each(a.bodies) b WHERE instr(json_extract(b.value, '$.value'), $text) > 0))", "$text", string.IsNullOrWhiteSpace(q.Text) ? null : q.Text.Trim());
        var filter = string.Join(" AND ", where);
        cmd.CommandText = $"SELECT COUNT(*) FROM annotations a WHERE {filter};";
        var total = Convert.ToInt32(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
        cmd.CommandText = $"SELECT {Columns} FROM annotations a WHERE {filter} ORDER BY a.modified DESC, a.id LIMIT $limit OFFSET $offset;";
        cmd.Parameters.AddWithValue("$limit", q.Limit);
        cmd.Parameters.AddWithValue("$offset", q.Offset);
        return (ReadAll(cmd), total);
    }

    /// <summary>Every live annotation, in creation order (for export), streamed.</summary>
    public IEnumerable<Annotation> All()
    {
        using var connection = _connections.Open();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = $"SELECT {Columns} FROM annotations a WHERE a.deleted_at IS NULL ORDER BY a.created, a.id;";
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
        {
            yield return Read(reader);
        }
    }

    /// <summary>All live tags with their number of annotations, most used first (for suggestions).</summary>
    public IReadOnlyList<(string Tag, int Count)> Tags(int limit = 200)
    {
        using var connection = _connections.Open();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = """
            SELECT json_extract(b.value, '$.value') AS tag, COUNT(*) AS n FROM annotations a, json_each(a.bodies) b
            WHERE a.deleted_at IS NULL AND json_extract(b.value, '$.purpose') = 'tagging'
            GROUP BY tag ORDER BY n DESC, tag LIMIT $limit;
            """;
        cmd.Parameters.AddWithValue("$limit", limit);
        using var reader = cmd.ExecuteReader();
        var result = new List<(string, int)>();
        while (reader.Read())
        {
            result.Add((reader.GetString(0), reader.GetInt32(1)));
        }

        return result;
    }

    internal static string SerializeBodies(IReadOnlyList<AnnotationBody> bodies) =>
        JsonSerializer.Serialize(bodies.Select(b => new StoredBody(b.Purpose, b.Value, b.Format, b.Language)), StoredBodyContext.Default.IEnumerableStoredBody);

    private static Annotation? Find(SqliteConnection connection, SqliteTransaction? tx, string id)
    {
        using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = $"SELECT {Columns} FROM annotations a WHERE a.id = $id AND a.deleted_at IS NULL;";
        cmd.Parameters.AddWithValue("$id", id);
        return ReadAll(cmd).FirstOrDefault();
    }

    private static List<Annotation> ReadAll(SqliteCommand cmd)
    {
        using var reader = cmd.ExecuteReader();
        var list = new List<Annotation>();
        while (reader.Read())
        {
            list.Add(Read(reader));
        }

        return list;
    }

    private static Annotation Read(SqliteDataReader r)
    {
        var bodies = JsonSerializer.Deserialize(r.GetString(7), StoredBodyContext.Default.ListStoredBody) ?? [];
        return new Annotation(
            r.GetString(0), r.GetString(1),
            new TextTarget(r.GetInt32(2), r.GetInt32(3), r.GetString(4), r.GetString(5), r.GetString(6)),
            bodies.Select(b => new AnnotationBody(b.Purpose, b.Value, b.Format, b.Language)).ToList(),
            r.GetString(8),
            DateTimeOffset.Parse(r.GetString(9), CultureInfo.InvariantCulture),
            DateTimeOffset.Parse(r.GetString(10), CultureInfo.InvariantCulture),
            r.GetInt64(11));
    }

    private static void Bind(SqliteCommand cmd, Annotation a)
    {
        cmd.Parameters.AddWithValue("$id", a.Id);
        cmd.Parameters.AddWithValue("$article", a.ArticleId);
        cmd.Parameters.AddWithValue("$start", a.Target.Start);
        cmd.Parameters.AddWithValue("$end", a.Target.End);
        cmd.Parameters.AddWithValue("$exact", a.Target.Exact);
        cmd.Parameters.AddWithValue("$prefix", a.Target.Prefix);
        cmd.Parameters.AddWithValue("$suffix", a.Target.Suffix);
        cmd.Parameters.AddWithValue("$bodies", SerializeBodies(a.Bodies));
        cmd.Parameters.AddWithValue("$author", a.Author);
        cmd.Parameters.AddWithValue("$created", Format(a.Created));
        cmd.Parameters.AddWithValue("$modified", Format(a.Modified));
        cmd.Parameters.AddWithValue("$version", a.Version);
    }

    private static string Format(DateTimeOffset t) => t.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);
}
