namespace SearchApp.Core.Entities.Training;

/// <summary>Knobs of <see cref="PerceptronTrainer"/>; defaults are the shipped model's.</summary>
/// <param name="CvFolds">Contiguous blocks for k-fold cross-validation, which picks the epoch count and O penalty (below 2: no CV).</param>
/// <param name="DevFraction">Without CV: share of sentences, taken from the end of the file, held out to pick the epoch count.</param>
/// <param name="Epochs">Used when neither CV nor a dev split chooses.</param>
/// <param name="Folds">Jack-knife folds for the gazetteer learned from the training data.</param>
/// <param name="Algorithm"><c>crf</c> (SGD, L2 strength <paramref name="C2"/>) or <c>perceptron</c> (averaged).</param>
/// <param name="PruneBelow">Feature rows whose largest absolute averaged weight is below this are dropped. 0.1 keeps 245,710
/// of the ninth model's 947,520 rows (0.005 kept 374,459) and changes 16 of 482,588 token tags on 1,500 SaudiNewsNet
/// articles, none on the news dev parts; the smaller table tags faster.</param>
/// <param name="Ensemble">Perceptrons trained on different sentence orders whose weights are averaged.</param>
/// <param name="Margin">Cost-augmented learning: the margin by which gold entity tags must win (and O tags too when <paramref name="OutsideMargin"/>).</param>
/// <param name="OrgMargin">Extra margin for gold ORG tags (ORG recall is the weak point).</param>
/// <param name="IdentityBagging">Every k-th ensemble member learns without the word-identity features (feature bagging; 0 = off).</param>
/// <param name="MineParts">With a corpus miner: jack-knife parts for the list of names a first-stage model finds in unlabelled news (0 = no list).</param>
/// <param name="MineEnsemble">Perceptrons of each first-stage model.</param>
/// <param name="MineEpochs">Epochs of each first-stage model.</param>
/// <param name="Penalty">O-score penalty used when neither CV nor a dev split chooses.</param>
public sealed record TrainingOptions(
    int CvFolds = 5,
    double DevFraction = 0,
    int MaxEpochs = 10,
    int Epochs = 12,
    int Patience = 4,
    int Folds = 10,
    int Seed = 20070219,
    string Algorithm = "perceptron",
    double C2 = 1.0,
    double LearningRate = 0.1,
    float PruneBelow = 0.1f,
    float Penalty = 0,
    int Ensemble = 16,
    float Margin = 0,
    float OrgMargin = 0,
    bool OutsideMargin = false,
    int IdentityBagging = 0,
    int MineParts = 0,
    int MineEnsemble = 4,
    int MineEpochs = 4)
{
    /// <summary>Per gold tag, the margin it must win by while learning (null when all are 0).</summary>
    internal float[]? Costs()
    {
        if (Margin == 0 && OrgMargin == 0)
        {
            return null;
        }

        var costs = new float[BioTags.Count];
        for (int t = 1; t < costs.Length; t++)
        {
            costs[t] = Margin + (BioTags.TypeOf(t) == "ORG" ? OrgMargin : 0);
        }

        costs[0] = OutsideMargin ? Margin : 0;
        return costs;
    }
}
