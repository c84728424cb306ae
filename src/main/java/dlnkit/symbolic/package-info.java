/**
 * The symbolic module, the only package importing Symja (and JAS): the loss, gradient, Hessian, delta and the Hessian
 * conditions as polynomials, identities proved by expansion, elimination dimensions, and LaTeX, Macaulay2 and
 * Singular exports.
 */
package dlnkit.symbolic;
