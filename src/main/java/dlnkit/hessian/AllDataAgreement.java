package dlnkit.hessian;

import dlnkit.image.OrbitPoints;

import dlnkit.model.Widths;
import dlnkit.hessian.AllDataHessianVariety;
import dlnkit.variety.Orbit;
import dlnkit.variety.ZeroConditions;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * Membership in {@code A_H^all} decided three ways at structured random integer points: by the three-blocks rule
 * ({@link AllDataHessianVariety}, exact products), by the definition for every data (exact gradient and Hessian on the
 * spanning family of {@link AllDataLoss}), and at {@link #RANDOM_DATA} random integer data sets (exact). Half of the
 * points lie on a random orbit of a random component, a quarter are such points with one entry changed by one (just
 * off the component), a quarter lie on random orbits (zero and rank-deficient layers), so both answers occur.
 */
public final class AllDataAgreement {
    /** Random data sets per point. */
    public static final int RANDOM_DATA = 3;
    /** Entries of the random data are uniform in {@code [-bound, bound]}. */
    public static final int DATA_BOUND = 9;

    private AllDataAgreement() {
    }

    /**
     * One sample point and its verdicts.
     *
     * @param kind "component", "off component" or "random orbit"
     * @param rule the three-blocks rule
     * @param definition gradient and Hessian vanish for every data (exact, spanning family)
     * @param randomData gradient and Hessian vanish at each of the random data sets (exact)
     * @param seed the sample's seed
     */
    public record Sample(String kind, boolean rule, boolean definition, boolean randomData, long seed) {
        /**
         * The rule agrees with the definition, and the random data do not contradict it: inside, the gradient and
         * Hessian must vanish at every data; outside, random data may miss a nonzero polynomial only by chance
         * ({@link #randomDataMissed()}), which is not a disagreement.
         */
        public boolean agree() {
            return rule == definition && (!definition || randomData);
        }

        /** Outside, yet the random data all gave zero: a chance event of a nonzero polynomial vanishing there. */
        public boolean randomDataMissed() {
            return !definition && randomData;
        }
    }

    public static Sample check(Widths widths, long seed) {
        // consecutive sample seeds give correlated first draws of java.util.Random: mix the seed first
        SplittableRandom srng = new SplittableRandom(seed);
        Random rng = new Random(srng.nextLong());
        int n = widths.depth();
        List<ZeroConditions> components = AllDataHessianVariety.components(n);
        int kind = rng.nextInt(4);
        String name;
        BigInteger[][][] p;
        if (kind <= 1 && !components.isEmpty()) {
            ZeroConditions v = components.get(rng.nextInt(components.size()));
            Orbit o = Orbit.random(widths, v, 0.3 + 0.7 * rng.nextDouble(), rng);
            p = AllDataLoss.oneBased(OrbitPoints.integer(o, srng));
            name = "component";
            if (kind == 1) {
                int t = 1 + rng.nextInt(n);
                int r = rng.nextInt(widths.d(t));
                int c = rng.nextInt(widths.d(t - 1));
                p[t][r][c] = p[t][r][c].add(BigInteger.valueOf(rng.nextBoolean() ? 1 : -1));
                name = "off component";
            }
        } else {
            p = AllDataLoss.oneBased(OrbitPoints.integer(Orbit.random(widths, 0.2 + 0.7 * rng.nextDouble(), rng), srng));
            name = "random orbit";
        }
        List<AllDataLoss.Data> data = new ArrayList<>();
        for (int i = 0; i < RANDOM_DATA; i++) {
            data.add(AllDataLoss.randomData(widths, 1 + rng.nextInt(widths.d(0) + 2), DATA_BOUND, srng));
        }
        boolean rule = AllDataLoss.rule(widths, p).contained();
        return new Sample(name, rule, AllDataLoss.vanishForAllData(widths, p), AllDataLoss.vanishFor(widths, p, data), seed);
    }
}
