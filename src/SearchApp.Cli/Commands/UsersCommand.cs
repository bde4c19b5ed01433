using SearchApp.Core.Storage;
using SearchApp.Core.Users;

namespace SearchApp.Cli.Commands;

/// <summary>
/// <c>users add NAME --role reader|annotator|admin</c> (password read from stdin; prints the API token),
/// <c>users list</c>, <c>users token NAME</c> (a new token; the old one stops working).
/// Works while the web app runs: it touches only the store, which SQLite shares safely.
/// </summary>
public static class UsersCommand
{
    public static int Run(string[] argv)
    {
        var args = new CliArguments(argv, ["data", "role"]);
        var sub = args.Positional.FirstOrDefault() ?? throw new CliException("users needs a subcommand: add, list or token");
        var store = CommandContext.OpenStore(args);
        var users = new UserStore(store.Connections);
        switch (sub)
        {
            case "add":
                return Add(args, users);
            case "list":
                foreach (var u in users.List())
                {
                    Console.WriteLine($"{u.Name}\t{u.Role}\t{u.Created:yyyy-MM-dd}");
                }

                return 0;
            case "token":
                var name = args.Positional.ElementAtOrDefault(1) ?? throw new CliException("users token needs a user name");
                Console.WriteLine(users.RotateToken(name) ?? throw new CliException($"no user named '{name}'"));
                return 0;
            default:
                throw new CliException($"unknown users subcommand '{sub}' (add, list, token)");
        }
    }

    private static int Add(CliArguments args, UserStore users)
    {
        var name = args.Positional.ElementAtOrDefault(1) ?? throw new CliException("users add needs a user name");
        var role = args.Get("role") ?? throw new CliException("users add needs --role reader|annotator|admin");
        if (!Roles.IsKnown(role))
        {
            throw new CliException($"unknown role '{role}' (reader, annotator or admin)");
        }

        if (!Console.IsInputRedirected)
        {
            Console.Error.Write("password: ");
        }

        var password = Console.In.ReadLine() ?? string.Empty;
        if (password.Length < PasswordHashing.MinLength)
        {
            throw new CliException($"the password must have at least {PasswordHashing.MinLength} characters (read from stdin)");
        }

        try
        {
            Console.WriteLine(users.Add(name, role, PasswordHashing.Hash(password)));
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            throw new CliException(ex.Message, ex);
        }

        return 0;
    }
}
