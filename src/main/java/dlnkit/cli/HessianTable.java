package dlnkit.cli;

import dlnkit.progress.ProgressListener;
import dlnkit.hessian.HessianAgreement;
import dlnkit.model.Widths;
import dlnkit.numeric.Tolerances;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The agreement table of {@code dlnkit hessian} (data fixed): per widths vector, how many structured random integer
 * points the cyclic pair rule puts in {@code A_H}, and on how many it agrees with the exact gradient and Hessian (and
 * with floating point where that is conclusive).
 *
 * @param seed the seed; sample {@code k} of widths {@code w} uses {@code seed * 1000003 + depth * 10007 + k}
 * @param rows one row per widths vector
 * @param disagreements the first disagreements, described (at most {@link #MAX_LISTED})
 */
record HessianTable(long seed, List<HessianTable.Row> rows, List<String> disagreements) {
    /** At most this many disagreements are described. */
    static final int MAX_LISTED = 20;

    /**
     * One widths vector.
     *
     * @param widths the widths
     * @param samples the points checked
     * @param inside points the pair rule puts in A_H
     * @param agree points where the rule, the definition and (where conclusive) floating point agree
     * @param floatInconclusive points where the float answer could not separate an integer entry from 0
     */
    record Row(Widths widths, int samples, int inside, int agree, int floatInconclusive) {
        Row {
            dlnkit.model.Checks.require(inside >= 0 && inside <= samples && agree >= 0 && agree <= samples
                    && floatInconclusive >= 0 && floatInconclusive <= samples, "row", "counts between 0 and the samples", samples);
        }

        int outside() {
            return samples - inside;
        }

        int disagree() {
            return samples - agree;
        }
    }

    HessianTable {
        rows = List.copyOf(rows);
        disagreements = List.copyOf(disagreements);
    }

    /** Checks {@code samples} points for each widths vector; {@code progress} receives the points checked so far. */
    static HessianTable compute(List<Widths> cases, int samples, long seed, ProgressListener progress) {
        List<Row> rows = new ArrayList<>();
        List<String> disagreements = new ArrayList<>();
        long done = 0;
        for (Widths w : cases) {
            int inside = 0;
            int agree = 0;
            int inconclusive = 0;
            for (int k = 0; k < samples; k++) {
                long s = seed * 1_000_003L + w.depth() * 10_007L + k;
                HessianAgreement.Sample sample = HessianAgreement.check(w, s, Tolerances.DEFAULT);
                inside += sample.rule() ? 1 : 0;
                agree += sample.agree() ? 1 : 0;
                inconclusive += sample.numericConclusive() ? 0 : 1;
                if (!sample.agree() && disagreements.size() < MAX_LISTED) {
                    disagreements.add(String.format(Locale.ROOT, "widths %s, sample seed %d, orbit %s: rule %b, definition %b, numeric %b",
                            w, s, sample.orbit(), sample.rule(), sample.definition(), sample.numeric()));
                }
                progress.update(++done, (long) cases.size() * samples);
            }
            rows.add(new Row(w, samples, inside, agree, inconclusive));
        }
        return new HessianTable(seed, rows, disagreements);
    }

    /** Points checked in all. */
    long samples() {
        return rows.stream().mapToLong(Row::samples).sum();
    }

    /** Points in A_H by the pair rule, in all. */
    long inside() {
        return rows.stream().mapToLong(Row::inside).sum();
    }

    /** Points where everything agreed, in all. */
    long agree() {
        return rows.stream().mapToLong(Row::agree).sum();
    }

    /** Every point agreed. */
    boolean fullAgreement() {
        return agree() == samples();
    }
}
