package dlnkit.symbolic;

import edu.jas.arith.BigRational;
import edu.jas.poly.GenPolynomial;
import java.util.List;

/** Plain text for a person: every item with its description, each polynomial on one line. */
final class TextExport {
    private TextExport() {
    }

    static String write(ExportDocument doc) {
        StringBuilder sb = new StringBuilder();
        sb.append(doc.title()).append('\n');
        for (String h : doc.header()) {
            sb.append("  ").append(h).append('\n');
        }
        sb.append("  ring: Q[").append(String.join(", ", doc.ring().getVars())).append("]\n");
        for (ExportDocument.Item item : doc.items()) {
            sb.append('\n').append(item.description()).append('\n');
            if (item instanceof ExportDocument.Scalar s) {
                sb.append("  ").append(s.name()).append(" = ").append(PolyFormat.plain(s.poly())).append('\n');
            } else if (item instanceof ExportDocument.PolyList l) {
                for (int i = 0; i < l.polys().size(); i++) {
                    sb.append("  ").append(l.labels().get(i)).append(" = ").append(PolyFormat.plain(l.polys().get(i))).append('\n');
                }
            } else if (item instanceof ExportDocument.Matrix m) {
                for (int i = 0; i < m.rows(); i++) {
                    for (int j = m.symmetric() ? i : 0; j < m.cols(); j++) {
                        sb.append("  ").append(m.name()).append('[').append(m.rowLabels().get(i)).append(", ")
                                .append(m.rowLabels().get(j)).append("] = ").append(PolyFormat.plain(m.get(i, j))).append('\n');
                    }
                }
            } else if (item instanceof ExportDocument.Ideal i) {
                ideal(sb, "  ", i.generators());
            } else if (item instanceof ExportDocument.IdealList l) {
                int k = 1;
                for (ExportDocument.Ideal i : l.ideals()) {
                    sb.append("  system ").append(k++).append(": ").append(i.description()).append('\n');
                    ideal(sb, "    ", i.generators());
                }
            } else if (item instanceof ExportDocument.DeltaMap d) {
                for (int i = 0; i < d.images().size(); i++) {
                    sb.append("  ").append(d.targetNames().get(i)).append(" = ").append(PolyFormat.plain(d.images().get(i))).append('\n');
                }
            }
        }
        return sb.toString();
    }

    private static void ideal(StringBuilder sb, String indent, List<GenPolynomial<BigRational>> gens) {
        if (gens.isEmpty()) {
            sb.append(indent).append("(the zero ideal)\n");
        }
        for (GenPolynomial<BigRational> g : gens) {
            sb.append(indent).append(PolyFormat.plain(g)).append(" = 0\n");
        }
    }
}
