/**
 * The vanishing-Hessian variety A_H in one place: the Hessian conditions as combinatorics, the cyclic pair rule on
 * subvarieties ({@link dlnkit.hessian.HessianMembership}) and at exact integer points ({@link dlnkit.hessian.PairRule}),
 * the float variety and check, the exact loss, gradient and Hessian ({@link dlnkit.hessian.ExactLoss}), the
 * comparison of the rule with the definition ({@link dlnkit.hessian.HessianAgreement}), and the all-data notion
 * (docs/math.md; proofs-notes/11).
 */
package dlnkit.hessian;
