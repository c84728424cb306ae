package dlnkit.cli;

import dlnkit.conjecture.ConjectureResult;
import dlnkit.certificate.HessianCertificateExport;
import dlnkit.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;

/** The {@code --m2 FILE} option of {@code conjecture} and {@code search}: the failure certificate as a Macaulay2 script. */
final class CertificateScripts {
    private CertificateScripts() {
    }

    /**
     * Writes the Macaulay2 check of the result's failure certificate to {@code file} (nothing when {@code file} is
     * null) and returns {@code note} extended by what was done.
     */
    static String writeMacaulay2(String note, ConjectureResult r, Path file) throws IOException {
        if (file == null) {
            return note;
        }
        String done;
        if (r.certificate().isPresent()) {
            AtomicFiles.writeString(file, HessianCertificateExport.macaulay2(r.certificate().get()));
            done = "Macaulay2 check written to " + file + " (run: M2 --script " + file + ")";
        } else {
            done = "no Macaulay2 check written: there is no failure certificate";
        }
        return note.isEmpty() ? done : note + "; " + done;
    }
}
