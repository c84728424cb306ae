package dlnkit.census;

import dlnkit.certificate.CertificateFiles;
import dlnkit.conjecture.ConjectureResult;
import dlnkit.certificate.HessianCertificateVerifier;
import dlnkit.model.Widths;
import java.util.Locale;

/**
 * One row of the census table {@code results} (docs/census.md): the decision of the main conjecture for one reversal
 * class of widths vectors. Every field except {@link #seconds()} is a function of the widths and the seed alone, so a
 * census gives the same rows on any number of threads or shards.
 *
 * @param widths the representative vector ({@code "2,1,2,2,1,1"})
 * @param depth {@code N}
 * @param multiplicity how many vectors of the family the row stands for (2 when the reverse is a different member)
 * @param notion the reading of {@code A_H}: {@code fixed} (the data {@code X, Y} fixed with {@code X Y^T = M} of full
 *     rank, as in docs/math.md section 3)
 * @param verdict {@code holds}, {@code fails} or {@code undecided}
 * @param target {@code T}
 * @param dimImDelta {@code dim closure(im delta)}
 * @param dimDeltaAh {@code dim closure(delta(A_H))}, null when {@code A_H} is empty
 * @param floatRank the float rank at the best stratum, null when {@code A_H} is empty
 * @param evidence {@code certified} (a failure whose certificate the independent verifier accepted), {@code exact}
 *     ({@code A_H} is empty: decided by the enumeration, no rank involved), {@code probabilistic} (exact ranks mod p at
 *     random points: wrong with probability at most {@link #errorBound()}), {@code none} (undecided)
 * @param errorBound the probability bound of a probabilistic verdict, 0 otherwise
 * @param strataTotal the number of strata when counted, else null
 * @param strataEvaluated strata whose rank was computed
 * @param stratum the best stratum (the failing one for a failure), null when {@code A_H} is empty
 * @param certificate the failure certificate (JSON, {@code dlnkit verify} reads it), null when none
 * @param certificateValid whether the verifier accepted it (null when there is none)
 * @param seed the seed
 * @param seconds wall time of the decision (the only field that varies between runs)
 * @param version the dlnkit version
 */
public record CensusRow(String widths, int depth, int multiplicity, String notion, String verdict, long target, int dimImDelta,
        Integer dimDeltaAh, Integer floatRank, String evidence, double errorBound, Long strataTotal, long strataEvaluated,
        StratumWords stratum, String certificate, Boolean certificateValid, long seed, double seconds, String version) {

    public static final String NOTION_FIXED = "fixed";

    /** The row of a decision. */
    public static CensusRow of(ConjectureResult r, int multiplicity, double seconds, String version) {
        Widths w = r.widths();
        String verdict = r.verdict().name().toLowerCase(Locale.ROOT);
        Boolean valid = r.certificate().map(c -> HessianCertificateVerifier.verify(c).valid()).orElse(null);
        String evidence;
        double bound = 0;
        if (r.verdict() == ConjectureResult.Verdict.UNDECIDED) {
            evidence = "none";
        } else if (Boolean.TRUE.equals(valid) && r.verdict() == ConjectureResult.Verdict.FAILS) {
            evidence = "certified";
        } else if (r.emptyHessianVariety()) {
            evidence = "exact";
        } else {
            evidence = "probabilistic";
            bound = r.errorBound();
        }
        return new CensusRow(w.toString(), w.depth(), multiplicity, NOTION_FIXED, verdict, r.target(), r.fullDimension(),
                r.emptyHessianVariety() ? null : r.exactDimension(), r.floatRank().map(f -> f.rank()).orElse(null), evidence, bound,
                r.strataTotal().orElse(null), r.strataEvaluated(), r.bestStratum().map(StratumWords::of).orElse(null),
                r.certificate().map(CertificateFiles::toJson).orElse(null), valid, r.seed(), seconds, version);
    }

    public Widths parsedWidths() {
        return Widths.parse(widths);
    }
}
