using SearchApp.Core.Search;

namespace SearchApp.Core.Tests.Search;

public sealed class QueryRepairTests
{
    private static readonly HashSet<string> Known = ["title", "body"];

    [Theory]
    // Unbalanced quote: closed at the end (the user was typing a phrase).
    [InlineData("\"الأمم المتحدة", "\"الأمم المتحدة\"")]
    // Unbalanced parentheses: missing ')' appended, stray ')' dropped, '(' with nothing after dropped.
    [InlineData("(غزة OR القدس", "( غزة OR القدس )")]
    [InlineData("غزة)", "غزة")]
    [InlineData("غزة (", "غزة")]
    [InlineData("()", "")]
    // Stray operators: leading/trailing/doubled AND/OR, a lone '-' or '+', NOT with nothing after.
    [InlineData("OR غزة", "غزة")]
    [InlineData("غزة AND", "غزة")]
    [InlineData("غزة AND OR القدس", "غزة OR القدس")]
    [InlineData("غزة - القدس", "غزة القدس")]
    [InlineData("غزة NOT", "غزة")]
    // Supported syntax survives: exclusion prefix, known field, prefix star, phrase slop.
    [InlineData("-غزة القدس", "-غزة القدس")]
    [InlineData("title:غزة", "title:غزة")]
    [InlineData("title:\"الأمم المتحدة\"", "title:\"الأمم المتحدة\"")]
    [InlineData("اقتصا*", "اقتصا*")]
    [InlineData("\"وزير الخارجية\"~2", "\"وزير الخارجية\"~2")]
    // Unknown fields and special characters become text.
    [InlineData("المصدر:عكاظ", "المصدر\\:عكاظ")]
    [InlineData("C++ [2015]", "C\\+\\+ \\[2015\\]")]
    [InlineData("*غزة", "\\*غزة")]
    [InlineData("&& || !", "")]
    public void User_text_is_repaired_into_valid_syntax(string input, string expected) =>
        Assert.Equal(expected, QueryRepair.Repair(input, Known).Repaired);

    [Fact]
    public void Each_repair_is_explained() =>
        Assert.Equal(["closed an unbalanced quote"], QueryRepair.Repair("\"غزة", Known).Notes);
}
