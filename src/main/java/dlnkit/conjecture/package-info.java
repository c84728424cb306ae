/**
 * Decisions: the dimension of delta on a subvariety with its dominance certificate
 * ({@link dlnkit.conjecture.RestrictedDimension}), and the main conjecture over the strata of A_H, largest first, with
 * failure certificates ({@link dlnkit.conjecture.ConjectureDecision}) and under the all-data notion
 * ({@link dlnkit.conjecture.AllDataDecision}).
 */
package dlnkit.conjecture;
