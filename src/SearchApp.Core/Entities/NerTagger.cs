namespace SearchApp.Core.Entities;

/// <summary>Tags token sequences with a <see cref="TaggerModel"/>. Thread-safe: buffers are per thread.</summary>
public sealed class NerTagger(FeatureExtractor features, TaggerModel model)
{
    [ThreadStatic]
    private static FeatureBuffer? t_buffer;

    [ThreadStatic]
    private static float[]? t_emissions;

    public FeatureExtractor Features { get; } = features;

    public TaggerModel Model { get; } = model;

    /// <summary>The best tag index (see <see cref="BioTags.Names"/>) of every token.</summary>
    public int[] TagIndices(IReadOnlyList<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var buffer = t_buffer ??= new FeatureBuffer();
        Features.Extract(tokens, Model.Trained, buffer);
        int size = tokens.Count * BioTags.Count;
        if (t_emissions is null || t_emissions.Length < size)
        {
            t_emissions = new float[Math.Max(size, 1024)];
        }

        Model.Emissions(buffer, t_emissions);
        var best = new int[tokens.Count];
        Viterbi.Decode(t_emissions, Model.Transitions, tokens.Count, best);
        return best;
    }

    public string[] Tag(IReadOnlyList<string> tokens) =>
        [.. TagIndices(tokens).Select(t => BioTags.Names[t])];
}
