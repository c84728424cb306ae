package dlnkit.symbolic;

import edu.jas.arith.BigRational;
import edu.jas.poly.GenPolynomial;
import edu.jas.poly.Monomial;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Writes a JAS polynomial term by term in one of two notations: plain ({@code 3/2*w1r1c1^2*w2r1c1 - 4},
 * read by Macaulay2, Singular and Symja alike) or LaTeX ({@code \tfrac{3}{2} w_{1,1,1}^{2} w_{2,1,1} - 4}).
 * Terms come in the ring's order; long polynomials are split into lines of at most a given number of
 * terms.
 */
final class PolyFormat {
    private PolyFormat() {
    }

    /** The terms, each with its sign: the first as {@code "-3*x"} or {@code "3*x"}, later ones as {@code "- 3*x"} / {@code "+ 3*x"}. */
    static List<String> plainTerms(GenPolynomial<BigRational> p) {
        return terms(p, false, UnaryOperator.identity());
    }

    static List<String> latexTerms(GenPolynomial<BigRational> p) {
        return terms(p, true, Names::latex);
    }

    /** The whole polynomial on one line, plain. */
    static String plain(GenPolynomial<BigRational> p) {
        return String.join(" ", plainTerms(p));
    }

    /** Groups terms into lines of at most {@code perLine} terms. */
    static List<String> lines(List<String> terms, int perLine) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < terms.size(); i += perLine) {
            out.add(String.join(" ", terms.subList(i, Math.min(terms.size(), i + perLine))));
        }
        return out;
    }

    /**
     * Groups LaTeX terms into lines whose printed width stays below {@code budget} (a rough count of
     * characters, subscripts at 0.6), so that a line fits the text width of an article page.
     */
    static List<String> latexLines(List<String> terms, double budget) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        double width = 0;
        for (String t : terms) {
            double w = latexWidth(t);
            if (line.length() > 0 && width + w > budget) {
                out.add(line.toString());
                line.setLength(0);
                width = 0;
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(t);
            width += w + 1;
        }
        out.add(line.toString());
        return out;
    }

    /** A rough printed width of a LaTeX term: characters outside braces count 1, inside sub- and superscripts 0.6. */
    static double latexWidth(String t) {
        double w = 0;
        int depth = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (c == '\\') {
                while (i + 1 < t.length() && Character.isLetter(t.charAt(i + 1))) {
                    i++;
                }
            } else if (c != '_' && c != '^' && c != ' ') {
                w += depth > 0 ? 0.6 : 1;
            }
        }
        return w;
    }

    private static List<String> terms(GenPolynomial<BigRational> p, boolean latex, UnaryOperator<String> varName) {
        List<String> out = new ArrayList<>();
        if (p.isZERO()) {
            out.add("0");
            return out;
        }
        String[] vars = p.ring.getVars();
        for (Monomial<BigRational> m : p) {
            BigRational c = m.coefficient();
            boolean negative = c.signum() < 0;
            BigInteger num = c.numerator().abs();
            BigInteger den = c.denominator();
            List<String> factors = new ArrayList<>();
            for (int k = 0; k < vars.length; k++) {
                long e = Jas.exponent(m.exponent(), k);
                if (e == 0) {
                    continue;
                }
                String v = varName.apply(vars[k]);
                if (e == 1) {
                    factors.add(v);
                } else {
                    factors.add(latex ? v + "^{" + e + "}" : v + "^" + e);
                }
            }
            boolean unit = num.equals(BigInteger.ONE) && den.equals(BigInteger.ONE);
            String coefficient;
            if (den.equals(BigInteger.ONE)) {
                coefficient = num.toString();
            } else {
                coefficient = latex ? "\\tfrac{" + num + "}{" + den + "}" : num + "/" + den;
            }
            String body;
            if (factors.isEmpty()) {
                body = coefficient;
            } else if (unit) {
                body = String.join(latex ? " " : "*", factors);
            } else {
                body = coefficient + (latex ? " " : "*") + String.join(latex ? " " : "*", factors);
            }
            if (out.isEmpty()) {
                out.add(negative ? "-" + body : body);
            } else {
                out.add((negative ? "- " : "+ ") + body);
            }
        }
        return out;
    }
}
