package dlnkit.cli;

import dlnkit.image.Certificate;
import dlnkit.image.CertificateExport;
import dlnkit.image.CertificateFiles;
import dlnkit.image.CertificateVerifier;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dlnkit verify}: rechecks a certificate from the file alone. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Rechecks a dominance certificate written by `dlnkit restrict --certificate FILE`, from the file alone "
                + "and with its own integer arithmetic (no orbit enumeration): the point satisfies every condition exactly, "
                + "and the T x T integer matrix of d delta along the listed tangent directions has rank T mod p "
                + "(and, for T <= " + CertificateVerifier.DETERMINANT_LIMIT + ", a nonzero integer determinant by Bareiss elimination).",
            "--m2 FILE writes the same check as a Macaulay2 script."},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  the certificate is valid: the claim is proved", "  1  a check failed",
            "  2  the file is missing or malformed"})
final class VerifyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The certificate (JSON).")
    Path file;

    @Option(names = "--m2", paramLabel = "FILE", description = "Also write the check as a Macaulay2 script.")
    Path m2File;

    @Override
    public Integer call() throws IOException {
        Certificate c = CertificateFiles.read(file);
        CertificateVerifier.Result result = CertificateVerifier.verify(c);
        PrintWriter out = spec.commandLine().getOut();
        out.println("certificate " + file + ": widths " + WidthsOptions.describe(c.widths()) + ", V = {" + c.zero() + "}");
        for (String line : result.lines()) {
            out.println("  " + line);
        }
        if (m2File != null) {
            Files.writeString(m2File, CertificateExport.macaulay2(c), StandardCharsets.UTF_8);
            out.println("  Macaulay2 check written to " + m2File + " (run: M2 --script " + m2File + ")");
        }
        out.println(result.valid() ? "VALID" : "INVALID");
        out.flush();
        return result.valid() ? Main.OK : Main.DISAGREE;
    }
}
