package dlnkit.symbolic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.jas.arith.BigRational;
import edu.jas.poly.GenPolynomial;
import edu.jas.poly.GenPolynomialRing;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;

class JasTest {
    static Algebra algebra() {
        return new Algebra(Symja.shared(), Deadline.after(Duration.ofSeconds(60), "test sizes"));
    }

    @Test
    void blockOrderEliminatesTheLastNames() {
        // x = t^2, y = t^3: eliminating t must leave x^3 - y^2
        GenPolynomialRing<BigRational> ring = Jas.eliminationRing(List.of("x", "y"), List.of("t"));
        GenPolynomial<BigRational> x = Jas.variable(ring, "x");
        GenPolynomial<BigRational> y = Jas.variable(ring, "y");
        GenPolynomial<BigRational> t = Jas.variable(ring, "t");
        List<GenPolynomial<BigRational>> gb = EliminationDimension.groebnerBasis(
                List.of(x.subtract(t.power(2)), y.subtract(t.power(3))));
        GenPolynomial<BigRational> expected = x.power(3).subtract(y.power(2));
        boolean found = false;
        for (GenPolynomial<BigRational> g : gb) {
            if (Jas.exponent(g.leadingExpVector(), 2) == 0) {
                // an element free of t: every term must be free of t (elimination property)
                for (edu.jas.poly.Monomial<BigRational> m : g) {
                    assertEquals(0, Jas.exponent(m.exponent(), 2), "a t-free leading term implies a t-free polynomial");
                }
                found |= g.monic().equals(expected.monic());
            }
        }
        assertTrue(found, "x^3 - y^2 in the elimination ideal, got " + gb);
    }

    @Test
    void symjaPolynomialsConvertTermByTerm() {
        Algebra alg = algebra();
        IExpr a = Names.symbol("w1r1c1");
        IExpr b = Names.symbol("w1r1c2");
        IExpr e = alg.expand(F.Power(F.Plus(a, F.Times(F.QQ(3, 2), b), F.CN1), F.ZZ(3)), "test");
        GenPolynomialRing<BigRational> ring = Jas.ring(List.of("w1r1c1", "w1r1c2"));
        GenPolynomial<BigRational> p = Jas.toJas(e, ring);
        GenPolynomial<BigRational> x = Jas.variable(ring, "w1r1c1");
        GenPolynomial<BigRational> y = Jas.variable(ring, "w1r1c2");
        GenPolynomial<BigRational> expected = x.sum(y.multiply(new BigRational(3, 2))).subtract(ring.getONE()).power(3);
        assertEquals(expected, p);
        assertEquals(10, p.length());
    }

    @Test
    void nonPolynomialExpressionsAreRejected() {
        GenPolynomialRing<BigRational> ring = Jas.ring(List.of("w1r1c1"));
        assertThrows(IllegalStateException.class, () -> Jas.toJas(F.Sin(Names.symbol("w1r1c1")), ring));
        assertThrows(IllegalStateException.class, () -> Jas.toJas(F.Power(Names.symbol("w1r1c1"), F.CN1), ring));
        assertThrows(IllegalStateException.class, () -> Jas.toJas(Names.symbol("w9r9c9"), ring));
    }

    @Test
    void transferKeepsTermsByName() {
        GenPolynomialRing<BigRational> small = Jas.ring(List.of("a", "b"));
        GenPolynomialRing<BigRational> big = Jas.eliminationRing(List.of("b", "c"), List.of("a"));
        GenPolynomial<BigRational> p = Jas.variable(small, "a").power(2).multiply(Jas.variable(small, "b"))
                .sum(new BigRational(-5));
        GenPolynomial<BigRational> q = Jas.transfer(p, big);
        assertEquals(Jas.variable(big, "a").power(2).multiply(Jas.variable(big, "b")).sum(new BigRational(-5)), q);
        assertEquals(p, Jas.transfer(q, small));
    }
}
