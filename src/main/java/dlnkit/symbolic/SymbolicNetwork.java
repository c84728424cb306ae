package dlnkit.symbolic;

import dlnkit.model.Checks;
import dlnkit.model.Widths;
import java.util.ArrayList;
import java.util.List;

/**
 * The layers {@code W_1, ..., W_N} as matrices of variables {@code w_{t,r,c}} (see {@link Names}).
 * {@link #variables()} lists them in the order of {@code dlnkit.model.Network#flatten()}: layers in
 * order, each row-major.
 *
 * @param widths the widths
 * @param letter {@code "w"} for the layers, {@code "v"} for a direction
 */
public record SymbolicNetwork(Widths widths, String letter) {
    public SymbolicNetwork {
        Checks.require(widths != null, "widths", "widths", "null");
        Checks.require("w".equals(letter) || "v".equals(letter), "variable letter", "w or v", letter);
    }

    public static SymbolicNetwork of(Widths widths) {
        return new SymbolicNetwork(widths, "w");
    }

    /** The direction {@code V} of the same widths, variables {@code v_{t,r,c}}. */
    public static SymbolicNetwork direction(Widths widths) {
        return new SymbolicNetwork(widths, "v");
    }

    public int depth() {
        return widths.depth();
    }

    /** {@code W_t} ({@code d_t x d_{t-1}}), {@code 1 <= t <= N}. */
    public PolyMatrix layer(int t) {
        Checks.require(t >= 1 && t <= depth(), "layer", "between 1 and " + depth(), t);
        return PolyMatrix.ofVariables(widths.d(t), widths.d(t - 1), (r, c) -> name(t, r, c));
    }

    /** All layers. */
    public List<PolyMatrix> layers() {
        List<PolyMatrix> out = new ArrayList<>();
        for (int t = 1; t <= depth(); t++) {
            out.add(layer(t));
        }
        return out;
    }

    /** The name of entry {@code (r, c)} of layer {@code t}, counting from 1. */
    public String name(int t, int r, int c) {
        return letter.equals("w") ? Names.w(t, r, c) : Names.v(t, r, c);
    }

    /** The names of layer {@code t}'s entries, row-major. */
    public List<String> layerVariables(int t) {
        List<String> out = new ArrayList<>();
        for (int r = 1; r <= widths.d(t); r++) {
            for (int c = 1; c <= widths.d(t - 1); c++) {
                out.add(name(t, r, c));
            }
        }
        return out;
    }

    /** All variable names, layers in order, each row-major. */
    public List<String> variables() {
        List<String> out = new ArrayList<>();
        for (int t = 1; t <= depth(); t++) {
            out.addAll(layerVariables(t));
        }
        return out;
    }

    /**
     * {@code W_{a:b} = W_a W_{a-1} ... W_b}, expanded; the identity on {@code R^{d_{b-1}}} when
     * {@code a = b - 1}.
     */
    public PolyMatrix product(int a, int b, Algebra alg) {
        Checks.require(b >= 1 && a >= b - 1 && a <= depth(), "product W_{a:b}",
                "1 <= b <= a + 1 and a <= " + depth(), "a=" + a + ", b=" + b);
        if (a == b - 1) {
            return PolyMatrix.identity(widths.d(b - 1));
        }
        PolyMatrix p = layer(b);
        for (int t = b + 1; t <= a; t++) {
            p = alg.times(layer(t), p, "the product W_{" + t + ":" + b + "}");
        }
        return p;
    }
}
