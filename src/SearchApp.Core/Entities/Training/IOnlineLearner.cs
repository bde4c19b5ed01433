namespace SearchApp.Core.Entities.Training;

/// <summary>One pass over one sentence at a time; two learners exist (perceptron, CRF).</summary>
internal interface IOnlineLearner
{
    /// <summary>Learns from one sentence; true when the current weights tagged it wrongly (or, for the CRF, always false).</summary>
    bool Learn(EncodedSentence sentence);

    /// <summary>The weights to decode with now (averaged, scaled): emission rows and transitions.</summary>
    (float[] Weights, float[] Transitions) Snapshot();

    void EndEpoch(int epoch);
}
