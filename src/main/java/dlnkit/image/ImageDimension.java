package dlnkit.image;

import dlnkit.exact.BlockElimination;
import dlnkit.exact.ModP;
import dlnkit.model.Checks;
import dlnkit.model.DeltaMap;
import dlnkit.model.Network;
import dlnkit.model.Widths;
import dlnkit.numeric.BlockSvdRank;
import dlnkit.numeric.FloatRank;
import dlnkit.numeric.SvdRank;
import dlnkit.numeric.Tolerances;
import dlnkit.progress.ProgressListener;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * {@code dim closure(im delta)} as the generic rank of delta's Jacobian, by the exact route (rank
 * mod p by block elimination at a random integer point) and the float route (SVD at a random
 * Gaussian point). Both points come from one seed.
 */
public final class ImageDimension {
    /** Up to this many parameters the float route may use a dense SVD of the whole Jacobian. */
    public static final long DENSE_LIMIT = 600;

    /** Which float method to use. */
    public enum FloatMethod {
        /** dense SVD up to {@link #DENSE_LIMIT} parameters, block SVD above */
        AUTO,
        DENSE,
        BLOCK
    }

    private ImageDimension() {
    }

    /** A uniformly random point of {@code F_p^parameters}: residues in {@code [0, p)}, read as integers. */
    public static long[][][] randomExactPoint(Widths widths, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        long[][][] w = new long[widths.depth()][][];
        for (int t = 1; t <= widths.depth(); t++) {
            w[t - 1] = new long[widths.d(t)][widths.d(t - 1)];
            for (long[] row : w[t - 1]) {
                for (int c = 0; c < row.length; c++) {
                    row[c] = rng.nextLong(ModP.P);
                }
            }
        }
        return w;
    }

    /** A Gaussian point drawn from the seed (a stream separate from {@link #randomExactPoint}). */
    public static Network randomFloatPoint(Widths widths, long seed) {
        return Network.gaussian(widths, 1.0, new Random(seed ^ 0x5DEECE66DL));
    }

    public static ExactRank exactRank(Widths widths, long seed) {
        return exactRank(widths, randomExactPoint(widths, seed), seed, ProgressListener.NONE);
    }

    /** The rank mod p of delta's Jacobian at the integer point {@code w} (residues mod p). */
    public static ExactRank exactRank(Widths widths, long[][][] w, long seed, ProgressListener progress) {
        int rank = BlockElimination.rank(DeltaJacobian.stages(widths),
                s -> DeltaJacobian.exactStage(widths, w, s), progress);
        return new ExactRank(rank, widths.targetDimension(), widths.parameterCount(), ModP.P, seed,
                "block elimination mod p");
    }

    public static FloatRank floatRank(Network w, FloatMethod method, Tolerances tol) {
        long params = w.widths().parameterCount();
        boolean dense = switch (method) {
            case AUTO -> params <= DENSE_LIMIT;
            case DENSE -> true;
            case BLOCK -> false;
        };
        if (dense) {
            Checks.require(params <= 4 * DENSE_LIMIT, "dense SVD", "at most " + 4 * DENSE_LIMIT + " parameters", params);
            return SvdRank.of(DeltaMap.jacobian(w), tol);
        }
        return BlockSvdRank.rank(DeltaJacobian.stages(w.widths()), s -> DeltaJacobian.floatStage(w, s), tol);
    }

    /** Both routes at points drawn from {@code seed}. */
    public static DimensionResult dimension(Widths widths, long seed, FloatMethod method, Tolerances tol) {
        ExactRank exact = exactRank(widths, seed);
        FloatRank fr = floatRank(randomFloatPoint(widths, seed), method, tol);
        return new DimensionResult(widths, exact, fr, tol, seed);
    }
}
