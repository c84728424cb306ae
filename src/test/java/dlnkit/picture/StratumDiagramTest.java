package dlnkit.picture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlnkit.model.Widths;
import dlnkit.variety.CycleArc;
import dlnkit.variety.Orbit;
import dlnkit.variety.Stratum;
import dlnkit.variety.ZeroConditions;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class StratumDiagramTest {
    /** The failing stratum of constant width 2, depth 7 (as `conjecture` finds it at seed 1). */
    static Stratum depthSevenStratum() {
        Widths w = Widths.constant(7, 2);
        int[][] m = new int[8][8];
        m[0][0] = 1;
        m[0][3] = 1;
        m[1][1] = 1;
        m[2][5] = 1;
        m[4][4] = 1;
        m[5][7] = 1;
        m[6][6] = 1;
        m[7][7] = 1;
        return Stratum.of(new Orbit(w, m)).orElseThrow();
    }

    @Test
    void svgIsWellFormedXmlAndNamesEveryZeroArc() throws Exception {
        Stratum s = depthSevenStratum();
        String svg = StratumDiagram.of(s, "title with <&> \"quotes\"").svg();
        Document doc = parse(svg);
        assertEquals("svg", doc.getDocumentElement().getNodeName());
        assertEquals("title with <&> \"quotes\"", doc.getElementsByTagName("title").item(0).getTextContent());
        var arcs = CycleArc.minimalZeroArcs(s);
        assertEquals(3, arcs.size(), arcs.toString());
        for (CycleArc a : arcs) {
            assertTrue(svg.contains(a + " = 0"), "legend lacks " + a);
        }
        assertTrue(svg.contains("[2,5]"), "interval bar label");
    }

    @Test
    void drawingIsDeterministicAndThePngIsDrawnBesideTheSvg(@TempDir Path dir) throws Exception {
        Stratum s = depthSevenStratum();
        assertEquals(StratumDiagram.of(s, "t").svg(), StratumDiagram.of(s, "t").svg());
        Path svg = dir.resolve("d7.svg");
        Path png = StratumDiagram.write(svg, s, "t");
        assertEquals(dir.resolve("d7.png"), png);
        Figure f = StratumDiagram.of(s, "t");
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(Math.round(f.width() * Figure.PNG_SCALE), img.getWidth());
        assertEquals(Math.round(f.height() * Figure.PNG_SCALE), img.getHeight());
        assertTrue(distinctColours(img) > 50, "the PNG is not blank");
        parse(Files.readString(svg, StandardCharsets.UTF_8));
    }

    @Test
    void anOrbitWithTheSeedConditionsAtDepthSixteen(@TempDir Path dir) throws Exception {
        ZeroConditions v = ZeroConditions.parse("W16W15W14, W12W11W10, W8W7W6, W4W3W2", 16);
        Orbit zero = Orbit.zero(Widths.constant(16, 2));
        String svg = StratumDiagram.of(zero, CycleArc.of(v), "zero orbit").svg();
        parse(svg);
        for (String c : new String[] {"W16W15W14 = 0", "W4W3W2 = 0", "[16,16]  copy 2 of 2"}) {
            assertTrue(svg.contains(c), c);
        }
        assertThrows(IllegalArgumentException.class, () -> StratumDiagram.write(dir.resolve("x.png"), zero, CycleArc.of(v), "t"));
        assertThrows(IllegalArgumentException.class, () -> StratumDiagram.of(zero, CycleArc.of(ZeroConditions.parse("W2", 4)), "t"));
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    static int distinctColours(BufferedImage img) {
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 3) {
            for (int x = 0; x < img.getWidth(); x += 3) {
                seen.add(img.getRGB(x, y));
            }
        }
        return seen.size();
    }
}
