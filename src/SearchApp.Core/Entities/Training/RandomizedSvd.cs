namespace SearchApp.Core.Entities.Training;

/// <summary>
/// Truncated SVD of a sparse matrix by randomized range finding with power iterations (Halko,
/// Martinsson &amp; Tropp 2011, "Finding Structure with Randomness", Alg. 4.4 and 5.1): a few sparse
/// products and a small dense eigenproblem instead of a full decomposition. Used to turn PPMI
/// context counts into dense word vectors (Levy, Goldberg &amp; Dagan 2015 recommend weighting the
/// singular vectors by the square root of the singular values).
/// </summary>
internal static class RandomizedSvd
{
    /// <summary>Rows of U·Σ^½ for the top <paramref name="rank"/> singular triplets, one array per row of A.</summary>
    public static float[][] RowEmbeddings(SparseMatrix a, int rank, int powerIterations, int seed)
    {
        int width = rank + 20;
        var random = new Random(seed);
        var omega = SparseMatrix.Block(width, a.Columns);
        foreach (var column in omega)
        {
            for (int i = 0; i < column.Length; i++)
            {
                column[i] = random.Next(2) == 0 ? -1f : 1f;
            }
        }

        var q = Orthonormalize(a.Times(omega));
        for (int p = 0; p < powerIterations; p++)
        {
            q = Orthonormalize(a.Times(Orthonormalize(a.TransposeTimes(q))));
        }

        var bt = a.TransposeTimes(q); // Bᵀ = Aᵀ Q, width columns of length Columns
        var c = new double[width, width]; // B Bᵀ
        for (int i = 0; i < width; i++)
        {
            for (int j = i; j < width; j++)
            {
                double s = 0;
                for (int k = 0; k < a.Columns; k++)
                {
                    s += (double)bt[i][k] * bt[j][k];
                }

                c[i, j] = c[j, i] = s;
            }
        }

        var (eigenvalues, eigenvectors) = Jacobi(c, width);
        var order = Enumerable.Range(0, width).OrderByDescending(i => eigenvalues[i]).Take(rank).ToArray();
        var rows = SparseMatrix.Block(a.Rows, rank);
        for (int d = 0; d < rank; d++)
        {
            int e = order[d];
            double scale = Math.Pow(Math.Max(eigenvalues[e], 0), 0.25); // √σ, σ = √λ
            for (int r = 0; r < a.Rows; r++)
            {
                double u = 0;
                for (int j = 0; j < width; j++)
                {
                    u += q[j][r] * eigenvectors[j, e];
                }

                rows[r][d] = (float)(u * scale);
            }
        }

        return rows;
    }

    /// <summary>Modified Gram–Schmidt on the columns, in place; degenerate columns become zero.</summary>
    private static float[][] Orthonormalize(float[][] columns)
    {
        for (int j = 0; j < columns.Length; j++)
        {
            var v = columns[j];
            for (int i = 0; i < j; i++)
            {
                var u = columns[i];
                double dot = 0;
                for (int k = 0; k < v.Length; k++)
                {
                    dot += (double)u[k] * v[k];
                }

                for (int k = 0; k < v.Length; k++)
                {
                    v[k] -= (float)(dot * u[k]);
                }
            }

            if (!SphericalKMeans.Normalize(v))
            {
                Array.Clear(v);
            }
        }

        return columns;
    }

    /// <summary>Cyclic Jacobi eigenvalue iteration for a small symmetric matrix.</summary>
    private static (double[] Values, double[,] Vectors) Jacobi(double[,] m, int n)
    {
        var v = new double[n, n];
        for (int i = 0; i < n; i++)
        {
            v[i, i] = 1;
        }

        for (int sweep = 0; sweep < 50; sweep++)
        {
            double off = 0;
            for (int p = 0; p < n; p++)
            {
                for (int r = p + 1; r < n; r++)
                {
                    off += m[p, r] * m[p, r];
                }
            }

            if (off < 1e-18)
            {
                break;
            }

            for (int p = 0; p < n; p++)
            {
                for (int r = p + 1; r < n; r++)
                {
                    if (Math.Abs(m[p, r]) < 1e-30)
                    {
                        continue;
                    }

                    double theta = (m[r, r] - m[p, p]) / (2 * m[p, r]);
                    double t = Math.Sign(theta == 0 ? 1 : theta) / (Math.Abs(theta) + Math.Sqrt((theta * theta) + 1));
                    double cos = 1 / Math.Sqrt((t * t) + 1), sin = t * cos;
                    for (int k = 0; k < n; k++)
                    {
                        double mkp = m[k, p], mkr = m[k, r];
                        m[k, p] = (cos * mkp) - (sin * mkr);
                        m[k, r] = (sin * mkp) + (cos * mkr);
                    }

                    for (int k = 0; k < n; k++)
                    {
                        double mpk = m[p, k], mrk = m[r, k];
                        m[p, k] = (cos * mpk) - (sin * mrk);
                        m[r, k] = (sin * mpk) + (cos * mrk);
                    }

                    for (int k = 0; k < n; k++)
                    {
                        double vkp = v[k, p], vkr = v[k, r];
                        v[k, p] = (cos * vkp) - (sin * vkr);
                        v[k, r] = (sin * vkp) + (cos * vkr);
                    }
                }
            }
        }

        var values = new double[n];
        for (int i = 0; i < n; i++)
        {
            values[i] = m[i, i];
        }

        return (values, v);
    }
}
