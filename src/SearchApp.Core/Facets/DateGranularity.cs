namespace SearchApp.Core.Facets;

public enum DateGranularity
{
    Month,
    Day,
}
