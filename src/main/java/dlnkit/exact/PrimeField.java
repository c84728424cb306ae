package dlnkit.exact;

import dlnkit.model.Checks;
import java.math.BigInteger;
import java.util.SplittableRandom;

/**
 * A prime field {@code F_p} as a small immutable value, so that the same elimination can run modulo two different
 * primes. Elements are {@code long}s in {@code [0, p)}.
 *
 * <p>Two kinds of prime are accepted: {@code 2^61 - 1} ({@link #M61}, whose products are reduced by
 * {@link ModP#mul}, shifts and adds), and any prime below {@code 2^31}: a product of two elements is below
 * {@code 2^62} and fits a {@code long}; it is reduced by two folds when the prime is a Mersenne prime
 * {@code 2^k - 1} ({@code 2^k = 1}), else by one remainder. {@link #M31} ({@code 2^31 - 1}) is the second route's
 * field of the conjecture decision.
 *
 * <p>The same reasons make a rank mod {@code p} exact evidence for every such prime (see {@link ModP}): at a point
 * the rank mod {@code p} never exceeds the generic rank over {@code Q}, and at a uniform random point of
 * {@code F_p^n} it is the generic rank except with probability at most {@code degree / p} (Schwartz-Zippel).
 */
public final class PrimeField {
    /** The field of the main route, {@code p = 2^61 - 1}: the same arithmetic as {@link ModP}. */
    public static final PrimeField M61 = new PrimeField(ModP.P);
    /** {@code p = 2^31 - 1}, a Mersenne prime below {@code 2^31}: the field of the conjecture decision's second route. */
    public static final PrimeField M31 = new PrimeField((1L << 31) - 1);

    private final long p;
    private final boolean mersenne61;
    /** {@code k} when {@code p = 2^k - 1 < 2^31}, else 0. */
    private final int mersenneBits;
    private final BigInteger pBig;

    private PrimeField(long p) {
        this.p = p;
        this.mersenne61 = p == ModP.P;
        this.mersenneBits = !mersenne61 && (p & (p + 1)) == 0 ? Long.bitCount(p) : 0;
        this.pBig = BigInteger.valueOf(p);
    }

    /** The field of the prime {@code p}: {@code 2^61 - 1}, or a prime {@code 2 <= p < 2^31}. */
    public static PrimeField forPrime(long p) {
        if (p == ModP.P) {
            return M61;
        }
        Checks.require(p >= 2 && p < (1L << 31) && BigInteger.valueOf(p).isProbablePrime(64), "prime",
                "2^61 - 1 or a prime below 2^31", p);
        return p == M31.p ? M31 : new PrimeField(p);
    }

    /** The prime. */
    public long p() {
        return p;
    }

    /** True for {@code 2^61 - 1}, whose arithmetic is {@link ModP}'s (hot loops branch on this once, outside the loop). */
    public boolean isMersenne61() {
        return mersenne61;
    }

    public BigInteger pBig() {
        return pBig;
    }

    /** {@code "2^61-1"}, {@code "2^31-1"} or the decimal prime, for output. */
    public String label() {
        if (p == ModP.P) {
            return "2^61-1";
        }
        return p == (1L << 31) - 1 ? "2^31-1" : Long.toString(p);
    }

    public long add(long a, long b) {
        long s = a + b;
        return s >= p ? s - p : s;
    }

    public long sub(long a, long b) {
        long s = a - b;
        return s < 0 ? s + p : s;
    }

    public long neg(long a) {
        return a == 0 ? 0 : p - a;
    }

    public long mul(long a, long b) {
        // kept small so that it inlines in every hot loop: 2^61 - 1 folds the 122-bit product
        return mersenne61 ? ModP.mul(a, b) : mulBelow31(a, b);
    }

    private long mulBelow31(long a, long b) {
        long x = a * b; // below p^2 < 2^62
        if (mersenneBits == 0) {
            return x % p;
        }
        // x = hi 2^k + lo = hi + lo (mod 2^k - 1): below 2^(k+1) after one fold, below 2^k + 2 after two
        x = (x & p) + (x >>> mersenneBits);
        x = (x & p) + (x >>> mersenneBits);
        return x >= p ? x - p : x;
    }

    public long pow(long base, long exponent) {
        long result = 1 % p;
        long b = base;
        long e = exponent;
        while (e > 0) {
            if ((e & 1) == 1) {
                result = mul(result, b);
            }
            b = mul(b, b);
            e >>= 1;
        }
        return result;
    }

    /** The inverse of a nonzero element (Fermat). */
    public long inverse(long a) {
        Checks.require(a != 0, "modular inverse", "a nonzero element of F_p", 0);
        return pow(a, p - 2);
    }

    /** The residue of an integer. */
    public long of(long v) {
        return Math.floorMod(v, p);
    }

    public long of(BigInteger v) {
        return v.mod(pBig).longValueExact();
    }

    /** A uniform element, {@code rng.nextLong(p)} (the draw {@link ModP}'s callers always made). */
    public long random(SplittableRandom rng) {
        return rng.nextLong(p);
    }

    /** Fields are equal when their primes are. */
    @Override
    public boolean equals(Object o) {
        return o instanceof PrimeField other && other.p == p;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(p);
    }

    @Override
    public String toString() {
        return "F_p, p = " + label();
    }
}
