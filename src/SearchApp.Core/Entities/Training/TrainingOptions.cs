namespace SearchApp.Core.Entities.Training;

/// <summary>Knobs of <see cref="PerceptronTrainer"/>; defaults are the shipped model's.</summary>
/// <param name="DevFraction">Share of sentences, taken from the end of the file, held out to pick the epoch count.</param>
/// <param name="Epochs">Used when <paramref name="DevFraction"/> is 0; otherwise the best dev epoch is used.</param>
/// <param name="Folds">Jack-knife folds for the gazetteer learned from the training data.</param>
/// <param name="Algorithm"><c>crf</c> (SGD, L2 strength <paramref name="C2"/>) or <c>perceptron</c> (averaged).</param>
/// <param name="PruneBelow">Feature rows whose largest absolute averaged weight is below this are dropped.</param>
public sealed record TrainingOptions(
    double DevFraction = 0.1,
    int MaxEpochs = 25,
    int Epochs = 12,
    int Patience = 4,
    int Folds = 10,
    int Seed = 20070219,
    string Algorithm = "perceptron",
    double C2 = 1.0,
    double LearningRate = 0.1,
    float PruneBelow = 0.005f);
