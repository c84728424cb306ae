/**
 * Dimensions of images of the delta map: on all of parameter space by exact ranks mod p and float SVDs
 * ({@link dlnkit.image.ImageDimension}) with its proven upper bound ({@link dlnkit.image.UpperBound}), and the
 * ingredients of every orbit method: integer points of interval-module orbits and their tangent directions
 * ({@link dlnkit.image.OrbitPoints}, {@link dlnkit.image.OrbitTangent}), a stratum's directions and its structured
 * differential mod p ({@link dlnkit.image.StratumTangent}, {@link dlnkit.image.StratumDifferential}).
 */
package dlnkit.image;
