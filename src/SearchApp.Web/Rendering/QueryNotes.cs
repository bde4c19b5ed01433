namespace SearchApp.Web.Rendering;

/// <summary>
/// What the query repair did, said in Arabic for the search page (the API keeps Core's English notes).
/// Repairs get one line with the query as it was read; "nothing to search" gets advice instead.
/// </summary>
public static class QueryNotes
{
    public const string StopWordsOnly = Core.Search.QueryInterpreter.StopWordsOnlyNote;
    public const string NothingSearchable = Core.Search.QueryInterpreter.NothingSearchableNote;

    public static bool IsRepair(string note) => note is not (StopWordsOnly or NothingSearchable);

    public static string Advice(IReadOnlyList<string> notes) =>
        notes.Contains(StopWordsOnly)
            ? "كل كلمات البحث شائعة جدًا (مثل: في، من، على) فلا يُبحث بها. أضف كلمة أكثر تحديدًا، مثل اسم أو مكان."
            : notes.Contains(NothingSearchable)
                ? "لم نجد في الاستعلام كلمات يمكن البحث بها؛ اكتب كلمة أو أكثر."
                : string.Empty;
}
