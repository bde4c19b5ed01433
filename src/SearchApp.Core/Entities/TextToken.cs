namespace SearchApp.Core.Entities;

/// <summary>A token of raw text and its UTF-16 span: <c>text[Start..End] == Text</c>.</summary>
public readonly record struct TextToken(string Text, int Start, int End);
