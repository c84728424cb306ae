/**
 * Combinatorics of subvarieties of parameter space: path-zero conditions, arcs of the cycle W_1..W_N, M, interval-module
 * orbits with their pruned enumeration and count, and the strata of A_H.
 */
package dlnkit.variety;
