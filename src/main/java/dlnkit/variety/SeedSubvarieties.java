package dlnkit.variety;

import java.util.ArrayList;
import java.util.List;

/** The path-zero subvarieties of the seed's claims, written as {@code --zero} strings. */
public final class SeedSubvarieties {
    /** The depth-16 counterexample {@code A = {W_i W_{i-1} W_{i-2} = 0 : i = 16, 12, 8, 4}}. */
    public static final String COUNTEREXAMPLE = "W16W15W14, W12W11W10, W8W7W6, W4W3W2";

    private SeedSubvarieties() {
    }

    /**
     * The depth-4 subvarieties of the seed's lemmas: {@code {W_i = W_j = 0}} for {@code i > j}, and for
     * {@code i = 3, 4} both {@code {W_i = W_{i-1} W_{i-2} = 0}} and {@code {W_i W_{i-1} = W_{i-2} = 0}}.
     */
    public static List<String> depthFour() {
        List<String> out = new ArrayList<>();
        for (int i = 2; i <= 4; i++) {
            for (int j = 1; j < i; j++) {
                out.add("W" + i + ", W" + j);
            }
        }
        for (int i = 3; i <= 4; i++) {
            out.add("W" + i + ", W" + (i - 1) + "W" + (i - 2));
            out.add("W" + i + "W" + (i - 1) + ", W" + (i - 2));
        }
        return List.copyOf(out);
    }
}
