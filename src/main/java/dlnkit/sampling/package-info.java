/**
 * The independent sampling route: points of a subvariety found by Gauss-Newton projection
 * ({@link dlnkit.sampling.SampledPoint}), recognized as orbits ({@link dlnkit.sampling.OrbitRecognition}) and
 * compared with the orbit method ({@link dlnkit.sampling.SampledDimension}).
 */
package dlnkit.sampling;
