using System.IO.Compression;
using System.Text;
using SearchApp.Core.Articles;
using SearchApp.Core.Tests.Support;

namespace SearchApp.Core.Tests.Articles;

public sealed class CorpusReaderTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void A_gzipped_jsonl_file_reads_like_the_plain_one()
    {
        var plain = Fixtures.WriteJsonl(_dir, "a.jsonl", Fixtures.News);
        var gz = _dir.File("a.jsonl.gz");
        using (var output = new GZipStream(File.Create(gz), CompressionLevel.Fastest))
        {
            output.Write(File.ReadAllBytes(plain));
        }

        var fromPlain = CorpusReader.Read([plain]).Select(r => r.Input).ToList();
        var fromGz = CorpusReader.Read([gz]).Select(r => r.Input).ToList();
        Assert.Equal(Fixtures.News.Length, fromGz.Count);
        Assert.Equal(fromPlain, fromGz);
    }

    [Fact]
    public void A_malformed_line_is_reported_with_its_number_and_the_rest_is_read()
    {
        var path = _dir.File("bad.jsonl");
        File.WriteAllLines(path, [Fixtures.JsonLine(Fixtures.News[0]), "{\"id\": \"x\", \"body\": ", "", "[1,2]", Fixtures.JsonLine(Fixtures.News[1])]);

        var records = CorpusReader.Read([path]).ToList();

        Assert.Equal(["a1", "a2"], records.Where(r => r.Input is not null).Select(r => r.Input!.Id));
        var errors = records.Where(r => r.Error is not null).ToList();
        Assert.Equal([2, 4], errors.Select(e => e.Line));
        Assert.Contains("malformed JSON", errors[0].Error, StringComparison.Ordinal);
        Assert.Contains("not a JSON object", errors[1].Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_line_that_is_not_utf8_is_reported_and_the_next_line_still_reads()
    {
        var path = _dir.File("mixed.jsonl");
        using (var f = File.Create(path))
        {
            f.Write(Encoding.UTF8.GetBytes(Fixtures.JsonLine(Fixtures.News[0]) + "\n"));
            // "مرحبا" in Windows-1256: valid single bytes there, invalid UTF-8 here.
            f.Write([(byte)'{', (byte)'"', (byte)'t', (byte)'"', (byte)':', (byte)'"', 0xE3, 0xD1, 0xCD, 0xC8, 0xC7, (byte)'"', (byte)'}', (byte)'\n']);
            f.Write(Encoding.UTF8.GetBytes(Fixtures.JsonLine(Fixtures.News[1]) + "\n"));
        }

        var records = CorpusReader.Read([path]).ToList();

        Assert.Equal(3, records.Count);
        Assert.Equal((2, "not valid UTF-8"), (records[1].Line, records[1].Error));
        Assert.Equal("a2", records[2].Input!.Id);
    }

    [Fact]
    public void A_text_file_gives_its_first_line_as_title_and_the_rest_as_body()
    {
        var path = _dir.File("report.txt");
        File.WriteAllText(path, "\uFEFFعنوان التقرير\r\nالفقرة الأولى.\r\nالفقرة الثانية.");

        var record = Assert.Single(CorpusReader.Read([path]));

        Assert.Equal(new ArticleInput("txt-report", "عنوان التقرير", "الفقرة الأولى.\nالفقرة الثانية.", null, null, null, null), record.Input);
    }

    [Fact]
    public void A_text_file_in_another_encoding_is_reported_with_the_line_of_the_first_bad_byte()
    {
        var path = _dir.File("cp1256.txt");
        File.WriteAllBytes(path, [.. Encoding.UTF8.GetBytes("title\nfine line\n"), 0xE3, 0xD1, 0xCD, (byte)'\n']);

        var record = Assert.Single(CorpusReader.Read([path]));

        Assert.Null(record.Input);
        Assert.Equal((3, "not valid UTF-8"), (record.Line, record.Error));
    }

    [Fact]
    public void A_folder_is_read_recursively_in_path_order_and_other_files_are_ignored()
    {
        Directory.CreateDirectory(_dir.File("sub"));
        Fixtures.WriteJsonl(_dir, "b.jsonl", [Fixtures.News[1]]);
        Fixtures.WriteJsonl(_dir, Path.Combine("sub", "a.jsonl"), [Fixtures.News[0]]);
        File.WriteAllText(_dir.File("notes.md"), "# not a corpus");

        var ids = CorpusReader.Read([_dir.Path]).Select(r => r.Input?.Id).ToList();

        Assert.Equal(["a2", "a1"], ids);
    }

    [Fact]
    public void A_missing_path_is_reported_not_thrown()
    {
        var record = Assert.Single(CorpusReader.Read([_dir.File("nope.jsonl")]));
        Assert.Equal("no such file or folder", record.Error);
    }

    [Fact]
    public void Progress_reaches_the_whole_input()
    {
        var path = Fixtures.WriteJsonl(_dir, "p.jsonl", Fixtures.Generated(200));
        var progress = new CorpusProgress();

        var count = CorpusReader.Read([path], progress).Count();

        Assert.Equal(200, count);
        Assert.Equal(1.0, progress.Fraction, 3);
    }
}
