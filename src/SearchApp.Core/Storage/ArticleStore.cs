using System.Globalization;
using Microsoft.Data.Sqlite;
using SearchApp.Core.Articles;
using SearchApp.Core.Entities;

namespace SearchApp.Core.Storage;

/// <summary>
/// The source of truth for articles and their extracted entities (SQLite, WAL, synchronous=FULL).
/// Thread-safe: every call opens its own pooled connection; writes are serialised by SQLite.
/// </summary>
public sealed partial class ArticleStore
{
    private const string ArticleColumns = "id, title, body, source, published, category, url, seq";
    private readonly SqliteConnectionFactory _connections;

    public ArticleStore(string databasePath)
    {
        _connections = new SqliteConnectionFactory(databasePath);
        try
        {
            using var connection = _connections.Open();
            StoreSchema.Apply(connection);
        }
        catch (SqliteException ex)
        {
            throw new StoreException($"Cannot open the store at {databasePath}: {ex.Message}", ex);
        }
    }

    public SqliteConnectionFactory Connections => _connections;

    public int Count()
    {
        using var connection = _connections.Open();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT COUNT(*) FROM articles;";
        return Convert.ToInt32(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>A value from the store's meta table (null when unset).</summary>
    public string? GetMeta(string key)
    {
        using var connection = _connections.Open();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT value FROM meta WHERE key = $k;";
        cmd.Parameters.AddWithValue("$k", key);
        return cmd.ExecuteScalar() as string;
    }

    public void SetMeta(string key, string value)
    {
        using var connection = _connections.Open();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "INSERT INTO meta(key, value) VALUES ($k, $v) ON CONFLICT(key) DO UPDATE SET value = excluded.value;";
        cmd.Parameters.AddWithValue("$k", key);
        cmd.Parameters.AddWithValue("$v", value);
        cmd.ExecuteNonQuery();
    }

    /// <summary>The highest change number handed out so far.</summary>
    public long CurrentSeq()
    {
        using var connection = _connections.Open();
        return ChangeCounter.Read(connection, null);
    }

    /// <summary>Content hashes of those of <paramref name="ids"/> that are stored.</summary>
    public Dictionary<string, string> GetHashes(IReadOnlyCollection<string> ids)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (ids.Count == 0)
        {
            return result;
        }

        using var connection = _connections.Open();
        foreach (var chunk in ids.Distinct(StringComparer.Ordinal).Chunk(500))
        {
            using var cmd = connection.CreateCommand();
            cmd.CommandText = $"SELECT id, content_hash FROM articles WHERE id IN ({InList(cmd, chunk)});";
            using var reader = cmd.ExecuteReader();
            while (reader.Read())
            {
                result[reader.GetString(0)] = reader.GetString(1);
            }
        }

        return result;
    }

    /// <summary>
    /// Inserts or replaces the given articles and their entities in one transaction (all or nothing),
    /// giving each a new change number. Returns the stored rows with their numbers.
    /// </summary>
    public IReadOnlyList<StoredArticle> Upsert(IReadOnlyList<(Article Article, string Hash, IReadOnlyList<EntityMention> Entities)> items)
    {
        var stored = new List<StoredArticle>(items.Count);
        if (items.Count == 0)
        {
            return stored;
        }

        using var connection = _connections.Open();
        using var tx = connection.BeginTransaction();
        var seq = ChangeCounter.Read(connection, tx);
        var now = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);
        using var upsert = connection.CreateCommand();
        upsert.Transaction = tx;
        upsert.CommandText = """
            INSERT INTO articles(id, title, body, source, published, category, url, content_hash, seq, created_at, updated_at)
            VALUES ($id, $title, $body, $source, $published, $category, $url, $hash, $seq, $now, $now)
            ON CONFLICT(id) DO UPDATE SET title=excluded.title, body=excluded.body, source=excluded.source,
                published=excluded.published, category=excluded.category, url=excluded.url,
                content_hash=excluded.content_hash, seq=excluded.seq, updated_at=excluded.updated_at;
            """;
        var p = AddParameters(upsert, "$id", "$title", "$body", "$source", "$published", "$category", "$url", "$hash", "$seq", "$now");
        p[8].SqliteType = SqliteType.Integer;
        using var entityRows = new EntityRows(connection, tx);

        foreach (var (article, hash, entities) in items)
        {
            seq++;
            p[0].Value = article.Id;
            p[1].Value = article.Title;
            p[2].Value = article.Body;
            p[3].Value = article.Source;
            p[4].Value = (object?)FormatDate(article.Published) ?? DBNull.Value;
            p[5].Value = (object?)article.Category ?? DBNull.Value;
            p[6].Value = (object?)article.Url ?? DBNull.Value;
            p[7].Value = hash;
            p[8].Value = seq;
            p[9].Value = now;
            upsert.ExecuteNonQuery();
            entityRows.Replace(article.Id, entities);

            stored.Add(new StoredArticle(article, entities, seq));
        }

        ChangeCounter.Write(connection, tx, seq);
        tx.Commit();
        return stored;
    }

    public StoredArticle? Get(string id)
    {
        using var connection = _connections.Open();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = $"SELECT {ArticleColumns} FROM articles WHERE id = $id;";
        cmd.Parameters.AddWithValue("$id", id);
        using var reader = cmd.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }

        var (article, seq) = ReadArticle(reader);
        return new StoredArticle(article, ReadEntities(connection, [id]).GetValueOrDefault(id, []), seq);
    }

    /// <summary>Streams every article changed after <paramref name="afterSeq"/>, in change order, in pages.</summary>
    public IEnumerable<StoredArticle> ReadChangedSince(long afterSeq, int pageSize = 500)
    {
        var last = afterSeq;
        while (true)
        {
            var page = new List<(Article Article, long Seq)>(pageSize);
            Dictionary<string, List<EntityMention>> entities;
            using (var connection = _connections.Open())
            {
                using var cmd = connection.CreateCommand();
                cmd.CommandText = $"SELECT {ArticleColumns} FROM articles WHERE seq > $seq ORDER BY seq LIMIT $n;";
                cmd.Parameters.AddWithValue("$seq", last);
                cmd.Parameters.AddWithValue("$n", pageSize);
                using (var reader = cmd.ExecuteReader())
                {
                    while (reader.Read())
                    {
                        page.Add(ReadArticle(reader));
                    }
                }

                entities = ReadEntities(connection, page.Select(x => x.Article.Id).ToList());
            }

            foreach (var (article, seq) in page)
            {
                yield return new StoredArticle(article, entities.GetValueOrDefault(article.Id, []), seq);
                last = seq;
            }

            if (page.Count < pageSize)
            {
                yield break;
            }
        }
    }

    private static (Article Article, long Seq) ReadArticle(SqliteDataReader r)
    {
        DateOnly? published = r.IsDBNull(4) ? null : DateOnly.ParseExact(r.GetString(4), "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var article = new Article(
            r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), published,
            r.IsDBNull(5) ? null : r.GetString(5), r.IsDBNull(6) ? null : r.GetString(6));
        return (article, r.GetInt64(7));
    }

    private static string? FormatDate(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string InList(SqliteCommand cmd, IEnumerable<string> values)
    {
        var names = new List<string>();
        foreach (var value in values)
        {
            var name = "$p" + names.Count.ToString(CultureInfo.InvariantCulture);
            cmd.Parameters.AddWithValue(name, value);
            names.Add(name);
        }

        return string.Join(',', names);
    }

    private static SqliteParameter[] AddParameters(SqliteCommand cmd, params string[] names) =>
        names.Select(n => cmd.Parameters.Add(n, SqliteType.Text)).ToArray();
}
