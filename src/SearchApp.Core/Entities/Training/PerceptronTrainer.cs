using System.Diagnostics;
using System.Globalization;

namespace SearchApp.Core.Entities.Training;

/// <summary>
/// Averaged structured perceptron (Collins 2002, "Discriminative Training Methods for Hidden Markov
/// Models") with first-order Viterbi over BIO tags. Chosen over a CRF because it trains in seconds
/// on two shared cores, needs no learning-rate tuning, and reaches CRF-level accuracy with rich
/// features. Deterministic: sentence order per epoch comes from a seeded generator. The epoch count
/// and O penalty are chosen by k-fold cross-validation over contiguous blocks of the training file,
/// each dev block tagged as one document (with <see cref="MentionPropagation"/>, as at run time);
/// then the model is refitted on all of it.
/// </summary>
public sealed class PerceptronTrainer(FeatureExtractor features, TextWriter log)
{
    private static readonly int Tags = BioTags.Count;

    /// <summary>
    /// O-score penalties tried: taggers trained on scarce names are precise but miss many, and a
    /// constant shift of the O score trades precision for recall (Minkov, Wang, Tomasic &amp; Cohen
    /// 2006, "NER Systems that Suit User's Preferences").
    /// </summary>
    private static readonly float[] Penalties = [0, 1, 2, 3, 5, 8];

    private static readonly string[] PenaltyLabels = [.. Penalties.Select(p => string.Create(CultureInfo.InvariantCulture, $"O penalty {p}"))];

    /// <summary>Dev scores at the chosen setting: pooled over CV folds, or of the dev block (null when neither ran).</summary>
    public SpanScorer? DevScore { get; private set; }

    /// <summary>The cross-validation of the last <see cref="Train"/> (null when none ran).</summary>
    public CrossValidation? Validation { get; private set; }

    /// <summary>When set, cross-validation writes each dev block's tagging at <see cref="DumpEpoch"/> (O penalty 0) here.</summary>
    public TextWriter? Dump { get; init; }

    public int DumpEpoch { get; init; } = 3;

    /// <summary>When set (and <see cref="TrainingOptions.MineParts"/> &gt; 0), names found in its corpus by first-stage models become a list feature.</summary>
    public CorpusMiner? Miner { get; init; }

    /// <summary>The list mined by the first-stage model of the last fit on all its training data (null when none).</summary>
    public MinedNames? Mined { get; private set; }

    public int ChosenEpochs { get; private set; }

    public float OutsidePenalty { get; private set; }

    /// <summary>
    /// Trains on <paramref name="data"/> (and <paramref name="extra"/>, labelled sentences from other
    /// sources that join every training part but are never scored), choosing epochs and O penalty by
    /// cross-validation on <paramref name="data"/> alone.
    /// </summary>
    public TaggerModel Train(IReadOnlyList<LabeledSentence> data, TrainingOptions options, IReadOnlyList<LabeledSentence>? extra = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(options);
        extra ??= [];
        (ChosenEpochs, OutsidePenalty) = (options.Epochs, options.Penalty);
        if (options.CvFolds >= 2)
        {
            var cv = CrossValidate(data, options, extra);
            var (epoch, penalty) = cv.Best();
            (ChosenEpochs, OutsidePenalty, DevScore, Validation) = (epoch, Penalties[penalty], cv.Pooled(epoch, penalty), cv);
        }
        else if (options.DevFraction > 0)
        {
            int devCount = (int)Math.Round(data.Count * options.DevFraction);
            var cv = new CrossValidation(1, options.MaxEpochs, PenaltyLabels);
            Fit([.. data.Take(data.Count - devCount), .. extra], [.. data.Skip(data.Count - devCount)], options.MaxEpochs, options, 0, cv);
            var (epoch, penalty) = cv.Best();
            (ChosenEpochs, OutsidePenalty, DevScore) = (epoch, Penalties[penalty], cv.Pooled(epoch, penalty));
            log.WriteLine(cv.Report());
        }

        log.WriteLine($"final run: {data.Count} + {extra.Count} sentences, {ChosenEpochs} epochs, O penalty {OutsidePenalty}");
        return Fit([.. data, .. extra], null, ChosenEpochs, options, 0, null);
    }

    /// <summary>
    /// Trains on all blocks but one, for each block, scoring every epoch and penalty on the held-out
    /// block; <paramref name="extra"/> sentences join every training part and are never scored.
    /// </summary>
    public CrossValidation CrossValidate(IReadOnlyList<LabeledSentence> data, TrainingOptions options, IReadOnlyList<LabeledSentence>? extra = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(options);
        extra ??= [];
        var cv = new CrossValidation(options.CvFolds, options.MaxEpochs, PenaltyLabels);
        for (int fold = 0; fold < options.CvFolds; fold++)
        {
            int start = TrainingGazetteer.Start(fold, data.Count, options.CvFolds), end = TrainingGazetteer.Start(fold + 1, data.Count, options.CvFolds);
            var train = data.Take(start).Concat(data.Skip(end)).Concat(extra).ToList();
            var dev = data.Skip(start).Take(end - start).ToList();
            log.WriteLine($"cv fold {fold + 1}/{options.CvFolds}: {train.Count} train, {dev.Count} dev sentences");
            Fit(train, dev, options.MaxEpochs, options, fold, cv);
        }

        log.WriteLine(cv.Report());
        return cv;
    }

    private TaggerModel Fit(IReadOnlyList<LabeledSentence> train, IReadOnlyList<LabeledSentence>? dev, int epochs,
        TrainingOptions o, int fold, CrossValidation? cv, float? penalty = null)
    {
        var (minedParts, minedFull) = Miner is not null && o.MineParts > 0 ? MineLists(train, o) : (null, null);
        var clock = Stopwatch.StartNew();
        var lexicon = features.Lexicon;
        var folds = TrainingGazetteer.JackKnife(train, lexicon, o.Folds);
        var full = TrainingGazetteer.Build(train, lexicon);
        var ids = new Dictionary<ulong, int>();
        var buffer = new FeatureBuffer();
        var encoded = train.Select((s, i) => Encode(s, folds[TrainingGazetteer.FoldOf(i, train.Count, o.Folds)], buffer, ids, grow: true,
            minedParts?[TrainingGazetteer.FoldOf(i, train.Count, minedParts.Length)])).ToArray();
        var devEncoded = dev?.Select(s => Encode(s, full, buffer, ids, grow: false, minedFull)).ToArray();
        var devDocument = devEncoded is null ? null : DevDocument.Of(devEncoded, features, full);
        log.WriteLine($"  {ids.Count} features, encoded in {clock.Elapsed.TotalSeconds:0.0} s");

        // Several perceptrons that differ only in the order they see sentences, averaged: the same
        // linear model size at run time, less dependence on one shuffle (a cheap bagging).
        var learners = Enumerable.Range(0, o.Ensemble).Select(_ => o.Algorithm == "perceptron"
            ? (IOnlineLearner)new AveragedWeights(ids.Count * Tags, (Tags + 1) * Tags, o.Costs())
            : new CrfWeights(ids.Count * Tags, (Tags + 1) * Tags, encoded.Length, o.C2, o.LearningRate)).ToArray();
        var randoms = Enumerable.Range(0, o.Ensemble).Select(m => new Random(o.Seed + m)).ToArray();
        var masked = o.IdentityBagging > 0 ? WithoutIdentity(train, ids, encoded) : null;
        int every = o.IdentityBagging;
        var orders = Enumerable.Range(0, o.Ensemble).Select(_ => Enumerable.Range(0, encoded.Length).ToArray()).ToArray();
        int bias = ids.GetValueOrDefault(FeatureExtractor.BiasKey, -1);
        float[] avg = [], avgTransitions = [];
        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            int mistakes = 0;
            for (int m = 0; m < learners.Length; m++)
            {
                randoms[m].Shuffle(orders[m]);
                var data = masked is not null && m % every == every - 1 ? masked : encoded;
                foreach (int index in orders[m])
                {
                    mistakes += learners[m].Learn(data[index]) ? 1 : 0;
                }

                learners[m].EndEpoch(epoch);
            }

            (avg, avgTransitions) = Mean(learners);
            string line = string.Create(CultureInfo.InvariantCulture,
                $"  epoch {epoch}: {mistakes} sentences wrong, {clock.Elapsed.TotalSeconds:0.0} s");
            if (devDocument is not null && cv is not null && bias >= 0)
            {
                float original = avg[bias * Tags];
                for (int p = 0; p < Penalties.Length; p++)
                {
                    avg[bias * Tags] = original - Penalties[p];
                    cv.Record(fold, epoch, p, devDocument.Score(avg, avgTransitions));
                }

                avg[bias * Tags] = original;
                if (Dump is not null && epoch == DumpEpoch)
                {
                    devDocument.Dump(avg, avgTransitions, Dump);
                }

                line += string.Create(CultureInfo.InvariantCulture, $", dev micro F1 {cv.F1(epoch, 0).Mean:0.0000} (fold mean so far)");
            }

            log.WriteLine(line);
        }

        if (bias >= 0)
        {
            avg[bias * Tags] -= penalty ?? OutsidePenalty;
        }

        return Build(ids, avg, avgTransitions, full, o.PruneBelow);
    }

    /// <summary>
    /// Feature bagging (Sutton, Sindelar &amp; McCallum 2006, "Reducing Weight Undertraining in Structured
    /// Discriminative Learning"): copies of the sentences without the word-identity features, for
    /// the ensemble members that must learn to tag from everything else. With the word's own identity
    /// features present, context, clusters and affixes are under-trained for the names training
    /// already knows, and unseen names are exactly where those features must decide.
    /// </summary>
    private EncodedSentence[] WithoutIdentity(IReadOnlyList<LabeledSentence> train, Dictionary<ulong, int> ids, EncodedSentence[] encoded)
    {
        var identity = new HashSet<int>();
        foreach (var s in train)
        {
            foreach (string token in s.Tokens)
            {
                var keys = features.Word(token).Keys;
                for (int k = FeatureExtractor.IdentityKeys.Start.Value; k < FeatureExtractor.IdentityKeys.End.Value; k++)
                {
                    if (ids.TryGetValue(keys[k], out int id))
                    {
                        identity.Add(id);
                    }
                }
            }
        }

        return [.. encoded.Select(e =>
        {
            var rows = new List<int>(e.Features.Length);
            var offsets = new int[e.Offsets.Length];
            for (int i = 0; i < e.Tokens; i++)
            {
                for (int k = e.Offsets[i]; k < e.Offsets[i + 1]; k++)
                {
                    if (!identity.Contains(e.Features[k]))
                    {
                        rows.Add(e.Features[k]);
                    }
                }

                offsets[i + 1] = rows.Count;
            }

            return e with { Features = [.. rows], Offsets = offsets };
        })];
    }

    private static (float[] Weights, float[] Transitions) Mean(IOnlineLearner[] learners)
    {
        var (w, t) = learners[0].Snapshot();
        for (int m = 1; m < learners.Length; m++)
        {
            var (w2, t2) = learners[m].Snapshot();
            for (int i = 0; i < w.Length; i++)
            {
                w[i] += w2[i];
            }

            for (int i = 0; i < t.Length; i++)
            {
                t[i] += t2[i];
            }
        }

        for (int i = 0; learners.Length > 1 && i < w.Length; i++)
        {
            w[i] /= learners.Length;
        }

        for (int i = 0; learners.Length > 1 && i < t.Length; i++)
        {
            t[i] /= learners.Length;
        }

        return (w, t);
    }

    /// <summary>
    /// The mined lists of a fit: for each of <see cref="TrainingOptions.MineParts"/> contiguous parts of
    /// <paramref name="train"/>, the names a first-stage model trained on the other parts finds in the
    /// miner's corpus, and the list of one trained on all of it (for held-out text and the model's run time).
    /// </summary>
    private (Gazetteer[] Parts, Gazetteer Full) MineLists(IReadOnlyList<LabeledSentence> train, TrainingOptions o)
    {
        var clock = Stopwatch.StartNew();
        var first = o with { MineParts = 0, Ensemble = o.MineEnsemble, IdentityBagging = 0 };
        var parts = new Gazetteer[o.MineParts];
        for (int part = 0; part < parts.Length; part++)
        {
            int p = part;
            var model = Fit([.. train.Where((_, i) => TrainingGazetteer.FoldOf(i, train.Count, parts.Length) != p)], null, o.MineEpochs, first, 0, null, penalty: 0);
            var names = Miner!.Mine(new NerTagger(features, model));
            parts[part] = names.ToGazetteer();
            log.WriteLine($"  mined part {part + 1}/{parts.Length}: {names.Names.Count} names, {clock.Elapsed.TotalSeconds:0.0} s");
        }

        var fullModel = Fit(train, null, o.MineEpochs, first, 0, null, penalty: 0);
        Mined = Miner!.Mine(new NerTagger(features, fullModel));
        log.WriteLine($"  mined with all of it: {Mined.Names.Count} names, {clock.Elapsed.TotalSeconds:0.0} s");
        return (parts, Mined.ToGazetteer());
    }

    private EncodedSentence Encode(LabeledSentence s, Gazetteer gazetteer, FeatureBuffer buffer, Dictionary<ulong, int> ids, bool grow, Gazetteer? mined = null)
    {
        features.Extract(s.Tokens, gazetteer, buffer, mined);
        var rows = new List<int>(buffer.Offsets[s.Tokens.Count]);
        var offsets = new int[s.Tokens.Count + 1];
        for (int i = 0; i < s.Tokens.Count; i++)
        {
            for (int k = buffer.Offsets[i]; k < buffer.Offsets[i + 1]; k++)
            {
                ulong key = buffer.Keys[k];
                if (ids.TryGetValue(key, out int id))
                {
                    rows.Add(id);
                }
                else if (grow)
                {
                    ids[key] = ids.Count;
                    rows.Add(ids.Count - 1);
                }
            }

            offsets[i + 1] = rows.Count;
        }

        return new EncodedSentence([.. rows], offsets, [.. s.Tags.Select(BioTags.Index)], s);
    }

    private TaggerModel Build(Dictionary<ulong, int> ids, float[] w, float[] transitions, Gazetteer gazetteer, float pruneBelow)
    {
        var keys = new List<ulong>();
        var kept = new List<float>();
        foreach (var (key, id) in ids.OrderBy(p => p.Value))
        {
            var row = w.AsSpan(id * Tags, Tags);
            float max = 0;
            foreach (float x in row)
            {
                max = Math.Max(max, Math.Abs(x));
            }

            if (max >= pruneBelow)
            {
                keys.Add(key);
                kept.AddRange(row);
            }
        }

        log.WriteLine($"  kept {keys.Count} of {ids.Count} features (|w| >= {pruneBelow})");
        return new TaggerModel(keys, [.. kept], transitions, gazetteer);
    }
}
