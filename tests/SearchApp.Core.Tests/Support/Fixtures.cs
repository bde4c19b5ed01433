using System.Text.Json;
using SearchApp.Core.Articles;

namespace SearchApp.Core.Tests.Support;

/// <summary>Hand-written Arabic articles for search tests, and helpers to write corpus files.</summary>
public static class Fixtures
{
    public static readonly ArticleInput[] News =
    [
        new("a1", "وزير الخارجية يزور القاهرة", "وصل وزير الخارجية السعودي إلى القاهرة اليوم في زيارة رسمية.\nوالتقى الوزير بنظيره المصري وبحثا العلاقات الثنائية.", "Okaz", "2015-07-21", "Politics", "http://example.org/a1"),
        new("a2", "الأمم المتحدة تدعو إلى هدنة في اليمن", "دعت الأمم المتحدة إلى هدنة إنسانية في اليمن، وقال المتحدث باسم المنظمة إن الوضع الإنساني خطير.", "Al-Riyadh", "2015-07-22", null, null),
        new("a3", "أسعار النفط تتراجع", "تراجعت أسعار النفط في الأسواق العالمية بعد إعلان الاتفاق النووي مع إيران.", "Al-Eqtisadiya", "2015-07-23", "Economy", null),
        new("a4", "المنتخب السعودي يستعد للمباراة", "يستعد المنتخب لمباراته المقبلة في الرياض، وقال المدرب إن اللاعبين في حالة جيدة.", "Arriyadiyah", "2015-08-01", "Sports", null),
        new("a5", "مؤتمر عن الطاقة في الرياض", "افتتح في الرياض مؤتمر الطاقة بمشاركة خبراء من دول الخليج لمناقشة مستقبل النفط والطاقة المتجددة.", "Al-Yaum", "2015-08-02", null, null),
        new("a6", "زيارة وفد إلى نيويورك", "زار وفد من المتحدثين مقر المنظمات الدولية في نيويورك، ولم يلتق أحدًا من الأمم.", "Sabq", "2015-08-03", null, null),
    ];

    public static string JsonLine(ArticleInput a) => JsonSerializer.Serialize(new
    {
        id = a.Id,
        title = a.Title,
        body = a.Body,
        source = a.Source,
        published = a.Published,
        category = a.Category,
        url = a.Url,
    });

    public static string WriteJsonl(TempDirectory dir, string name, IEnumerable<ArticleInput> articles)
    {
        var path = dir.File(name);
        File.WriteAllLines(path, articles.Select(JsonLine));
        return path;
    }

    /// <summary>Generated articles with distinct ids and bodies (for batch and paging tests).</summary>
    public static IEnumerable<ArticleInput> Generated(int count, string prefix = "g") =>
        Enumerable.Range(1, count).Select(i => new ArticleInput(
            $"{prefix}{i:D5}", $"خبر رقم {i}", $"نص الخبر رقم {i} عن الاقتصاد والتجارة في المملكة.", "Gen", "2015-07-25", null, null));

    public static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SearchApp.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("SearchApp.sln not found above " + AppContext.BaseDirectory);
    }
}
