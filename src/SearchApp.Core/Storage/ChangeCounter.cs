using System.Globalization;
using Microsoft.Data.Sqlite;

namespace SearchApp.Core.Storage;

/// <summary>
/// The store-wide change counter (<c>meta.seq</c>). Anything that changes what an article's index document
/// contains (the article itself, its entities, its annotations) gives the article the next number inside
/// the same transaction, so the index can catch up on exactly what it missed.
/// </summary>
internal static class ChangeCounter
{
    public static long Read(SqliteConnection connection, SqliteTransaction? tx)
    {
        using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "SELECT value FROM meta WHERE key = 'seq';";
        return long.Parse((string)cmd.ExecuteScalar()!, CultureInfo.InvariantCulture);
    }

    public static void Write(SqliteConnection connection, SqliteTransaction tx, long seq)
    {
        using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "UPDATE meta SET value = $v WHERE key = 'seq';";
        cmd.Parameters.AddWithValue("$v", seq.ToString(CultureInfo.InvariantCulture));
        cmd.ExecuteNonQuery();
    }

    /// <summary>Marks one article as changed: takes the next number and gives it to the article.</summary>
    public static long Touch(SqliteConnection connection, SqliteTransaction tx, string articleId)
    {
        var seq = Read(connection, tx) + 1;
        using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "UPDATE articles SET seq = $seq WHERE id = $id;";
        cmd.Parameters.AddWithValue("$seq", seq);
        cmd.Parameters.AddWithValue("$id", articleId);
        cmd.ExecuteNonQuery();
        Write(connection, tx, seq);
        return seq;
    }
}
