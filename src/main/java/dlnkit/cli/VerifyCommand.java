package dlnkit.cli;

import dlnkit.certificate.Certificate;
import dlnkit.certificate.CertificateExport;
import dlnkit.certificate.CertificateFiles;
import dlnkit.certificate.CertificateVerifier;
import dlnkit.certificate.HessianCertificateExport;
import dlnkit.io.AtomicFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dlnkit verify}: rechecks a certificate from the file alone. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Rechecks a certificate from the file alone, with its own integer arithmetic (no enumeration).",
            "A dominance certificate (`dlnkit restrict --certificate FILE`): the point satisfies every condition exactly, "
                + "and the T x T integer matrix of d delta along the listed tangent directions has rank T mod p "
                + "(and, for T <= " + CertificateVerifier.DETERMINANT_LIMIT + ", a nonzero integer determinant by Bareiss elimination). "
                + "--m2 FILE writes the same check as a Macaulay2 script.",
            "A failure certificate (`dlnkit conjecture/search --certificate FILE`): M = X Y^T has full rank, the point lies in "
                + "A_H (cyclic pair rule, and gradient and Hessian vanishing exactly from the loss's definition), the end "
                + "directions satisfy xi_0 M = M xi_N, and d delta along the T directions has rank T mod p. When "
                + "dim closure(im delta) < T the file carries an upper bound U (proofs-notes/10-upper-bounds.md): verify "
                + "recomputes U = T - sum u_t (u_t + 1) / 2, u_t = max(0, d_t - d_{t-1} - d_{t+1}), from the widths, requires "
                + "the file's value and deficits to match, and requires rank U along U directions. --m2 FILE writes "
                + "a self-contained Macaulay2 script that rechecks it over QQ with no dlnkit code (shapes, rank of M, the pair "
                + "rule's arcs, gradient and Hessian by differentiating the loss polynomial, xi_0 M = M xi_N, rank of d delta) "
                + "and prints CERTIFICATE VALID or CERTIFICATE INVALID: <check> (then Macaulay2 exits with code 1).",
            "The verifier shares no mathematical code with the commands that build certificates: it has its own integer "
                + "arithmetic.",
            "A missing or malformed file, or an --m2 path that cannot be written, is bad input (exit 2)."},
        exitCodeList = {"0:the certificate is valid: the claim is proved", "1:a check failed"})
final class VerifyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The certificate (JSON).")
    Path file;

    @Option(names = "--m2", paramLabel = "FILE",
            description = "Also write the check as a Macaulay2 script (run: M2 --script FILE), for either kind of certificate.")
    Path m2File;

    /**
     * What {@code verify} decided about one certificate file.
     *
     * @param file the file
     * @param format the certificate's format (dominance or failure)
     * @param widths the widths it is about
     * @param seed the seed recorded in the certificate (of the search that produced it)
     * @param check the independent verifier's result
     * @param valid the verdict printed: the check held (and, for a dominance certificate, no all-data note failed)
     */
    record Verdict(Path file, String format, dlnkit.model.Widths widths, long seed, CertificateVerifier.Result check, boolean valid) {
    }

    /** The verdict of this run, for callers that run the command through the command line. */
    Verdict result;

    @Override
    public Integer call() throws IOException {
        if (m2File != null) {
            AtomicFiles.checkOutputFile("--m2", m2File);
        }
        String json = CertificateFiles.readText(file);
        if (dlnkit.certificate.HessianCertificate.FORMAT.equals(CertificateFiles.formatOf(json))) {
            return verifyFailure(CertificateFiles.parseHessian(json));
        }
        Certificate c = CertificateFiles.parse(json);
        CertificateVerifier.Result result = CertificateVerifier.verify(c);
        PrintWriter out = spec.commandLine().getOut();
        out.println("certificate " + file + ": widths " + WidthsOptions.describe(c.widths()) + ", V = {" + c.zero() + "}");
        for (String line : result.lines()) {
            out.println("  " + line);
        }
        java.util.List<String> allData = AllDataCommands.verifyNotes(c, result.valid());
        allData.forEach(line -> out.println("  " + line));
        boolean valid = result.valid() && allData.stream().noneMatch(line -> line.startsWith("FAILED"));
        this.result = new Verdict(file, Certificate.FORMAT, c.widths(), c.seed(), result, valid);
        if (m2File != null) {
            AtomicFiles.writeString(m2File, CertificateExport.macaulay2(c));
            out.println("  Macaulay2 check written to " + m2File + " (run: M2 --script " + m2File + ")");
        }
        out.println(valid ? "VALID" : "INVALID");
        out.flush();
        return valid ? Main.OK : Main.DISAGREE;
    }

    private Integer verifyFailure(dlnkit.certificate.HessianCertificate c) throws IOException {
        CertificateVerifier.Result result = dlnkit.certificate.HessianCertificateVerifier.verify(c);
        this.result = new Verdict(file, dlnkit.certificate.HessianCertificate.FORMAT, c.widths(), c.seed(), result, result.valid());
        PrintWriter out = spec.commandLine().getOut();
        out.println("certificate " + file + " (main conjecture fails): widths " + WidthsOptions.describe(c.widths()));
        for (String line : result.lines()) {
            out.println("  " + line);
        }
        if (m2File != null) {
            AtomicFiles.writeString(m2File, HessianCertificateExport.macaulay2(c));
            out.println("  Macaulay2 check written to " + m2File + " (run: M2 --script " + m2File + ")");
        }
        out.println(result.valid() ? "VALID" : "INVALID");
        out.flush();
        return result.valid() ? Main.OK : Main.DISAGREE;
    }
}
