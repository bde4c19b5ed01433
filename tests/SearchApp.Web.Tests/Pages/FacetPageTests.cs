using System.Net;
using System.Text.Json;
using SearchApp.Core.Articles;
using SearchApp.Web.Tests.Support;

namespace SearchApp.Web.Tests.Pages;

[Collection(AppCollection.Name)]
public sealed class FacetPageTests
{
    private readonly SearchAppFactory _factory;
    private readonly HttpClient _client;

    public FacetPageTests(SearchAppFactory factory)
    {
        _factory = factory;
        _client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
    }

    [Fact]
    public async Task Facet_values_are_checkbox_links_with_document_counts_and_ticking_one_filters_the_results()
    {
        var (doc, _, _) = await Html.GetAsync(_client, "/");
        var first = doc.QuerySelector("section.facet[data-dim=source] a.facet-toggle")!;
        var value = first.QuerySelector(".facet-label")!.TextContent;
        var count = int.Parse(first.QuerySelector(".count")!.TextContent.Replace(",", string.Empty, StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal("false", first.GetAttribute("aria-checked"));

        var (filtered, _, _) = await Html.GetAsync(_client, first.GetAttribute("href")!);

        Assert.Contains(count.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), filtered.QuerySelector(".result-count")!.TextContent, StringComparison.Ordinal);
        var ticked = filtered.QuerySelectorAll("section.facet[data-dim=source] a.facet-toggle[aria-checked=true]");
        Assert.Equal(value, Assert.Single(ticked).QuerySelector(".facet-label")!.TextContent);
        Assert.All(filtered.QuerySelectorAll("li.hit .source"), s => Assert.Equal(value, s.TextContent));
    }

    [Fact]
    public async Task A_selected_dimension_still_offers_its_other_values_so_a_second_can_be_added()
    {
        var (doc, _, _) = await Html.GetAsync(_client, "/?source=Okaz");

        var values = doc.QuerySelectorAll("section.facet[data-dim=source] a.facet-toggle");
        Assert.True(values.Length > 1);
        var second = values.First(v => v.GetAttribute("aria-checked") == "false").GetAttribute("href")!;
        Assert.Contains("source=Okaz", second, StringComparison.Ordinal);
        var (both, _, _) = await Html.GetAsync(_client, second);
        Assert.Equal(2, both.QuerySelectorAll("section.facet[data-dim=source] a.facet-toggle[aria-checked=true]").Length);
    }

    [Fact]
    public async Task Active_filters_show_as_removable_chips_with_clear_all()
    {
        var (doc, _, _) = await Html.GetAsync(_client, "/?q=" + Uri.EscapeDataString("السعودية") + "&source=Okaz&not.source=Sabq&from=2015-07-01");

        var chips = doc.QuerySelectorAll("ul.chips li.chip");
        Assert.Equal(3, chips.Length);
        var removeOkaz = chips.First(c => c.TextContent.Contains("Okaz", StringComparison.Ordinal)).QuerySelector("a")!.GetAttribute("href")!;
        Assert.DoesNotContain("source=Okaz", removeOkaz, StringComparison.Ordinal);
        Assert.Contains("not.source=Sabq", removeOkaz, StringComparison.Ordinal);
        var clear = doc.QuerySelector("a.clear-all")!.GetAttribute("href")!;
        Assert.Equal("/?q=" + Uri.EscapeDataString("السعودية"), clear);
    }

    [Fact]
    public async Task The_date_histogram_is_an_svg_whose_bars_link_to_their_range()
    {
        var (doc, _, _) = await Html.GetAsync(_client, "/");

        var bars = doc.QuerySelectorAll("svg.histogram a");
        Assert.NotEmpty(bars);
        Assert.All(bars, b => Assert.Matches(@"from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}", b.GetAttribute("href")));
    }

    [Fact]
    public async Task Facet_value_search_matches_normalised_text_with_counts_under_the_search()
    {
        var json = JsonDocument.Parse(await _client.GetStringAsync(new Uri("/api/facets/loc?prefix=" + Uri.EscapeDataString("الرياض"), UriKind.Relative))).RootElement;

        var values = json.GetProperty("values").EnumerateArray().ToList();
        Assert.Contains(values, v => v.GetProperty("value").GetString() == "الرياض" && v.GetProperty("count").GetInt32() > 0);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync(new Uri("/api/facets/colour", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task The_csv_export_has_every_hit_with_quotes_escaped_and_formulas_neutralised()
    {
        _factory.AddArticle(new ArticleInput("csv-1", "=HYPERLINK(\"x\"), عنوان \"مقتبس\"", "كلمةتصديرفريدة في النص.", "Test", "2015-08-01", null, null));

        var response = await _client.GetAsync(new Uri("/export.csv?q=" + Uri.EscapeDataString("كلمةتصديرفريدة"), UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var lines = text.TrimEnd('\n', '\r').Split('\n');
        Assert.StartsWith("id,title,source,published,url,score,person,org,loc,tag", lines[0].TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("csv-1,\"'=HYPERLINK(\"\"x\"\"), عنوان \"\"مقتبس\"\"\",Test,2015-08-01,", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_entity_page_shows_count_timeline_and_co_occurring_entities()
    {
        var (doc, _, response) = await Html.GetAsync(_client, "/entities/loc/" + Uri.EscapeDataString("الرياض"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("الرياض", doc.QuerySelector("h1")!.TextContent);
        Assert.NotEmpty(doc.QuerySelectorAll("svg.histogram rect"));
        Assert.NotEmpty(doc.QuerySelectorAll(".cooccurring a.facet-toggle"));
        // The entity is not listed as co-occurring with itself; the newspaper الرياض (an organisation) may be.
        var places = doc.QuerySelectorAll(".cooccurring section.facet[data-dim='loc'] a .facet-label");
        Assert.NotEmpty(places);
        Assert.DoesNotContain(places, l => l.TextContent == "الرياض");
        Assert.NotEmpty(doc.QuerySelectorAll(".latest li.hit"));
    }
}
