/**
 * Both certificate formats, their JSON files, exports and independent verifiers: dominance certificates of a
 * subvariety ({@link dlnkit.certificate.CertificateVerifier}) and failure certificates of the conjecture
 * ({@link dlnkit.certificate.HessianCertificateVerifier}). The verifiers rank by their own routine
 * ({@link dlnkit.certificate.VerifierArithmetic}), never by the builders'.
 */
package dlnkit.certificate;
