package dlnkit.certificate;

import dlnkit.image.OrbitTangent;

import dlnkit.model.Widths;
import java.math.BigInteger;
import java.util.List;

/**
 * A failure certificate ({@link HessianCertificate}) as a self-contained Macaulay2 script that rechecks it over
 * {@code QQ} with no dlnkit code: only the certificate's numbers are copied into the script, every check is
 * computed by Macaulay2 from the definitions (docs/math.md sections 1 to 3).
 *
 * <p>The script checks, in this order: the shapes (and that inner directions are in range); {@code X = [I 0]},
 * {@code Y = [M^T 0]} satisfy {@code X Y^T = M} and {@code M} has full rank; the gradient and the Hessian of
 * {@code L(W) = ||W_{N:1} X - Y||^2} vanish at the point (the loss is written as a polynomial in the deviation
 * {@code v = W - W_0} from the point, kept to degree two in {@code v}, which determines every derivative of order at
 * most two at {@code v = 0}; the gradient is {@code diff} of that polynomial in the parameter variables, the Hessian the
 * Jacobian of the gradient, both evaluated at {@code v = 0}); every pair of arrows of the cycle {@code W_1, ..., W_N, M}
 * has an arc composing to zero (the cyclic pair rule); there are {@code T} directions and the end directions satisfy
 * {@code xi_0 M = M xi_N}; and {@code d delta} (the Jacobian of the polynomials
 * {@code Delta_t = W_{t+1}^T W_{t+1} - W_t W_t^T} at the point) applied to the tangent vectors of the directions has
 * rank {@code T} over {@code QQ} (or, when the certificate carries an upper bound, the script recomputes
 * {@code U = T - sum u_t (u_t + 1) / 2}, {@code u_t = max(0, d_t - d_{t-1} - d_{t+1})}, from the widths, checks the
 * certificate's value and deficits against it, and requires {@code U} directions of rank {@code U}). It prints one line, {@code CERTIFICATE VALID: ...} or
 * {@code CERTIFICATE INVALID: <every failed check>}, and exits with code 1 when invalid (after the shape checks when
 * those fail, since the later checks cannot run). Run it with {@code M2 --script FILE}.
 */
public final class HessianCertificateExport {
    private HessianCertificateExport() {
    }

    public static String macaulay2(HessianCertificate c) {
        Widths widths = c.widths();
        int n = widths.depth();
        StringBuilder sb = new StringBuilder();
        sb.append("-- dlnkit failure certificate (").append(HessianCertificate.FORMAT)
                .append("), rechecked in Macaulay2 over QQ with no dlnkit code\n");
        if (c.upperBound().isPresent()) {
            sb.append("-- claim: the main conjecture fails for widths ").append(widths).append(": dim closure(delta(A_H)) >= U = ")
                    .append(c.upperBound().get().value()).append(" >= dim closure(im delta) for data X, Y with X Y^T = M\n");
        } else {
            sb.append("-- claim: the main conjecture fails for widths ").append(widths).append(": dim closure(delta(A_H)) = T = ")
                    .append(widths.targetDimension()).append(" for data X, Y with X Y^T = M\n");
        }
        sb.append("-- certificate seed ").append(c.seed()).append(", stratum ").append(c.stratum().isBlank() ? "(not given)" : c.stratum())
                .append(" (information only)\n");
        sb.append("-- run: M2 --script THIS_FILE\n");
        sb.append("-- prints CERTIFICATE VALID: ... or CERTIFICATE INVALID: <check> (and exits with code 1)\n");
        sb.append("-- conventions (docs/math.md): W_t is d_t x d_(t-1); W_{a:b} = W_a ... W_b; L(W) = ||W_{N:1} X - Y||^2;\n");
        sb.append("-- Delta_t = W_(t+1)^T W_(t+1) - W_t W_t^T, t = 1..N-1, upper triangles; T = sum d_t (d_t + 1) / 2;\n");
        sb.append("-- the group acts by g.W = (g_t W_t g_(t-1)^(-1))_t.\n\n");
        sb.append("-- every failed check is collected; the script stops where later checks could not run\n");
        sb.append("failures = {};\n");
        sb.append("certCheck = (ok, what) -> if not ok then failures = append(failures, what);\n");
        sb.append("stopIfInvalid = () -> if #failures > 0 then (print(\"CERTIFICATE INVALID: \" | demark(\"; \", failures)); exit 1);\n");
        sb.append("isMatrixList = (rows, r, c) -> instance(rows, List) and #rows == r and\n");
        sb.append("    all(rows, row -> instance(row, List) and #row == c and all(row, x -> instance(x, ZZ)));\n\n");
        sb.append("-- the certificate's data\n");
        sb.append("d = {");
        for (int t = 0; t <= n; t++) {
            sb.append(t == 0 ? "" : ", ").append(widths.d(t));
        }
        sb.append("};\n");
        sb.append("N = #d - 1;\n");
        sb.append("Mrows = ").append(rows(c.m())).append(";\n");
        sb.append("-- Wrows#t holds the rows of W_t; Wrows#0 is unused\n");
        sb.append("Wrows = {null");
        for (List<List<BigInteger>> layer : c.point()) {
            sb.append(",\n  ").append(rows(layer));
        }
        sb.append("};\n");
        sb.append("-- inner directions {s, i, j}: xi = E_ij at vertex s (1 <= s <= N-1)\n");
        sb.append("innerDirs = {");
        List<OrbitTangent.Direction> inner = c.inner();
        for (int k = 0; k < inner.size(); k++) {
            OrbitTangent.Direction d = inner.get(k);
            sb.append(k == 0 ? "" : ", ").append('{').append(d.vertex()).append(", ").append(d.i()).append(", ").append(d.j()).append('}');
        }
        sb.append("};\n");
        sb.append("-- end directions {xi_0 rows, xi_N rows}\n");
        sb.append("endDirs = {");
        List<HessianCertificate.EndDirection> ends = c.ends();
        for (int k = 0; k < ends.size(); k++) {
            sb.append(k == 0 ? "\n  " : ",\n  ").append('{').append(rows(ends.get(k).xi0())).append(", ")
                    .append(rows(ends.get(k).xiN())).append('}');
        }
        sb.append("};\n");
        if (c.upperBound().isPresent()) {
            HessianCertificate.BoundData b = c.upperBound().get();
            sb.append("-- the claimed upper bound on dim closure(im delta): {U, {u_1, ..., u_(N-1)}}; rechecked below from d\n");
            sb.append("boundData = {").append(b.value()).append(", {");
            for (int k = 0; k < b.deficits().size(); k++) {
                sb.append(k == 0 ? "" : ", ").append(b.deficits().get(k));
            }
            sb.append("}};\n\n");
        } else {
            sb.append("-- no upper bound: the directions must reach rank T\n");
            sb.append("boundData = null;\n\n");
        }
        sb.append(CHECKS);
        return sb.toString();
    }

    /** The checks, the same for every certificate. */
    private static final String CHECKS = """
            T = sum(toList(1..N-1), t -> d#t * (d#t + 1) // 2);
            widthsText = demark(",", apply(d, toString));
            -- the proven upper bound (proofs-notes/10-upper-bounds.md): rank d delta <= U = T - sum u_t (u_t + 1) / 2 at
            -- every point, u_t = max(0, d_t - d_(t-1) - d_(t+1)); the rank to reach is U when the certificate claims it
            deficits = apply(toList(1..N-1), t -> max(0, d#t - d#(t-1) - d#(t+1)));
            U = T - sum(deficits, u -> u * (u + 1) // 2);
            (required, requiredName) = if boundData === null then (T, "T") else (U, "U");

            -- 1. shapes
            certCheck(isMatrixList(Mrows, d#0, d#N), "M is not an integer " | d#0 | "x" | d#N | " matrix");
            scan(toList(1..N), t -> certCheck(isMatrixList(Wrows#t, d#t, d#(t-1)),
                "W_" | t | " is not an integer " | d#t | "x" | d#(t-1) | " matrix"));
            scan(innerDirs, x -> certCheck(instance(x, List) and #x == 3 and all(x, y -> instance(y, ZZ))
                and 1 <= x#0 and x#0 <= N-1 and 0 <= x#1 and x#1 < d#(x#0) and 0 <= x#2 and x#2 < d#(x#0),
                "inner direction " | toString x | " is out of range"));
            scan(endDirs, x -> certCheck(instance(x, List) and #x == 2 and isMatrixList(x#0, d#0, d#0) and isMatrixList(x#1, d#N, d#N),
                "an end direction is not a pair of integer " | d#0 | "x" | d#0 | " and " | d#N | "x" | d#N | " matrices"));
            stopIfInvalid();

            -- 2. the data: X = [I 0], Y = [M^T 0], so X Y^T = M, of full rank
            M = matrix(QQ, Mrows);
            W = {null} | apply(toList(1..N), t -> matrix(QQ, Wrows#t));
            samples = max(d#0, d#N);
            X = map(QQ^(d#0), QQ^samples, (i, j) -> if i == j then 1 else 0);
            Y = map(QQ^(d#N), QQ^samples, (i, j) -> if j < d#0 then M_(j, i) else 0);
            certCheck(X * transpose Y == M, "X Y^T is not M");
            certCheck(rank M == min(d#0, d#N), "M does not have full rank " | min(d#0, d#N));

            -- 3. gradient and Hessian of the loss L(W) = ||W_{N:1} X - Y||^2 at the point, from the loss polynomial
            -- parameter variables v_(t,i,j) = (W_t - W0_t)_(i,j), W0 the point: the point is v = 0
            idx = flatten flatten apply(toList(1..N), t -> apply(d#t, i -> apply(d#(t-1), j -> (t, i, j))));
            R = QQ[apply(idx, x -> v_x)];
            numParams = #idx;
            -- products kept to degree 2 in v: the dropped terms have zero first and second derivatives at v = 0
            times2 = (a, b) -> sum(3, i -> sum(3 - i, j -> part(i, a) * part(j, b)));
            matTimes2 = (A, B) -> map(R^(numRows A), R^(numColumns B), (i, j) ->
                sum(numColumns A, k -> times2(A_(i, k), B_(k, j))));
            Wv = {null} | apply(toList(1..N), t -> sub(W#t, R) + map(R^(d#t), R^(d#(t-1)), (i, j) -> v_(t, i, j)));
            endToEnd = Wv#1;
            for t from 2 to N do endToEnd = matTimes2(Wv#t, endToEnd);
            Err = endToEnd * sub(X, R) - sub(Y, R);
            loss = sum(flatten entries Err, e -> times2(e, e)); -- L(W0 + v) up to degree 2 in v
            atPoint = map(QQ, R, toList(numParams : 0)); -- evaluation at the point, v = 0
            gradient = diff(transpose vars R, matrix {{loss}}); -- numParams x 1
            certCheck(atPoint gradient == 0, "the gradient of the loss does not vanish at the point");
            hessian = diff(vars R, gradient); -- numParams x numParams, the Jacobian of the gradient
            certCheck(atPoint hessian == 0, "the Hessian of the loss does not vanish at the point");

            -- 4. the cyclic pair rule: for every pair of arrows of the cycle W_1, ..., W_N, M one arc composes to zero
            prodW = (a, b) -> (Q := id_(QQ^(d#(b-1))); for t from b to a do Q = W#t * Q; Q); -- W_{a:b}, identity when a = b-1
            pairFailures = {};
            scan(toList(1..N), j -> if not ((j >= 2 and prodW(j-1, 1) == 0) or (j <= N-1 and prodW(N, j+1) == 0))
                then pairFailures = append(pairFailures, "{W_" | j | ", M}"));
            scan(toList(1..N), k -> scan(toList(k+1..N), j ->
                if not ((j >= k+2 and prodW(j-1, k+1) == 0) or prodW(k-1, 1) * M * prodW(N, j+1) == 0)
                then pairFailures = append(pairFailures, "{W_" | k | ", W_" | j | "}")));
            certCheck(#pairFailures == 0, "the pair rule fails: neither arc is zero for the pair" | (if #pairFailures > 1 then "s " else " ")
                | demark(", ", pairFailures));

            -- 5. the directions: T of them; end directions in the Lie algebra of G_M = {g : g_0^(-1) M g_N = M}
            if boundData =!= null then certCheck(instance(boundData, List) and #boundData == 2 and boundData#0 === U
                and boundData#1 === deficits, "the certificate's upper bound " | toString boundData
                | " is not the bound recomputed from the widths, " | toString {U, deficits});
            certCheck(#innerDirs + #endDirs == required, toString(#innerDirs + #endDirs) | " directions given, " | requiredName
                | " = " | required | " needed");
            scan(endDirs, x -> certCheck(matrix(QQ, x#0) * M == M * matrix(QQ, x#1),
                "an end direction does not satisfy xi_0 M = M xi_N"));

            -- 6. d delta along the directions has rank T
            deltaCoords = flatten apply(toList(1..N-1), t -> (
                D := transpose(Wv#(t+1)) * Wv#(t+1) - Wv#t * transpose(Wv#t);
                flatten apply(d#t, i -> apply(toList(i..d#t-1), j -> D_(i, j)))));
            ddelta = atPoint diff(vars R, transpose matrix {deltaCoords}); -- T x numParams: the Jacobian of delta at the point
            unit = (m, i, j) -> map(QQ^m, QQ^m, (a, b) -> if a == i and b == j then 1 else 0);
            zeroTangent = () -> {null} | apply(toList(1..N), t -> map(QQ^(d#t), QQ^(d#(t-1)), 0));
            -- the derivative of g.W at g = I: xi = E_ij at vertex s gives V_s = E_ij W_s, V_(s+1) = -W_(s+1) E_ij
            innerTangent = x -> (
                (s, i, j) := toSequence x;
                V := zeroTangent();
                V = replace(s, unit(d#s, i, j) * W#s, V);
                replace(s + 1, -(W#(s+1)) * unit(d#s, i, j), V));
            -- (xi_0, xi_N) gives V_1 = -W_1 xi_0, V_N = xi_N W_N
            endTangent = x -> (
                V := zeroTangent();
                V = replace(1, V#1 - W#1 * matrix(QQ, x#0), V);
                replace(N, V#N + matrix(QQ, x#1) * W#N, V));
            coordinates = V -> transpose matrix {flatten apply(toList(1..N), t -> flatten entries V#t)}; -- the order of idx
            tangents = apply(innerDirs, innerTangent) | apply(endDirs, endTangent);
            J = ddelta * (if #tangents == 0 then map(QQ^numParams, QQ^0, 0) else fold((a, b) -> a | b, apply(tangents, coordinates)));
            r = rank J;
            certCheck(r == required, "d delta along the directions has rank " | r | " < " | requiredName | " = " | required);
            stopIfInvalid();

            if boundData === null then print("CERTIFICATE VALID: widths " | widthsText | ", T = " | T | ": M has full rank; gradient and Hessian of the "
                | "loss vanish at the point (" | numParams | " parameters, X = [I 0], Y = [M^T 0]); the pair rule holds; "
                | #innerDirs | " inner and " | #endDirs | " end directions (xi_0 M = M xi_N); rank d delta = " | r
                | " = T: dim closure(delta(A_H)) = T, the main conjecture fails") else print("CERTIFICATE VALID: widths " | widthsText | ", T = " | T | ", upper bound U = " | U | " (u_t = "
                | toString deficits | "): M has full rank; gradient and Hessian of the "
                | "loss vanish at the point (" | numParams | " parameters, X = [I 0], Y = [M^T 0]); the pair rule holds; "
                | #innerDirs | " inner and " | #endDirs | " end directions (xi_0 M = M xi_N); rank d delta = " | r
                | " = U >= dim closure(im delta): dim closure(delta(A_H)) = dim closure(im delta) = U, the main conjecture fails");
            """;

    private static String rows(List<List<BigInteger>> rows) {
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < rows.size(); i++) {
            sb.append(i == 0 ? "{" : ", {");
            List<BigInteger> row = rows.get(i);
            for (int j = 0; j < row.size(); j++) {
                sb.append(j == 0 ? "" : ", ").append(row.get(j));
            }
            sb.append('}');
        }
        return sb.append('}').toString();
    }
}
