package dlnkit.cli;

import dlnkit.conjecture.ConjectureResult;
import dlnkit.conjecture.RestrictionResult;
import dlnkit.io.AtomicFiles;
import dlnkit.picture.Figure;
import dlnkit.picture.StratumDiagram;
import dlnkit.variety.CycleArc;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/** The {@code --draw FILE.svg} option of {@code conjecture} and {@code restrict}: checks the path early, draws, says what it wrote. */
final class Drawing {
    private Drawing() {
    }

    /** Checks an optional {@code --draw} path before any computation (exit 2 on a bad one). */
    static void check(String option, Path svg) {
        if (svg != null) {
            Figure.requireSvgName(option, svg);
            AtomicFiles.checkOutputFile(option, svg);
        }
    }

    /** Draws the decision's best stratum (the failing one for a failure); empty text when nothing was asked. */
    static String stratum(Path svg, ConjectureResult r) throws IOException {
        if (svg == null) {
            return "";
        }
        if (r.bestStratum().isEmpty()) {
            return "nothing drawn: A_H is empty, so there is no stratum";
        }
        String what = switch (r.verdict()) {
            case FAILS -> "failing stratum";
            case HOLDS -> "best stratum";
            case UNDECIDED -> "best stratum (undecided)";
        };
        String title = String.format(Locale.ROOT, "%s of A_H: dim delta = %d of %d", what, r.exactDimension(), r.fullDimension());
        Path png = StratumDiagram.write(svg, r.bestStratum().get(), title);
        return "stratum diagram written to " + svg + " and " + png;
    }

    /** Draws the restriction's best orbit with the subvariety's conditions; empty text when nothing was asked. */
    static String orbit(Path svg, RestrictionResult r) throws IOException {
        if (svg == null) {
            return "";
        }
        String title = String.format(Locale.ROOT, "best orbit of V: dim delta(V) = %d of %d", r.exactDimension(), r.target());
        Path png = StratumDiagram.write(svg, r.bestOrbit(), CycleArc.of(r.conditions()), title);
        return "orbit diagram written to " + svg + " and " + png;
    }
}
