namespace SearchApp.Core.Annotations;

/// <summary>Where an annotation sits in the current body; <see cref="Start"/>/<see cref="End"/> are -1 when detached.</summary>
public sealed record AnchorResult(AnchorStatus Status, int Start, int End)
{
    public static AnchorResult Detached { get; } = new(AnchorStatus.Detached, -1, -1);

    public bool IsAnchored => Status != AnchorStatus.Detached;
}
