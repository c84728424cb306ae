package dlnkit.certificate;

import dlnkit.image.OrbitTangent;

import dlnkit.model.Widths;
import dlnkit.variety.PathCondition;
import dlnkit.variety.ZeroConditions;
import java.math.BigInteger;
import java.util.List;

/**
 * The check of a {@link Certificate} as a Macaulay2 script that recomputes everything over {@code QQ}
 * from the point and the directions: the conditions, the tangent vectors, the differential of delta,
 * and the rank. Run with {@code M2 --script FILE}; it prints {@code CERTIFICATE VALID} or fails an
 * assertion.
 */
public final class CertificateExport {
    private CertificateExport() {
    }

    public static String macaulay2(Certificate c) {
        Widths widths = c.widths();
        int n = widths.depth();
        StringBuilder sb = new StringBuilder();
        sb.append("-- dlnkit dominance certificate, rechecked in Macaulay2 over QQ\n");
        sb.append("-- claim: delta restricted to V = {").append(c.zero()).append("} is dominant, T = ")
                .append(widths.targetDimension()).append("\n");
        sb.append("-- run: M2 --script THIS_FILE\n");
        sb.append("d = {");
        for (int t = 0; t <= n; t++) {
            sb.append(t == 0 ? "" : ", ").append(widths.d(t));
        }
        sb.append("};\n");
        sb.append("N = ").append(n).append(";\n");
        sb.append("-- W#t is the layer W_t (d_t x d_(t-1)); W#0 is unused\n");
        sb.append("W = {null");
        for (int t = 1; t <= n; t++) {
            sb.append(",\n  ").append(matrix(c.layer(t)));
        }
        sb.append("};\n");
        ZeroConditions v = c.zero().isBlank() ? ZeroConditions.none(n) : ZeroConditions.parse(c.zero(), n);
        for (PathCondition pc : v.conditions()) {
            sb.append("assert(");
            for (int t = pc.top(); t >= pc.bottom(); t--) {
                sb.append(t == pc.top() ? "" : " * ").append("W#").append(t);
            }
            sb.append(" == 0) -- ").append(pc).append(" = 0\n");
        }
        sb.append("E = (m, i, j) -> map(QQ^m, QQ^m, (r, s) -> if r == i and s == j then 1 else 0);\n");
        sb.append("-- tangent vector of the direction xi = E_ij at vertex s: V_s = E_ij W_s, V_(s+1) = -W_(s+1) E_ij\n");
        sb.append("tangent = (s, i, j) -> (\n");
        sb.append("    V := {null} | toList apply(1..N, t -> map(QQ^(d#t), QQ^(d#(t-1)), 0));\n");
        sb.append("    if s >= 1 then V = replace(s, E(d#s, i, j) * W#s, V);\n");
        sb.append("    if s < N then V = replace(s + 1, -(W#(s+1)) * E(d#s, i, j), V);\n");
        sb.append("    V);\n");
        sb.append("-- d Delta_t = V_(t+1)^T W_(t+1) + W_(t+1)^T V_(t+1) - V_t W_t^T - W_t V_t^T, upper triangles\n");
        sb.append("dDelta = V -> flatten for t from 1 to N - 1 list (\n");
        sb.append("    D := transpose(V#(t+1)) * W#(t+1) + transpose(W#(t+1)) * V#(t+1) - V#t * transpose(W#t) - W#t * transpose(V#t);\n");
        sb.append("    flatten for i from 0 to d#t - 1 list for j from i to d#t - 1 list D_(i, j));\n");
        sb.append("dirs = {");
        List<OrbitTangent.Direction> dirs = c.directions();
        for (int k = 0; k < dirs.size(); k++) {
            OrbitTangent.Direction d = dirs.get(k);
            sb.append(k == 0 ? "" : ", ").append('{').append(d.vertex()).append(", ").append(d.i()).append(", ")
                    .append(d.j()).append('}');
        }
        sb.append("};\n");
        sb.append("T = ").append(widths.targetDimension()).append(";\n");
        sb.append("assert(#dirs == T)\n");
        sb.append("J = transpose matrix(QQ, apply(dirs, x -> dDelta(tangent(x#0, x#1, x#2))));\n");
        sb.append("assert(numRows J == T and numColumns J == T)\n");
        sb.append("assert(rank J == T)\n");
        sb.append("print(\"CERTIFICATE VALID: rank \" | toString(rank J) | \" = T = \" | toString T);\n");
        return sb.toString();
    }

    private static String matrix(BigInteger[][] m) {
        StringBuilder sb = new StringBuilder("matrix(QQ, {");
        for (int i = 0; i < m.length; i++) {
            sb.append(i == 0 ? "{" : ", {");
            for (int j = 0; j < m[i].length; j++) {
                sb.append(j == 0 ? "" : ", ").append(m[i][j]);
            }
            sb.append('}');
        }
        return sb.append("})").toString();
    }
}
