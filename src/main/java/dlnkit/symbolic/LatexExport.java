package dlnkit.symbolic;

import edu.jas.arith.BigRational;
import edu.jas.poly.GenPolynomial;
import java.util.ArrayList;
import java.util.List;

/**
 * A standalone LaTeX document (article class, amsmath only): every item in an {@code align*}
 * environment, long polynomials broken after every few terms, variables as {@code w_{t,r,c}}.
 */
final class LatexExport {
    /** The printed width of one line, in {@link PolyFormat#latexWidth} units. */
    private static final double LINE_WIDTH = 52;

    private LatexExport() {
    }

    static String write(ExportDocument doc) {
        StringBuilder sb = new StringBuilder();
        sb.append("\\documentclass{article}\n\\usepackage{amsmath}\n\\allowdisplaybreaks\n\\begin{document}\n\n");
        sb.append("\\section*{").append(escape(doc.title())).append("}\n\n");
        for (String h : doc.header()) {
            sb.append(escape(h)).append("\\\\\n");
        }
        sb.append("Variables: $w_{t,r,c}$ is entry $(r,c)$ of $W_t$; $\\delta_{t,i,j}$ is coordinate $(i,j)$ of $\\Delta_t$; "
                + "$x_{r,c}$, $y_{r,c}$, $m_{r,c}$ are entries of $X$, $Y$, $M = XY^T$. Rows and columns count from 1.\n");
        for (ExportDocument.Item item : doc.items()) {
            sb.append("\n\\subsection*{").append(escape(item.description())).append("}\n");
            if (item instanceof ExportDocument.Scalar s) {
                align(sb, List.of(s.latexName()), List.of(s.poly()), "&= ");
            } else if (item instanceof ExportDocument.PolyList l) {
                align(sb, l.latexLabels(), l.polys(), "&= ");
            } else if (item instanceof ExportDocument.Matrix m) {
                sb.append("\\begin{align*}\n");
                boolean first = true;
                for (int i = 0; i < m.rows(); i++) {
                    for (int j = m.symmetric() ? i : 0; j < m.cols(); j++) {
                        if (!first) {
                            sb.append(" \\\\\n");
                        }
                        first = false;
                        String label = m.latexRowLabels().get(i) + "\\," + m.latexRowLabels().get(j);
                        entry(sb, label, m.get(i, j), "&= ");
                    }
                }
                sb.append("\n\\end{align*}\n");
            } else if (item instanceof ExportDocument.Ideal i) {
                equations(sb, i.generators());
            } else if (item instanceof ExportDocument.IdealList l) {
                int k = 1;
                for (ExportDocument.Ideal i : l.ideals()) {
                    sb.append("\\paragraph{System ").append(k++).append(": ").append(escape(i.description())).append("}\n");
                    equations(sb, i.generators());
                }
            } else if (item instanceof ExportDocument.DeltaMap d) {
                List<String> labels = d.targetNames().stream().map(Names::latex).toList();
                align(sb, labels, d.images(), "&= ");
            }
        }
        sb.append("\n\\end{document}\n");
        return sb.toString();
    }

    /**
     * The equations {@code p = 0} of an ideal, several to a line when they are short (a path-zero
     * condition gives many short products), in a {@code gather*} environment.
     */
    private static void equations(StringBuilder sb, List<GenPolynomial<BigRational>> gens) {
        if (gens.isEmpty()) {
            sb.append("The zero ideal (no equations).\n");
            return;
        }
        List<String> rows = new ArrayList<>();
        StringBuilder row = new StringBuilder();
        double width = 0;
        for (GenPolynomial<BigRational> g : gens) {
            List<String> lines = PolyFormat.latexLines(PolyFormat.latexTerms(g), LINE_WIDTH);
            if (lines.size() > 1) {
                // a long equation gets rows of its own
                if (row.length() > 0) {
                    rows.add(row.toString());
                    row.setLength(0);
                    width = 0;
                }
                rows.add(String.join(" \\\\\n\\quad ", lines) + " = 0");
                continue;
            }
            String e = lines.get(0) + " = 0";
            double w = PolyFormat.latexWidth(e) + 3;
            if (row.length() > 0 && width + w > LINE_WIDTH) {
                rows.add(row.toString());
                row.setLength(0);
                width = 0;
            }
            row.append(row.length() > 0 ? ",\\quad " : "").append(e);
            width += w;
        }
        if (row.length() > 0) {
            rows.add(row.toString());
        }
        sb.append("\\begin{gather*}\n").append(String.join(" \\\\\n", rows)).append("\n\\end{gather*}\n");
    }

    /** Lines {@code label &= poly} or, with no labels, {@code poly &= 0}. */
    private static void align(StringBuilder sb, List<String> labels, List<GenPolynomial<BigRational>> polys, String relation) {
        sb.append("\\begin{align*}\n");
        for (int i = 0; i < polys.size(); i++) {
            if (i > 0) {
                sb.append(" \\\\\n");
            }
            if (labels == null) {
                List<String> lines = PolyFormat.latexLines(PolyFormat.latexTerms(polys.get(i)), LINE_WIDTH);
                for (int k = 0; k < lines.size(); k++) {
                    sb.append(k == 0 ? "" : " \\\\\n&\\quad ").append(lines.get(k));
                }
                sb.append(" ").append(relation);
            } else {
                entry(sb, labels.get(i), polys.get(i), relation);
            }
        }
        sb.append("\n\\end{align*}\n");
    }

    private static void entry(StringBuilder sb, String label, GenPolynomial<BigRational> p, String relation) {
        List<String> lines = PolyFormat.latexLines(PolyFormat.latexTerms(p), LINE_WIDTH);
        sb.append(label).append(" ").append(relation).append(lines.get(0));
        for (int k = 1; k < lines.size(); k++) {
            sb.append(" \\\\\n&\\quad ").append(lines.get(k));
        }
    }

    /** Escapes text for LaTeX (outside math). */
    static String escape(String text) {
        StringBuilder sb = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\' -> sb.append("\\textbackslash{}");
                case '_', '%', '$', '#', '&', '{', '}' -> sb.append('\\').append(c);
                case '^' -> sb.append("\\^{}");
                case '~' -> sb.append("\\~{}");
                case '-' -> sb.append("-{}");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
