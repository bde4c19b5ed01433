using Microsoft.Data.Sqlite;
using SearchApp.Core.Entities;

namespace SearchApp.Core.Storage;

/// <summary>Extracted entities of stored articles.</summary>
public sealed partial class ArticleStore
{
    /// <summary>
    /// Replaces the extracted entities of existing articles (re-extraction with a new model) without touching
    /// their text or content hash; each article takes a new change number so the index picks it up.
    /// </summary>
    public void ReplaceEntities(IReadOnlyList<(string ArticleId, IReadOnlyList<EntityMention> Entities)> items)
    {
        using var connection = _connections.Open();
        using var tx = connection.BeginTransaction();
        using var rows = new EntityRows(connection, tx);
        foreach (var (id, entities) in items)
        {
            rows.Replace(id, entities);
            ChangeCounter.Touch(connection, tx, id);
        }

        tx.Commit();
    }

    /// <summary>The prepared statements that replace one article's entity rows, within a caller's transaction.</summary>
    private sealed class EntityRows : IDisposable
    {
        private readonly SqliteCommand _delete;
        private readonly SqliteParameter _deleteId;
        private readonly SqliteCommand _insert;
        private readonly SqliteParameter[] _values;

        public EntityRows(SqliteConnection connection, SqliteTransaction tx)
        {
            _delete = connection.CreateCommand();
            _delete.Transaction = tx;
            _delete.CommandText = "DELETE FROM entities WHERE article_id = $id;";
            _deleteId = _delete.Parameters.Add("$id", SqliteType.Text);
            _insert = connection.CreateCommand();
            _insert.Transaction = tx;
            _insert.CommandText = "INSERT INTO entities(article_id, type, text, start, \"end\", canonical) VALUES ($a, $type, $text, $start, $end, $canonical);";
            _values = AddParameters(_insert, "$a", "$type", "$text", "$start", "$end", "$canonical");
            _values[3].SqliteType = SqliteType.Integer;
            _values[4].SqliteType = SqliteType.Integer;
        }

        public void Replace(string articleId, IReadOnlyList<EntityMention> entities)
        {
            _deleteId.Value = articleId;
            _delete.ExecuteNonQuery();
            foreach (var m in entities)
            {
                (_values[0].Value, _values[1].Value, _values[2].Value, _values[3].Value, _values[4].Value, _values[5].Value) =
                    (articleId, m.Type, m.Text, m.Start, m.End, m.Canonical);
                _insert.ExecuteNonQuery();
            }
        }

        public void Dispose()
        {
            _delete.Dispose();
            _insert.Dispose();
        }
    }

    private static Dictionary<string, List<EntityMention>> ReadEntities(SqliteConnection connection, IReadOnlyCollection<string> ids)
    {
        var result = new Dictionary<string, List<EntityMention>>(StringComparer.Ordinal);
        foreach (var chunk in ids.Chunk(500))
        {
            using var cmd = connection.CreateCommand();
            cmd.CommandText = $"SELECT article_id, type, text, start, \"end\", canonical FROM entities WHERE article_id IN ({InList(cmd, chunk)}) ORDER BY article_id, start, \"end\";";
            using var reader = cmd.ExecuteReader();
            while (reader.Read())
            {
                var id = reader.GetString(0);
                if (!result.TryGetValue(id, out var list))
                {
                    result[id] = list = [];
                }

                list.Add(new EntityMention(reader.GetString(1), reader.GetString(2), reader.GetInt32(3), reader.GetInt32(4), reader.GetString(5)));
            }
        }

        return result;
    }
}
