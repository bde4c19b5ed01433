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
        using var delete = connection.CreateCommand();
        delete.Transaction = tx;
        delete.CommandText = "DELETE FROM entities WHERE article_id = $id;";
        var deleteId = delete.Parameters.Add("$id", SqliteType.Text);
        using var insert = connection.CreateCommand();
        insert.Transaction = tx;
        insert.CommandText = "INSERT INTO entities(article_id, type, text, start, \"end\", canonical) VALUES ($a, $type, $text, $start, $end, $canonical);";
        var e = AddParameters(insert, "$a", "$type", "$text", "$start", "$end", "$canonical");
        foreach (var (id, entities) in items)
        {
            deleteId.Value = id;
            delete.ExecuteNonQuery();
            foreach (var m in entities)
            {
                (e[0].Value, e[1].Value, e[2].Value, e[3].Value, e[4].Value, e[5].Value) = (id, m.Type, m.Text, m.Start, m.End, m.Canonical);
                insert.ExecuteNonQuery();
            }

            ChangeCounter.Touch(connection, tx, id);
        }

        tx.Commit();
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
