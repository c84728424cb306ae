package dlnkit.symbolic;

import edu.jas.arith.BigRational;
import edu.jas.poly.GenPolynomial;
import java.util.ArrayList;
import java.util.List;

/**
 * A Singular script: {@code ring R = 0, (...), dp;}, then one declaration per item. The delta map
 * becomes {@code ring S} with the coordinates and {@code map deltaMap = S, deltaList;} defined in
 * {@code R} (a map from {@code S} to {@code R}); {@code preimage(R, deltaMap, V)} in {@code S} is the
 * ideal of {@code closure(delta(V))} (the kernel for {@code V = 0}), whose {@code dim(std(.))} is the
 * image dimension.
 */
final class SingularExport {
    private static final int TERMS_PER_LINE = 6;

    private SingularExport() {
    }

    static String write(ExportDocument doc) {
        StringBuilder sb = new StringBuilder();
        sb.append("// ").append(doc.title()).append('\n');
        for (String h : doc.header()) {
            sb.append("// ").append(h).append('\n');
        }
        sb.append("// Variables: wTrIcJ is entry (I,J) of W_T, dTrIcJ coordinate (I,J) of Delta_T, xrIcJ/yrIcJ/mrIcJ entries of X/Y/M;\n");
        sb.append("// rows and columns count from 1.\n");
        sb.append("ring R = 0, (").append(String.join(", ", doc.ring().getVars())).append("), dp;\n");
        for (ExportDocument.Item item : doc.items()) {
            sb.append("\n// ").append(item.description()).append('\n');
            if (item instanceof ExportDocument.Scalar s) {
                sb.append("poly ").append(s.name()).append(" = ").append(poly(s.poly())).append(";\n");
            } else if (item instanceof ExportDocument.PolyList l) {
                sb.append("ideal ").append(l.name()).append(" = ").append(polys(l.polys())).append(";\n");
            } else if (item instanceof ExportDocument.Matrix m) {
                sb.append("matrix ").append(m.name()).append('[').append(m.rows()).append("][")
                        .append(m.cols()).append("] =\n  ").append(polys(m.entries())).append(";\n");
            } else if (item instanceof ExportDocument.Ideal i) {
                sb.append("ideal ").append(i.name()).append(" = ").append(gens(i.generators())).append(";\n");
            } else if (item instanceof ExportDocument.IdealList l) {
                List<String> names = new ArrayList<>();
                int k = 1;
                for (ExportDocument.Ideal i : l.ideals()) {
                    String name = l.name() + k;
                    sb.append("// system ").append(k++).append(": ").append(i.description()).append('\n');
                    sb.append("ideal ").append(name).append(" = ").append(gens(i.generators())).append(";\n");
                    names.add(name);
                }
                sb.append("list ").append(l.name()).append(" = ").append(names.isEmpty() ? "list()" : String.join(", ", names)).append(";\n");
            } else if (item instanceof ExportDocument.DeltaMap d) {
                sb.append("ideal ").append(d.name()).append("List = ").append(polys(d.images())).append(";\n");
                sb.append("ring S = 0, (").append(String.join(", ", d.targetNames())).append("), dp;\n");
                sb.append("setring R;\n");
                sb.append("map ").append(d.name()).append(" = S, ").append(d.name()).append("List;\n");
                String v = d.subvarietyName();
                sb.append("setring S;\n");
                if (v != null) {
                    sb.append("ideal imageIdeal = preimage(R, ").append(d.name()).append(", ").append(v).append(");\n");
                    sb.append("// dim(std(imageIdeal)) is dim closure(delta(V))\n");
                } else {
                    sb.append("ideal imageIdeal = kernel(R, ").append(d.name()).append(");\n");
                    sb.append("// dim(std(imageIdeal)) is dim closure(im delta)\n");
                }
                sb.append("setring R;\n");
            }
        }
        return sb.toString();
    }

    private static String gens(List<GenPolynomial<BigRational>> gens) {
        return gens.isEmpty() ? "0" : polys(gens);
    }

    private static String polys(List<GenPolynomial<BigRational>> polys) {
        List<String> parts = new ArrayList<>();
        for (GenPolynomial<BigRational> p : polys) {
            parts.add(poly(p));
        }
        return String.join(",\n  ", parts);
    }

    private static String poly(GenPolynomial<BigRational> p) {
        return String.join("\n    ", PolyFormat.lines(PolyFormat.plainTerms(p), TERMS_PER_LINE));
    }
}
