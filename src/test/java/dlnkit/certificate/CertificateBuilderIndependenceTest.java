package dlnkit.certificate;

import dlnkit.conjecture.ConjectureDecision;
import dlnkit.image.OrbitPoints;
import dlnkit.image.StratumDifferential;
import dlnkit.image.StratumTangent;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The certificate builder computes its mathematics by its own route: no builder-side class calls the verifiers'
 * differentials ({@code CertificateVerifier.differential}/{@code deltaDifferential},
 * {@code HessianCertificateVerifier.endDifferential}). Read from the compiled classes' constant pools, so a call
 * through any source form is caught. (The final {@code HessianCertificateVerifier.verify} of a built certificate is
 * a check, not a construction, and is allowed.)
 */
class CertificateBuilderIndependenceTest {
    static final List<Class<?>> BUILDER = List.of(ConjectureDecision.class, StratumDifferential.class, StratumTangent.class,
            OrbitPoints.class, HessianCertificate.class);

    @Test
    void builderClassesDoNotCallTheVerifiersDifferentials() throws IOException {
        for (Class<?> c : BUILDER) {
            List<String> refs = methodRefs(c);
            assertFalse(refs.isEmpty(), "no method references read from " + c);
            for (String ref : refs) {
                boolean verifierMath = (ref.startsWith("dlnkit/certificate/CertificateVerifier.")
                        && (ref.contains(".differential:") || ref.contains(".deltaDifferential:")))
                        || ref.startsWith("dlnkit/certificate/HessianCertificateVerifier.endDifferential:");
                assertFalse(verifierMath, c.getSimpleName() + " calls " + ref);
            }
        }
    }

    /** The reader sees real references: the builder does call the verifier's check and its own differential. */
    @Test
    void theReaderFindsKnownReferences() throws IOException {
        List<String> refs = methodRefs(ConjectureDecision.class);
        assertTrue(refs.stream().anyMatch(r -> r.startsWith("dlnkit/certificate/HessianCertificateVerifier.verify:")), refs.toString());
        assertTrue(refs.stream().anyMatch(r -> r.startsWith("dlnkit/image/StratumDifferential.direction:")), refs.toString());
        List<String> verifier = methodRefs(HessianCertificateVerifier.class);
        assertTrue(verifier.stream().anyMatch(r -> r.startsWith("dlnkit/certificate/CertificateVerifier.deltaDifferential:")),
                verifier.toString());
    }

    /** {@code owner.name:descriptor} of every Methodref in the class file's constant pool. */
    static List<String> methodRefs(Class<?> c) throws IOException {
        String resource = "/" + c.getName().replace('.', '/') + ".class";
        try (InputStream in = c.getResourceAsStream(resource); DataInputStream data = new DataInputStream(in)) {
            data.readInt(); // magic
            data.readUnsignedShort();
            data.readUnsignedShort();
            int count = data.readUnsignedShort();
            String[] utf8 = new String[count];
            int[][] entries = new int[count][];
            int[] tags = new int[count];
            for (int i = 1; i < count; i++) {
                int tag = data.readUnsignedByte();
                tags[i] = tag;
                switch (tag) {
                    case 1 -> utf8[i] = data.readUTF();
                    case 3, 4 -> data.readInt();
                    case 5, 6 -> {
                        data.readLong();
                        i++;
                    }
                    case 7, 8, 16, 19, 20 -> entries[i] = new int[] {data.readUnsignedShort()};
                    case 9, 10, 11, 12, 17, 18 -> entries[i] = new int[] {data.readUnsignedShort(), data.readUnsignedShort()};
                    case 15 -> entries[i] = new int[] {data.readUnsignedByte(), data.readUnsignedShort()};
                    default -> throw new IOException("unknown constant pool tag " + tag + " in " + c);
                }
            }
            List<String> out = new ArrayList<>();
            for (int i = 1; i < count; i++) {
                if (tags[i] == 10 || tags[i] == 11) {
                    String owner = utf8[entries[entries[i][0]][0]];
                    int[] nameAndType = entries[entries[i][1]];
                    out.add(owner + "." + utf8[nameAndType[0]] + ":" + utf8[nameAndType[1]]);
                }
            }
            return out;
        }
    }
}
