namespace SearchApp.Core.Entities.Training;

/// <summary>
/// Bit strings from the final Brown merge tree: 0 for the left child, 1 for the right, root to
/// leaf (Brown et al. 1992; the path format of Liang's wcluster). Leaves are window slots, stored
/// as negative ids (−1 − slot); internal nodes index <c>children</c>.
/// </summary>
internal static class BrownTree
{
    public static string[] Paths(IReadOnlyList<(int Left, int Right)> children, int root, int slots)
    {
        var paths = new string[slots];
        var stack = new Stack<(int Node, string Path)>();
        stack.Push((root, ""));
        while (stack.Count > 0)
        {
            var (id, path) = stack.Pop();
            if (id < 0)
            {
                paths[-1 - id] = path.Length == 0 ? "0" : path;
                continue;
            }

            stack.Push((children[id].Right, path + "1"));
            stack.Push((children[id].Left, path + "0"));
        }

        return paths;
    }
}
