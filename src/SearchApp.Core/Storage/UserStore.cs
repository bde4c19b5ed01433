using System.Globalization;
using Microsoft.Data.Sqlite;
using SearchApp.Core.Users;

namespace SearchApp.Core.Storage;

/// <summary>Users and their API token hashes in the SQLite store. Names are case-insensitive.</summary>
public sealed class UserStore
{
    public const int MaxNameLength = 64;
    private readonly SqliteConnectionFactory _connections;

    public UserStore(SqliteConnectionFactory connections) => _connections = connections;

    public int Count()
    {
        using var connection = _connections.Open();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT COUNT(*) FROM users;";
        return Convert.ToInt32(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>Adds a user with a fresh API token; returns the token (shown once). Throws if the name is taken.</summary>
    public string Add(string name, string role, string passwordHash, bool onlyIfNoUsers = false)
    {
        ValidateName(name);
        if (!Roles.IsKnown(role))
        {
            throw new ArgumentException($"unknown role '{role}' (reader, annotator or admin)", nameof(role));
        }

        var token = ApiTokens.Create();
        using var connection = _connections.Open();
        using var tx = connection.BeginTransaction();
        using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        if (onlyIfNoUsers)
        {
            cmd.CommandText = "SELECT COUNT(*) FROM users;";
            if (Convert.ToInt32(cmd.ExecuteScalar(), CultureInfo.InvariantCulture) > 0)
            {
                throw new InvalidOperationException("a user already exists");
            }
        }

        cmd.CommandText = "INSERT INTO users(name, role, password_hash, token_hash, created) VALUES ($n, $r, $p, $t, $c);";
        cmd.Parameters.AddWithValue("$n", name);
        cmd.Parameters.AddWithValue("$r", role);
        cmd.Parameters.AddWithValue("$p", passwordHash);
        cmd.Parameters.AddWithValue("$t", ApiTokens.Hash(token));
        cmd.Parameters.AddWithValue("$c", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
        try
        {
            cmd.ExecuteNonQuery();
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode == 19)
        {
            throw new InvalidOperationException($"a user named '{name}' already exists", ex);
        }

        tx.Commit();
        return token;
    }

    public UserAccount? Get(string name)
    {
        using var connection = _connections.Open();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT name, role, password_hash, created FROM users WHERE name = $n;";
        cmd.Parameters.AddWithValue("$n", name);
        return ReadOne(cmd);
    }

    public UserAccount? FindByToken(string token)
    {
        using var connection = _connections.Open();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT name, role, password_hash, created FROM users WHERE token_hash = $t;";
        cmd.Parameters.AddWithValue("$t", ApiTokens.Hash(token));
        return ReadOne(cmd);
    }

    /// <summary>Replaces the user's API token (the old one stops working); returns the new token.</summary>
    public string? RotateToken(string name)
    {
        var token = ApiTokens.Create();
        using var connection = _connections.Open();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "UPDATE users SET token_hash = $t WHERE name = $n;";
        cmd.Parameters.AddWithValue("$t", ApiTokens.Hash(token));
        cmd.Parameters.AddWithValue("$n", name);
        return cmd.ExecuteNonQuery() == 1 ? token : null;
    }

    public IReadOnlyList<UserAccount> List()
    {
        using var connection = _connections.Open();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT name, role, password_hash, created FROM users ORDER BY name;";
        using var reader = cmd.ExecuteReader();
        var list = new List<UserAccount>();
        while (reader.Read())
        {
            list.Add(Read(reader));
        }

        return list;
    }

    public static void ValidateName(string name)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > MaxNameLength || name != name.Trim() || name.Any(c => char.IsControl(c) || c is '<' or '>' or '"' or '\'' or '/' or '\\'))
        {
            throw new ArgumentException($"a user name is 1-{MaxNameLength} characters without surrounding spaces, control characters, quotes, slashes or angle brackets", nameof(name));
        }
    }

    private static UserAccount? ReadOne(SqliteCommand cmd)
    {
        using var reader = cmd.ExecuteReader();
        return reader.Read() ? Read(reader) : null;
    }

    private static UserAccount Read(SqliteDataReader r) =>
        new(r.GetString(0), r.GetString(1), r.GetString(2), DateTimeOffset.Parse(r.GetString(3), CultureInfo.InvariantCulture));
}
