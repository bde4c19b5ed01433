namespace SearchApp.Core.Entities.Training;

/// <summary>Compressed sparse rows, just enough for products with dense column blocks.</summary>
internal sealed class SparseMatrix(int rows, int columns, int[] rowStarts, int[] columnIndex, float[] values)
{
    public int Rows { get; } = rows;

    public int Columns { get; } = columns;

    /// <summary>A · X, where X holds <c>x.Length</c> dense columns of length <see cref="Columns"/>.</summary>
    public float[][] Times(float[][] x)
    {
        var result = Block(x.Length, Rows);
        for (int r = 0; r < Rows; r++)
        {
            for (int k = rowStarts[r]; k < rowStarts[r + 1]; k++)
            {
                int c = columnIndex[k];
                float v = values[k];
                for (int j = 0; j < x.Length; j++)
                {
                    result[j][r] += v * x[j][c];
                }
            }
        }

        return result;
    }

    /// <summary>Aᵀ · Y, where Y holds dense columns of length <see cref="Rows"/>.</summary>
    public float[][] TransposeTimes(float[][] y)
    {
        var result = Block(y.Length, Columns);
        for (int r = 0; r < Rows; r++)
        {
            for (int k = rowStarts[r]; k < rowStarts[r + 1]; k++)
            {
                int c = columnIndex[k];
                float v = values[k];
                for (int j = 0; j < y.Length; j++)
                {
                    result[j][c] += v * y[j][r];
                }
            }
        }

        return result;
    }

    public static float[][] Block(int count, int length)
    {
        var block = new float[count][];
        for (int j = 0; j < count; j++)
        {
            block[j] = new float[length];
        }

        return block;
    }
}
