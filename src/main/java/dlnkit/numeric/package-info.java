/**
 * Floating-point linear algebra, the only package importing Commons Math: tolerances, SVD ranks with their evidence,
 * pseudo-inverses, least squares, spectra, and the data assumptions.
 */
package dlnkit.numeric;
