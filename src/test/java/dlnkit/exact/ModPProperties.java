package dlnkit.exact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

class ModPProperties {
    private static final BigInteger P = BigInteger.valueOf(ModP.P);

    @Property
    void mulAgreesWithBigInteger(@ForAll @LongRange(min = 0, max = ModP.P - 1) long a,
            @ForAll @LongRange(min = 0, max = ModP.P - 1) long b) {
        long expected = BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)).mod(P).longValueExact();
        assertEquals(expected, ModP.mul(a, b));
    }

    @Property
    void addAndSubAgreeWithBigInteger(@ForAll @LongRange(min = 0, max = ModP.P - 1) long a,
            @ForAll @LongRange(min = 0, max = ModP.P - 1) long b) {
        assertEquals(BigInteger.valueOf(a).add(BigInteger.valueOf(b)).mod(P).longValueExact(), ModP.add(a, b));
        assertEquals(BigInteger.valueOf(a).subtract(BigInteger.valueOf(b)).mod(P).longValueExact(), ModP.sub(a, b));
    }

    @Property
    void inverseIsAnInverse(@ForAll @LongRange(min = 1, max = ModP.P - 1) long a) {
        assertEquals(1, ModP.mul(a, ModP.inverse(a)));
        assertEquals(BigInteger.valueOf(a).modInverse(P).longValueExact(), ModP.inverse(a));
    }
}
