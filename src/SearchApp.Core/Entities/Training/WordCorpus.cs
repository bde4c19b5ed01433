namespace SearchApp.Core.Entities.Training;

/// <summary>
/// Unlabelled text as a sequence of word ids (−1 between sentences) with a count per distinct
/// word: what the lexicon and Brown cluster builders learn from.
/// </summary>
internal sealed class WordCorpus
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);

    public List<string> Words { get; } = [];

    public List<long> Counts { get; } = [];

    /// <summary>Word ids in text order, −1 at every sentence end.</summary>
    public List<int> Tokens { get; } = [];

    public void Add(string word)
    {
        if (!_ids.TryGetValue(word, out int id))
        {
            id = Words.Count;
            _ids[word] = id;
            Words.Add(word);
            Counts.Add(0);
        }

        Counts[id]++;
        Tokens.Add(id);
    }

    public void EndSentence() => Tokens.Add(-1);

    /// <summary>Word ids by descending count, then by word, so results are reproducible.</summary>
    public int[] ByFrequency() => [.. Enumerable.Range(0, Words.Count)
        .OrderByDescending(i => Counts[i]).ThenBy(i => Words[i], StringComparer.Ordinal)];
}
