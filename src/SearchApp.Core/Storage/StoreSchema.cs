using Microsoft.Data.Sqlite;

namespace SearchApp.Core.Storage;

/// <summary>
/// The store's tables, created or migrated with SQLite's <c>user_version</c>.
/// <c>seq</c> is a store-wide change counter: every insert/update of an article takes the next
/// value, and the Lucene index records the highest seq it has seen in its commit data, so after a
/// crash the index catches up with exactly the rows it missed.
/// </summary>
internal static class StoreSchema
{
    public const int Version = 2;

    private const string CreateV1 = """
        CREATE TABLE IF NOT EXISTS articles (
            id           TEXT PRIMARY KEY NOT NULL,
            title        TEXT NOT NULL,
            body         TEXT NOT NULL,
            source       TEXT NOT NULL,
            published    TEXT NULL,
            category     TEXT NULL,
            url          TEXT NULL,
            content_hash TEXT NOT NULL,
            seq          INTEGER NOT NULL,
            created_at   TEXT NOT NULL,
            updated_at   TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS articles_seq ON articles(seq);
        CREATE TABLE IF NOT EXISTS entities (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            type       TEXT NOT NULL,
            text       TEXT NOT NULL,
            start      INTEGER NOT NULL,
            "end"      INTEGER NOT NULL,
            canonical  TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS entities_article ON entities(article_id);
        CREATE TABLE IF NOT EXISTS meta (
            key   TEXT PRIMARY KEY NOT NULL,
            value TEXT NOT NULL
        );
        INSERT OR IGNORE INTO meta(key, value) VALUES ('seq', '0');
        """;

    // Annotations are user work: no foreign key to articles, so deleting or re-ingesting an article can
    // never cascade into them (re-anchoring decides what happens). Deletes are soft (deleted_at).
    private const string CreateV2 = """
        CREATE TABLE IF NOT EXISTS annotations (
            id          TEXT PRIMARY KEY NOT NULL,
            article_id  TEXT NOT NULL,
            start       INTEGER NOT NULL,
            "end"       INTEGER NOT NULL,
            exact       TEXT NOT NULL,
            prefix      TEXT NOT NULL,
            suffix      TEXT NOT NULL,
            bodies      TEXT NOT NULL,
            author      TEXT NOT NULL,
            created     TEXT NOT NULL,
            modified    TEXT NOT NULL,
            version     INTEGER NOT NULL,
            deleted_at  TEXT NULL
        );
        CREATE INDEX IF NOT EXISTS annotations_article ON annotations(article_id) WHERE deleted_at IS NULL;
        CREATE INDEX IF NOT EXISTS annotations_modified ON annotations(modified);
        CREATE TABLE IF NOT EXISTS users (
            name          TEXT PRIMARY KEY NOT NULL COLLATE NOCASE,
            role          TEXT NOT NULL,
            password_hash TEXT NOT NULL,
            token_hash    TEXT NULL,
            created       TEXT NOT NULL
        );
        CREATE UNIQUE INDEX IF NOT EXISTS users_token ON users(token_hash) WHERE token_hash IS NOT NULL;
        """;

    private static readonly string[] Migrations = [CreateV1, CreateV2];

    public static void Apply(SqliteConnection connection)
    {
        using var get = connection.CreateCommand();
        get.CommandText = "PRAGMA user_version;";
        var current = Convert.ToInt32(get.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        if (current > Version)
        {
            throw new StoreException($"The store was written by a newer SearchApp (schema {current}, this build knows {Version}).");
        }

        if (current == Version)
        {
            return;
        }

        using var tx = connection.BeginTransaction();
        for (var v = current; v < Version; v++)
        {
            using var migrate = connection.CreateCommand();
            migrate.Transaction = tx;
            migrate.CommandText = Migrations[v];
            migrate.ExecuteNonQuery();
        }

        using var mark = connection.CreateCommand();
        mark.Transaction = tx;
        mark.CommandText = $"PRAGMA user_version = {Version};";
        mark.ExecuteNonQuery();
        tx.Commit();
    }
}
