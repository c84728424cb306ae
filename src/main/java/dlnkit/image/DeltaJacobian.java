package dlnkit.image;

import dlnkit.exact.BlockElimination;
import dlnkit.exact.ModP;
import dlnkit.model.DeltaMap;
import dlnkit.model.Network;
import dlnkit.model.Widths;
import dlnkit.numeric.BlockSvdRank;

/**
 * The delta map's Jacobian as stages for block elimination: stage {@code s} holds row block
 * {@code t = s + 1} over column blocks {@code t} and {@code t + 1}, with block {@code t} as its lead
 * (no later row block touches {@code W_t}). Built from {@link DeltaMap#forEachJacobianTerm}, so the
 * float and the exact Jacobian have one definition.
 */
public final class DeltaJacobian {
    private DeltaJacobian() {
    }

    /** Number of stages: {@code N - 1}. */
    public static int stages(Widths widths) {
        return widths.depth() - 1;
    }

    /**
     * Stage {@code s} mod p at the point {@code w}, given as residues {@code w[t-1][r][c]} in
     * {@code [0, p)}.
     */
    public static BlockElimination.Stage exactStage(Widths widths, long[][][] w, int s) {
        int t = s + 1;
        int lead = widths.layerSize(t);
        long[][] rows = new long[widths.deltaSize(t)][lead + widths.layerSize(t + 1)];
        DeltaMap.forEachJacobianTerm(widths, t, (row, next, col, sign, layer, r, c) -> {
            int j = next ? lead + col : col;
            long v = w[layer - 1][r][c];
            rows[row][j] = sign > 0 ? ModP.add(rows[row][j], v) : ModP.sub(rows[row][j], v);
        });
        return new BlockElimination.Stage(rows, rows.length == 0 ? lead : rows[0].length, lead);
    }

    /** Stage {@code s} in floating point at {@code w}. */
    public static BlockSvdRank.Stage floatStage(Network w, int s) {
        Widths widths = w.widths();
        int t = s + 1;
        int lead = widths.layerSize(t);
        int window = lead + widths.layerSize(t + 1);
        double[][] rows = new double[widths.deltaSize(t)][window];
        DeltaMap.forEachJacobianTerm(widths, t, (row, next, col, sign, layer, r, c) ->
                rows[row][next ? lead + col : col] += sign * w.layer(layer).get(r, c));
        return new BlockSvdRank.Stage(rows, window, lead);
    }
}
