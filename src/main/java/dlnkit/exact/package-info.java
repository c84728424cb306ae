/**
 * Exact arithmetic: the prime field F_p with p = 2^61 - 1 ({@link dlnkit.exact.ModP}), dense and block-banded
 * elimination over it ({@link dlnkit.exact.ModMatrix}, {@link dlnkit.exact.BlockElimination}), and exact integer
 * matrices ({@link dlnkit.exact.IntegerMatrix}, {@link dlnkit.exact.IntegerNullSpace}).
 */
package dlnkit.exact;
