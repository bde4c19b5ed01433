using SearchApp.Core.Entities;

namespace SearchApp.Core.Tests.Entities;

public class ContextProfilesTests
{
    [Fact]
    public void AWordOftenAfterATitleGetsThatClassInItsProfile()
    {
        var triggers = TriggerWords.Read(new StringReader("الرئيس\ttitle\nوزارة\torg-head"));
        string[] texts = [.. Enumerable.Repeat("قال الرئيس أوباما إن وزارة الخارجية تعمل .", 10)];
        using var stream = new MemoryStream();
        int written = ContextProfiles.Build(texts, WordLexicon.Empty, triggers, stream, minCount: 5);
        var profiles = ContextProfiles.Read(new MemoryStream(stream.ToArray()));
        Assert.True(written >= 2);
        var obama = profiles.Values(ArabicKey.Normalize("أوباما")).ToList();
        var ministry = profiles.Values(ArabicKey.Normalize("الخارجية")).ToList();
        Assert.Single(obama);
        Assert.Single(ministry);
        Assert.NotEqual(obama, ministry); // a title before vs an organisation head before
        Assert.Empty(profiles.Values("غيرموجود"));
    }
}
