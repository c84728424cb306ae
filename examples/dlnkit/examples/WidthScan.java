package dlnkit.examples;

import dlnkit.image.ConjectureDecision;
import dlnkit.image.ConjectureResult;
import dlnkit.image.HessianCertificateVerifier;
import dlnkit.model.Widths;
import dlnkit.numeric.Tolerances;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides the main conjecture for every widths vector with entries in {@code 1..maxWidth} at one depth, checks each
 * failure certificate with the independent verifier, and prints the counts. A certificate "with the upper bound" is one
 * for widths where {@code dim closure(im delta) < T}: it proves the failure with the proven upper bound
 * {@code U >= dim closure(im delta)} (proofs-notes/10-upper-bounds.md). Run:
 * {@code java -cp target/dlnkit.jar dlnkit.examples.WidthScan DEPTH [MAX_WIDTH] [SEED]} (defaults: 5, 3, 1).
 */
public final class WidthScan {
    private WidthScan() {
    }

    /** Counts of one scan. */
    public record Counts(int widths, int fails, int certified, int verified, int undecided, List<String> examples, int withUpperBound) {
    }

    public static void main(String[] args) {
        int depth = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int maxWidth = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
        Counts c = run(System.out, depth, maxWidth, seed);
        // exit 0 only when every failure is certified and every certificate verified
        System.exit(c.fails() == c.certified() && c.verified() == c.certified() && c.undecided() == 0 ? 0 : 1);
    }

    public static Counts run(PrintStream out, int depth, int maxWidth, long seed) {
        int total = 0;
        int fails = 0;
        int certified = 0;
        int verified = 0;
        int undecided = 0;
        int withUpperBound = 0;
        List<String> examples = new ArrayList<>();
        for (Widths widths : Widths.allWithEntriesUpTo(depth, maxWidth)) {
            total++;
            ConjectureResult r = ConjectureDecision.decide(widths, seed, Tolerances.DEFAULT);
            if (r.verdict() == ConjectureResult.Verdict.FAILS) {
                fails++;
                if (r.certificate().isPresent()) {
                    certified++;
                    withUpperBound += r.certificate().get().upperBound().isPresent() ? 1 : 0;
                    verified += HessianCertificateVerifier.verify(r.certificate().get()).valid() ? 1 : 0;
                }
                if (examples.size() < 5) {
                    examples.add(widths + (r.certificate().isPresent()
                            ? r.certificate().get().upperBound().map(b -> " (certified with the upper bound U = " + b.value() + " < T = "
                                    + r.target() + ")").orElse(" (certified)")
                            : " (probabilistic: dim im delta " + r.fullDimension() + " not proved)"));
                }
            } else if (r.verdict() == ConjectureResult.Verdict.UNDECIDED) {
                undecided++;
            }
        }
        out.printf("depth %d, widths in {1..%d}, seed %d: %d widths vectors, %d fail (%d certified, %d of them with the upper bound,"
                + " %d certificates verified, %d probabilistic), %d undecided%n", depth, maxWidth, seed, total, fails, certified,
                withUpperBound, verified, fails - certified, undecided);
        examples.forEach(e -> out.println("  fails: " + e));
        return new Counts(total, fails, certified, verified, undecided, examples, withUpperBound);
    }
}
