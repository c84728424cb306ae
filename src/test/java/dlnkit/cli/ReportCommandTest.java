package dlnkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlnkit.testing.ExternalTools;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The main job end to end, run once: every step runs, every check holds, the files are there, the page renders in a browser. */
@Tag("slow") // the whole report, full tier only: mvn -B verify -Pfull, as CI runs it
class ReportCommandTest {
    @TempDir
    static Path dir;
    static Path out;
    static DimsCommandTest.Run report;

    @BeforeAll
    static void runTheReport() {
        out = dir.resolve("out");
        report = DimsCommandTest.run("report", "--out", out.toString(), "--no-progress");
    }

    @Test
    void reportWritesEverythingAndEveryCheckHolds() {
        DimsCommandTest.Run r = report;
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("every check held (seed 1)"), r.out());
        assertEquals(13, r.out().lines().filter(l -> l.endsWith("| ok")).count(), r.out());
        for (String f : new String[] {"summary.txt", "index.html", "tables/conjecture.tex", "tables/depth4.tex", "tables/strata.tex",
            "tables/notions.tex",
            "tables/tables.tex", "tables/margin.csv", "tables/margin.svg", "tables/margin.png",
            "certificates/seed-counterexample-depth16.json", "certificates/smallest-failure-width2.json",
            "certificates/smallest-failure-width2.svg", "certificates/smallest-failure-width2.png",
            "certificates/failure-depth5-widths-2,1,2,2,1,1.json", "certificates/failure-depth5-widths-2,1,2,2,1,1.svg",
            "certificates/seed-counterexample-depth16.svg",
            "examples/DepthFour.txt", "experiments/e1/e1.png", "experiments/e2/e2.csv", "experiments/e3/e3.csv",
            "experiments/e4/e4.png", "hessian-agreement.txt"}) {
            assertTrue(Files.isRegularFile(out.resolve(f)), "missing " + f);
        }
    }

    /** The summary's findings name what the certificates on disk say: the smallest failing depth is that of the certificate. */
    @Test
    void summaryFindingsMatchTheCertificatesWritten() throws Exception {
        String summary = Files.readString(out.resolve("summary.txt"), StandardCharsets.UTF_8);
        assertEquals(report.out(), summary, "standard output is summary.txt");
        com.google.gson.JsonObject c = com.google.gson.JsonParser.parseString(
                Files.readString(out.resolve("certificates/smallest-failure-width2.json"), StandardCharsets.UTF_8)).getAsJsonObject();
        int depth = c.getAsJsonArray("widths").size() - 1;
        assertTrue(summary.contains("smallest failing depth " + depth + " for width 2, depths 2.." + (depth - 1)
                + " hold, certificate VALID"), summary);
        com.google.gson.JsonObject five = com.google.gson.JsonParser.parseString(
                Files.readString(out.resolve("certificates/failure-depth5-widths-2,1,2,2,1,1.json"), StandardCharsets.UTF_8)).getAsJsonObject();
        assertEquals(6, five.getAsJsonArray("widths").size());
        assertTrue(summary.contains("5: e.g. widths 2,1,2,2,1,1 fail, certificate VALID"), summary);
        String notions = Files.readString(out.resolve("tables/notions.tex"), StandardCharsets.UTF_8);
        assertTrue(notions.contains("2 & " + depth + " (certified)"), "notions.tex and the search agree:\n" + notions);
    }

    /** The page links every file of out/, shows each certificate's verify result, and escapes what it shows. */
    @Test
    void indexPageLinksEveryFileAndShowsEveryVerifyResult() throws Exception {
        String html = Files.readString(out.resolve("index.html"), StandardCharsets.UTF_8);
        try (Stream<Path> s = Files.walk(out)) {
            for (Path f : s.filter(Files::isRegularFile).toList()) {
                String rel = out.relativize(f).toString().replace('\\', '/');
                if (!rel.equals("index.html")) {
                    assertTrue(html.contains("href=\"" + rel + "\""), "no link to " + rel);
                }
            }
        }
        try (Stream<Path> s = Files.list(out.resolve("certificates"))) {
            List<Path> certs = s.filter(p -> p.toString().endsWith(".json")).toList();
            assertEquals(3, certs.size());
            assertEquals(certs.size(), Pattern.compile("<td class=\"ok\">[^<]*VALID<details>").matcher(html).results().count(), html);
        }
        assertFalse(html.contains("<script"), "the page has no script");
        assertFalse(Pattern.compile("(src|href)=\"(https?:)?//").matcher(html).find(), "the page uses no network");
        assertTrue(html.contains("W_{" ) || html.contains("\\begin{table}"), "the LaTeX tables are shown");
        assertTrue(html.contains("--zero &apos;W16W15W14, W12W11W10, W8W7W6, W4W3W2&apos;"), "commands are quoted and escaped");
    }

    @Test
    void everySvgOfTheReportParsesAsXml() throws Exception {
        try (Stream<Path> s = Files.walk(out)) {
            List<Path> svgs = s.filter(p -> p.toString().endsWith(".svg")).toList();
            assertEquals(4, svgs.size(), svgs.toString());
            for (Path svg : svgs) {
                DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
                f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                assertEquals("svg", f.newDocumentBuilder().parse(svg.toFile()).getDocumentElement().getNodeName(), svg.toString());
            }
        }
    }

    /**
     * Headless Chromium: a screenshot of index.html is not blank; the DOM of a test copy of the page (with a probe
     * script appended, and one deliberately broken image that the probe must catch) has the summary table and every
     * image of the page loaded.
     */
    @Test
    void indexPageRendersInChromiumWithEveryImageLoaded() throws Exception {
        ExternalTools.require("chromium", "--version");
        String html = Files.readString(out.resolve("index.html"), StandardCharsets.UTF_8);
        long images = Pattern.compile("<img ").matcher(html).results().count();
        assertTrue(images >= 8, "images on the page: " + images);

        Path shot = Path.of("target", "report-index.png").toAbsolutePath();
        Files.createDirectories(shot.getParent());
        Files.deleteIfExists(shot);
        ExternalTools.Run s = ExternalTools.run(dir, List.of("chromium", "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                "--screenshot=" + shot, "--window-size=1280,2400", out.resolve("index.html").toUri().toString()), 120);
        assertTrue(Files.isRegularFile(shot), s.output());
        BufferedImage img = ImageIO.read(shot.toFile());
        assertTrue(varianceOfGrey(img) > 500, "the screenshot is blank or nearly so: variance " + varianceOfGrey(img));

        String probe = "<img class=\"probe\" src=\"no-such-file.png\" alt=\"probe\">\n<pre id=\"img-check\"></pre>\n<script>\n"
                + "window.addEventListener('load', function () {\n"
                + "  var out = [];\n"
                + "  document.querySelectorAll('img').forEach(function (i) {\n"
                + "    out.push((i.complete && i.naturalWidth > 0 ? 'LOADED ' : 'BROKEN ') + i.getAttribute('src'));\n"
                + "  });\n"
                + "  document.getElementById('img-check').textContent = out.join('\\n') + '\\nEND-OF-CHECK';\n"
                + "});\n</script>\n</body>";
        Path copy = out.resolve("index-browser-check.html");
        Files.writeString(copy, html.replace("</body>", probe), StandardCharsets.UTF_8);
        try {
            ExternalTools.Run d = ExternalTools.run(dir, List.of("chromium", "--headless", "--no-sandbox", "--disable-gpu",
                    "--virtual-time-budget=15000", "--dump-dom", copy.toUri().toString()), 120);
            String dom = d.output();
            assertTrue(dom.contains("id=\"summary-table\"") && dom.contains("seed claim"), "no summary table in the DOM:\n" + dom);
            assertTrue(dom.contains("END-OF-CHECK"), "the probe did not run:\n" + dom);
            int start = dom.indexOf("id=\"img-check\">");
            String results = dom.substring(start, dom.indexOf("</pre>", start));
            Matcher m = Pattern.compile("(LOADED|BROKEN) (\\S+)").matcher(results);
            int loaded = 0;
            boolean probeCaught = false;
            while (m.find()) {
                if (m.group(2).equals("no-such-file.png")) {
                    probeCaught = m.group(1).equals("BROKEN");
                } else {
                    assertEquals("LOADED", m.group(1), "broken image " + m.group(2));
                    loaded++;
                }
            }
            assertTrue(probeCaught, "the probe's broken image was not detected: the check could not fail");
            assertEquals(images, loaded, dom);
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    static double varianceOfGrey(BufferedImage img) {
        double sum = 0;
        double sq = 0;
        long n = 0;
        for (int y = 0; y < img.getHeight(); y += 2) {
            for (int x = 0; x < img.getWidth(); x += 2) {
                int rgb = img.getRGB(x, y);
                double g = 0.299 * ((rgb >> 16) & 255) + 0.587 * ((rgb >> 8) & 255) + 0.114 * (rgb & 255);
                sum += g;
                sq += g * g;
                n++;
            }
        }
        double mean = sum / n;
        return sq / n - mean * mean;
    }
}
