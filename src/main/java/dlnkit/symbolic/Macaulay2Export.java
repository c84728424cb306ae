package dlnkit.symbolic;

import edu.jas.arith.BigRational;
import edu.jas.poly.GenPolynomial;
import java.util.ArrayList;
import java.util.List;

/**
 * A Macaulay2 script: {@code R = QQ[...]}, then one assignment per item. The delta map becomes
 * {@code S = QQ[d...]} and {@code delta = map(R, S, deltaList)} (a map from {@code S} to {@code R}, as
 * Macaulay2 writes maps), so that {@code dim ker delta} is {@code dim closure(im delta)}; with a
 * subvariety ideal {@code V}, {@code deltaV = map(R/V, S, ...)} and {@code dim ker deltaV} is
 * {@code dim closure(delta(V))}. Every polynomial is written inside brackets, so line breaks are safe.
 */
final class Macaulay2Export {
    private static final int TERMS_PER_LINE = 6;

    private Macaulay2Export() {
    }

    static String write(ExportDocument doc) {
        StringBuilder sb = new StringBuilder();
        sb.append("-- ").append(doc.title()).append('\n');
        for (String h : doc.header()) {
            sb.append("-- ").append(h).append('\n');
        }
        sb.append("-- Variables: wTrIcJ is entry (I,J) of W_T, dTrIcJ coordinate (I,J) of Delta_T, xrIcJ/yrIcJ/mrIcJ entries of X/Y/M;\n");
        sb.append("-- rows and columns count from 1.\n");
        sb.append("R = QQ[").append(String.join(", ", doc.ring().getVars())).append("];\n");
        for (ExportDocument.Item item : doc.items()) {
            sb.append("\n-- ").append(item.description()).append('\n');
            if (item instanceof ExportDocument.Scalar s) {
                sb.append(s.name()).append(" = ").append(paren(s.poly(), "  ")).append(";\n");
            } else if (item instanceof ExportDocument.PolyList l) {
                sb.append(l.name()).append(" = ").append(list(l.polys(), "{", "}")).append(";\n");
            } else if (item instanceof ExportDocument.Matrix m) {
                List<String> rows = new ArrayList<>();
                for (int i = 0; i < m.rows(); i++) {
                    List<GenPolynomial<BigRational>> row = new ArrayList<>();
                    for (int j = 0; j < m.cols(); j++) {
                        row.add(m.get(i, j));
                    }
                    rows.add(list(row, "{", "}"));
                }
                sb.append(m.name()).append(" = matrix{\n  ").append(String.join(",\n  ", rows)).append("};\n");
            } else if (item instanceof ExportDocument.Ideal i) {
                sb.append(i.name()).append(" = ").append(ideal(i.generators())).append(";\n");
            } else if (item instanceof ExportDocument.IdealList l) {
                List<String> ideals = new ArrayList<>();
                int k = 1;
                for (ExportDocument.Ideal i : l.ideals()) {
                    ideals.add("-- system " + k++ + ": " + i.description() + "\n  " + ideal(i.generators()));
                }
                sb.append(l.name()).append(" = {\n  ").append(String.join(",\n  ", ideals)).append("};\n");
            } else if (item instanceof ExportDocument.DeltaMap d) {
                sb.append(d.name()).append("List = ").append(list(d.images(), "{", "}")).append(";\n");
                sb.append("S = QQ[").append(String.join(", ", d.targetNames())).append("];\n");
                sb.append("use R;\n");
                sb.append(d.name()).append(" = map(R, S, ").append(d.name()).append("List);\n");
                sb.append("-- dim ker ").append(d.name()).append(" is dim closure(im delta)\n");
                if (d.subvarietyName() != null) {
                    String v = d.subvarietyName();
                    sb.append(d.name()).append("V = map(R/").append(v).append(", S, apply(").append(d.name())
                            .append("List, f -> sub(f, R/").append(v).append(")));\n");
                    sb.append("-- dim ker ").append(d.name()).append("V is dim closure(delta(V)); or, numerically:\n");
                    sb.append("-- needsPackage \"NumericalImplicitization\"; RC = CC(monoid R);\n");
                    sb.append("-- numericalImageDim(apply(").append(d.name()).append("List, f -> sub(f, RC)), sub(")
                            .append(v).append(", RC))\n");
                }
            }
        }
        return sb.toString();
    }

    private static String ideal(List<GenPolynomial<BigRational>> gens) {
        return gens.isEmpty() ? "ideal(0_R)" : "ideal" + list(gens, "(", ")");
    }

    private static String list(List<GenPolynomial<BigRational>> polys, String open, String close) {
        List<String> parts = new ArrayList<>();
        for (GenPolynomial<BigRational> p : polys) {
            parts.add(String.join("\n    ", PolyFormat.lines(PolyFormat.plainTerms(p), TERMS_PER_LINE)));
        }
        return open + String.join(",\n  ", parts) + close;
    }

    private static String paren(GenPolynomial<BigRational> p, String indent) {
        return "(" + String.join("\n" + indent, PolyFormat.lines(PolyFormat.plainTerms(p), TERMS_PER_LINE)) + ")";
    }
}
