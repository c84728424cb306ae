package dlnkit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlnkit.conjecture.ConjectureDecision;
import dlnkit.model.Widths;
import dlnkit.numeric.Tolerances;
import dlnkit.picture.MarginChart;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarginDataTest {
    /**
     * dim closure(im delta) against the float route (SVD of the Jacobian at another point); A_H empty at depth 2 and
     * nonempty from depth 3 (docs/math.md section 3); the verdict is "fails" exactly when the margin is 0.
     */
    @Test
    void pointsAgreeWithTheKnownFactsAndTheCsvCarriesTheSeed(@TempDir Path dir) throws Exception {
        long seed = 5;
        List<MarginChart.Point> points = MarginData.compute(MarginData.DATA_FIXED, 2, 2, 5,
                w -> ConjectureDecision.decide(w, seed, Tolerances.DEFAULT));
        assertEquals(8, points.size());
        for (MarginChart.Point p : points) {
            assertEquals(Widths.constant(p.depth(), p.width()).targetDimension(), p.target());
            var floatRoute = dlnkit.image.ImageDimension.floatRank(dlnkit.image.ImageDimension.randomFloatPoint(
                    Widths.constant(p.depth(), p.width()), 99), dlnkit.image.ImageDimension.FloatMethod.AUTO, Tolerances.DEFAULT);
            assertEquals(floatRoute.rank(), p.imageDimension(), p.toString());
            assertEquals(p.depth() == 2, p.hessianDimension().isEmpty(), p.toString());
            assertEquals(p.verdict().equals("fails"), p.margin().isPresent() && p.margin().getAsInt() == 0, p.toString());
        }
        String csv = MarginData.csv(points, seed).toString();
        List<String> lines = csv.lines().toList();
        assertEquals(9, lines.size());
        assertTrue(lines.get(0).endsWith(",seed"), lines.get(0));
        assertTrue(lines.stream().skip(1).allMatch(l -> l.endsWith("," + seed)), csv);
        assertTrue(lines.get(1).startsWith("data-fixed,1,2,1,1,,,true,holds"), lines.get(1));
        MarginData.write(dir, points, seed);
        for (String f : MarginData.FILES) {
            assertTrue(Files.size(dir.resolve(f)) > 100, f);
        }
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(dir.resolve("margin.svg").toFile());
    }

    /** A second notion of A_H is another series: its name appears in the legend and its rows in the CSV. */
    @Test
    void aSecondNotionIsAnotherSeries() {
        var decide = (java.util.function.Function<Widths, dlnkit.conjecture.ConjectureResult>) w -> ConjectureDecision.decide(w, 1, Tolerances.DEFAULT);
        List<MarginChart.Point> points = new java.util.ArrayList<>(MarginData.compute(MarginData.DATA_FIXED, 1, 2, 4, decide));
        points.addAll(MarginData.compute("other", 1, 2, 4, decide));
        String svg = MarginChart.of(points, "t").svg();
        assertTrue(svg.contains("A_H data-fixed") && svg.contains("A_H other"), svg);
        assertEquals(6, MarginData.csv(points, 1).size());
    }
}
