using System.Text.Json;
using System.Text.Json.Nodes;

namespace SearchApp.Core.Tests.Benchmark;

/// <summary>
/// A small generated corpus in the benchmark's JSONL shape. Query words are Latin (the Arabic analyzer
/// leaves them as they are), so a test can brute-force which documents match; Arabic filler around them
/// still goes through the Arabic chain.
/// </summary>
public sealed class TinyCorpus
{
    public static readonly string[] Words = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot"];
    public static readonly string[] Persons = ["محمد العلي", "أحمد الخطيب", "سارة المحمود", "علي الزين", "ليلى حداد", "Ali Zein"];
    public static readonly string[] Sources = ["سانا", "الأهرام", "البيان"];
    private static readonly string[] Filler = ["وقال", "المسؤول", "في", "المدينة", "الاجتماع", "الحكومة", "اليوم"];

    public TinyCorpus(int count, int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var tokens = new List<string>();
            for (var t = 0; t < 5 + random.Next(15); t++)
            {
                tokens.Add(random.Next(3) == 0 ? Words[(int)(Words.Length * Math.Pow(random.NextDouble(), 2))] : Filler[random.Next(Filler.Length)]);
            }

            var persons = Enumerable.Range(0, random.Next(4)).Select(_ => Persons[random.Next(Persons.Length)]).ToList();
            var article = new JsonObject
            {
                ["id"] = $"t{i:D4}",
                ["title"] = string.Join(' ', tokens.Take(3)),
                ["body"] = string.Join(' ', tokens.Skip(3)),
                ["source"] = Sources[random.Next(Sources.Length)],
                ["published"] = new DateOnly(2020, 1, 1).AddDays(random.Next(900)).ToString("yyyy-MM-dd", null),
            };
            var withEntities = random.Next(10) > 0;
            if (withEntities)
            {
                // Repeats on purpose: the bench indexer must count a person once per document.
                article["entities"] = new JsonObject
                {
                    ["person"] = new JsonArray([.. persons.Concat(persons).Select(p => JsonValue.Create(p))]),
                    ["org"] = new JsonArray(),
                    ["loc"] = new JsonArray(),
                };
            }

            Lines.Add(article.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
            Docs.Add((tokens, withEntities ? persons.Distinct().ToList() : [], (string)article["source"]!));
        }
    }

    public List<string> Lines { get; } = [];

    /// <summary>Per document: its tokens (title then body), distinct persons, source.</summary>
    public List<(List<string> Tokens, List<string> Persons, string Source)> Docs { get; } = [];
}
