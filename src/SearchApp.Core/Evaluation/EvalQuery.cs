namespace SearchApp.Core.Evaluation;

/// <summary>One test query: what the user typed, its kind (name, variant, phrase, topic) and the
/// information need a judge reads an article against.</summary>
public sealed record EvalQuery(string Id, string Text, string Type, string Need);
