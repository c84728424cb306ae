package dlnkit.exact;

import dlnkit.model.Checks;
import java.math.BigInteger;

/**
 * Arithmetic in the prime field {@code F_p} with {@code p = 2^61 - 1} (a Mersenne prime), so that
 * reduction of a 122-bit product needs only shifts and adds. Elements are {@code long}s in
 * {@code [0, p)}.
 *
 * <p>Why this is exact evidence: the delta map has integer coefficients, so at an integer point the
 * rank of its Jacobian mod {@code p} never exceeds the rank over {@code Q}; full rank mod {@code p}
 * proves full rank over {@code Q}. At a uniformly random point the rank mod {@code p} equals the
 * generic rank with probability at least {@code 1 - r/p}, {@code r} the generic rank
 * (Schwartz-Zippel: a nonzero {@code r x r} minor is a polynomial of degree {@code r}, as the
 * Jacobian's entries are linear in the point).
 *
 * <p>{@link PrimeField#M61} is this field as a value, for code that runs modulo more than one prime.
 */
public final class ModP {
    /** The prime {@code 2^61 - 1}. */
    public static final long P = (1L << 61) - 1;
    public static final BigInteger P_BIG = BigInteger.valueOf(P);

    private ModP() {
    }

    public static long add(long a, long b) {
        long s = a + b;
        return s >= P ? s - P : s;
    }

    public static long sub(long a, long b) {
        long s = a - b;
        return s < 0 ? s + P : s;
    }

    public static long neg(long a) {
        return a == 0 ? 0 : P - a;
    }

    public static long mul(long a, long b) {
        long hi = Math.multiplyHigh(a, b);
        long lo = a * b;
        // a*b = high * 2^61 + low with 2^61 = 1 (mod p)
        long low = lo & P;
        long high = (hi << 3) | (lo >>> 61);
        long s = low + high;
        s = (s & P) + (s >>> 61);
        return s >= P ? s - P : s;
    }

    public static long pow(long base, long exponent) {
        return PrimeField.M61.pow(base, exponent);
    }

    /** The inverse of a nonzero element (Fermat). */
    public static long inverse(long a) {
        Checks.require(a != 0, "modular inverse", "a nonzero element of F_p", 0);
        return pow(a, P - 2);
    }

    /** The residue of an integer. */
    public static long of(long v) {
        return Math.floorMod(v, P);
    }

    public static long of(BigInteger v) {
        return v.mod(P_BIG).longValueExact();
    }

    /** The image of the rational {@code num/den} in {@code F_p}; the denominator must not vanish mod p. */
    public static long of(BigInteger num, BigInteger den) {
        long d = of(den);
        Checks.require(d != 0, "rational " + num + "/" + den, "a denominator not divisible by p = " + P, den);
        return mul(of(num), inverse(d));
    }

    /** The symmetric lift of a residue to {@code (-p/2, p/2]}, for printing. */
    public static long signedLift(long a) {
        return a > P / 2 ? a - P : a;
    }
}
