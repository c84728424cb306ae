package dlnkit.examples;

import dlnkit.sampling.SampledDimension;
import dlnkit.sampling.SampledDimensionResult;
import dlnkit.sampling.SamplingComparison.Verdict;
import dlnkit.model.Widths;
import dlnkit.numeric.Tolerances;
import dlnkit.variety.ZeroConditions;
import java.io.PrintStream;
import java.util.Locale;

/**
 * dim closure(delta(V)) for path-zero subvarieties by two independent routes side by side: the orbit
 * method and the sampling route (Gauss-Newton projection onto V, rank of J_delta on the null space of
 * dF), with the comparison's verdict. Run:
 * {@code java -cp target/dlnkit.jar dlnkit.examples.SampledDimensions [seed [samples]]}.
 */
public final class SampledDimensions {
    private SampledDimensions() {
    }

    /** The cases: widths and conditions. */
    static final String[][] CASES = {
        {"2,2,2,2,2", "W4, W2"},
        {"2,2,2,2,2", "W4, W3W2"},
        {"2,2,2,2,2", "W3, W2W1"},
        {"2,2,2,2,2", "W4W3, W2"},
        {"2,2,2,2,2", "W3W2, W1"},
        {"3,3,3,3,3", "W4, W3W2"},
        {"3,3,3,3,3", "W4W3, W2"},
        {"2,2,2,2,2,2", "W5W4W3, W1"},
    };

    public static void main(String[] args) {
        long seed = args.length > 0 ? Long.parseLong(args[0]) : 1;
        int samples = args.length > 1 ? Integer.parseInt(args[1]) : SampledDimension.DEFAULT_SAMPLES;
        print(System.out, seed, samples);
    }

    /** Prints the table; returns the number of cases where the routes do not agree. */
    public static int print(PrintStream out, long seed, int samples) {
        out.printf("%-12s %-12s %5s %6s %7s %9s %s%n", "widths", "V", "T", "orbits", "sampled", "converged", "verdict");
        int disagreements = 0;
        for (String[] c : CASES) {
            Widths w = Widths.parse(c[0]);
            ZeroConditions v = ZeroConditions.parse(c[1], w.depth());
            SampledDimensionResult r = SampledDimension.compute(w, v, samples, seed, Tolerances.DEFAULT);
            disagreements += r.verdict() == Verdict.AGREE ? 0 : 1;
            out.printf(Locale.ROOT, "%-12s %-12s %5d %6d %7d %6d/%-2d %s%n", w, v, w.targetDimension(),
                    r.reference().exactDimension(), r.maxRank(), r.convergedCount(), samples, r.verdict());
        }
        out.println("seed " + seed + ", " + samples + " samples per case; cases where the routes disagree: " + disagreements);
        return disagreements;
    }
}
