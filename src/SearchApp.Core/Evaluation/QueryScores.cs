namespace SearchApp.Core.Evaluation;

/// <summary>One system's scores on one query. <see cref="Unjudged"/> counts top-10 articles without a
/// judgment (scored as not relevant): above 0 the numbers are a lower bound.</summary>
public sealed record QueryScores(string QueryId, string Type, double PrecisionAt10, double ReciprocalRank, double NdcgAt10, int Unjudged, IReadOnlyList<string> Top);
