package dlnkit.examples;

import dlnkit.conjecture.ConjectureDecision;
import dlnkit.conjecture.ConjectureResult;
import dlnkit.image.DimensionResult;
import dlnkit.image.ImageDimension;
import dlnkit.model.Widths;
import dlnkit.numeric.Tolerances;

/**
 * dlnkit as a library: the dimension of the image of delta and the verdict on the main conjecture for constant
 * width 2 at depth 7, through the public API. The README shows the same lines as a JShell session.
 *
 * <pre>java -cp target/dlnkit.jar dlnkit.examples.LibraryUse</pre>
 */
public final class LibraryUse {
    private LibraryUse() {
    }

    public static void main(String[] args) {
        Widths widths = Widths.constant(7, 2);
        long seed = 1;
        DimensionResult dims = ImageDimension.dimension(widths, seed, ImageDimension.FloatMethod.AUTO, Tolerances.DEFAULT);
        System.out.println("dim closure(im delta) = " + dims.dimension() + " of " + dims.target() + " (seed " + seed + ")");
        ConjectureResult decision = ConjectureDecision.decide(widths, seed, Tolerances.DEFAULT);
        System.out.println("main conjecture: " + decision.verdict() + ", certified: " + decision.certificate().isPresent());
    }
}
