package dlnkit.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * {@code index.html} of a report directory: one page with no network access, no script and inline CSS. It shows the
 * summary table (claim, finding, evidence, check, the command that reproduces the entry), the pictures (SVG shown,
 * PNG beside it), each certificate with its {@code verify} result, the LaTeX tables (and {@code tables.pdf} when it
 * exists) and links to every file of the directory. Pictures and links are relative, so the page works wherever the
 * directory is copied. Every text is HTML-escaped.
 */
public final class IndexPage {
    /** One row of the summary table. */
    public record Claim(String claim, String finding, String evidence, boolean ok, String command) {
    }

    /**
     * A picture: {@code svg} (may be null) and {@code png} are paths relative to the report directory.
     *
     * @param caption what it shows
     * @param svg the SVG (shown), or null for a PNG-only chart
     * @param png the PNG (shown when there is no SVG)
     * @param command the command that draws it
     */
    public record Picture(String caption, String svg, String png, String command) {
    }

    /** A certificate, its {@code verify} output file and the command that rechecks it (paths relative to the directory). */
    public record CertificateEntry(String certificate, String verifyOutput, String command) {
    }

    private IndexPage() {
    }

    /** The page for the report directory {@code out}. Reads the certificates' verify outputs and the tables from it. */
    public static String html(Path out, String heading, List<Claim> claims, boolean allHeld, List<Picture> pictures,
            List<CertificateEntry> certificates) throws IOException {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(heading)).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        h.append("<h1>").append(escape(heading)).append("</h1>\n");
        h.append("<p class=\"").append(allHeld ? "ok" : "failed").append("\">")
                .append(allHeld ? "Every check held." : "SOME CHECKS FAILED: see the files below.").append("</p>\n");
        h.append("<nav><a href=\"#summary\">Summary</a> · <a href=\"#pictures\">Pictures</a> · <a href=\"#certificates\">Certificates</a>"
                + " · <a href=\"#tables\">LaTeX tables</a> · <a href=\"#files\">All files</a></nav>\n");

        h.append("<h2 id=\"summary\">Summary</h2>\n<table id=\"summary-table\">\n<thead><tr><th>seed claim</th><th>dlnkit finding</th>"
                + "<th>evidence</th><th>check</th><th>reproduce</th></tr></thead>\n<tbody>\n");
        for (Claim c : claims) {
            h.append("<tr><td>").append(escape(c.claim())).append("</td><td>").append(escape(c.finding())).append("</td><td>")
                    .append(escape(c.evidence())).append("</td><td class=\"").append(c.ok() ? "ok" : "failed").append("\">")
                    .append(c.ok() ? "ok" : "CHECK FAILED").append("</td><td><code>").append(escape(c.command())).append("</code></td></tr>\n");
        }
        h.append("</tbody>\n</table>\n");

        h.append("<h2 id=\"pictures\">Pictures</h2>\n");
        for (Picture p : pictures) {
            String shown = p.svg() != null ? p.svg() : p.png();
            h.append("<figure>\n<a href=\"").append(href(shown)).append("\"><img src=\"").append(href(shown)).append("\" alt=\"")
                    .append(escape(p.caption())).append("\"></a>\n<figcaption>").append(escape(p.caption())).append("<br>files: ");
            if (p.svg() != null) {
                h.append(link(p.svg())).append(" · ");
            }
            h.append(link(p.png())).append("<br>reproduce: <code>").append(escape(p.command())).append("</code></figcaption>\n</figure>\n");
        }

        h.append("<h2 id=\"certificates\">Certificates</h2>\n<table>\n<thead><tr><th>certificate</th><th>verify result</th>"
                + "<th>recheck</th></tr></thead>\n<tbody>\n");
        for (CertificateEntry c : certificates) {
            Path verify = out.resolve(c.verifyOutput());
            String text = Files.isRegularFile(verify) ? Files.readString(verify, StandardCharsets.UTF_8) : "(no verify output)";
            String last = text.strip().lines().reduce((a, b) -> b).orElse("").strip();
            boolean valid = last.endsWith("VALID") && !last.endsWith("INVALID");
            h.append("<tr><td>").append(link(c.certificate())).append("</td><td class=\"").append(valid ? "ok" : "failed").append("\">")
                    .append(escape(last)).append("<details><summary>").append(link(c.verifyOutput())).append("</summary><pre>")
                    .append(escape(text)).append("</pre></details></td><td><code>").append(escape(c.command())).append("</code></td></tr>\n");
        }
        h.append("</tbody>\n</table>\n");

        h.append("<h2 id=\"tables\">LaTeX tables</h2>\n");
        Path tables = out.resolve("tables");
        if (Files.isRegularFile(tables.resolve("tables.pdf"))) {
            h.append("<p>Compiled: ").append(link("tables/tables.pdf")).append("</p>\n");
        } else {
            h.append("<p>No <code>tables.pdf</code>: pdflatex with booktabs was not available (compile <code>tables/tables.tex</code>"
                    + " with <code>pdflatex tables.tex</code>).</p>\n");
        }
        if (Files.isDirectory(tables)) {
            try (Stream<Path> s = Files.list(tables)) {
                for (Path tex : s.filter(p -> p.getFileName().toString().endsWith(".tex")).sorted().toList()) {
                    String rel = relative(out, tex);
                    h.append("<details><summary>").append(link(rel)).append("</summary><pre>")
                            .append(escape(Files.readString(tex, StandardCharsets.UTF_8))).append("</pre></details>\n");
                }
            }
        }

        h.append("<h2 id=\"files\">All files</h2>\n<ul class=\"files\">\n");
        for (Path f : files(out)) {
            h.append("<li>").append(link(relative(out, f))).append(" <span class=\"size\">")
                    .append(escape(size(Files.size(f)))).append("</span></li>\n");
        }
        h.append("</ul>\n</body>\n</html>\n");
        return h.toString();
    }

    /** Every regular file under {@code out} except this page and hidden (temporary) files, sorted by path. */
    static List<Path> files(Path out) throws IOException {
        List<Path> all = new ArrayList<>();
        try (Stream<Path> s = Files.walk(out)) {
            s.filter(Files::isRegularFile)
                    .filter(p -> !out.relativize(p).toString().equals("index.html"))
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted((a, b) -> relative(out, a).compareTo(relative(out, b)))
                    .forEach(all::add);
        }
        return all;
    }

    static String relative(Path out, Path file) {
        return out.relativize(file).toString().replace(java.io.File.separatorChar, '/');
    }

    private static String link(String rel) {
        return "<a href=\"" + href(rel) + "\">" + escape(rel) + "</a>";
    }

    /** A relative URL: every byte outside {@code A-Z a-z 0-9 - . _ ~ / ,} percent-encoded (UTF-8), then HTML-escaped. */
    static String href(String rel) {
        StringBuilder sb = new StringBuilder();
        for (byte b : rel.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || "-._~/,".indexOf(c) >= 0) {
                sb.append(c);
            } else {
                sb.append(String.format(Locale.ROOT, "%%%02X", b & 0xff));
            }
        }
        return escape(sb.toString());
    }

    /** Escapes {@code & < > " '} for HTML text and attribute values (the XML escapes, which HTML5 reads too). */
    public static String escape(String s) {
        return dlnkit.picture.SvgCanvas.escape(s);
    }

    private static String size(long bytes) {
        return bytes < 1024 ? bytes + " B" : bytes < 1024 * 1024 ? String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0)
                : String.format(Locale.ROOT, "%.1f MiB", bytes / 1024.0 / 1024.0);
    }

    private static final String CSS = """
            body { font-family: "DejaVu Sans", Verdana, Arial, sans-serif; margin: 2em auto; max-width: 1200px; padding: 0 1em;
                   color: #222; line-height: 1.4; }
            h1 { font-size: 1.6em; margin-bottom: 0.2em; }
            h2 { border-bottom: 1px solid #ccc; padding-bottom: 0.2em; margin-top: 2em; }
            nav { margin: 0.5em 0 1em; }
            table { border-collapse: collapse; width: 100%; font-size: 0.92em; }
            th, td { border: 1px solid #ccc; padding: 0.35em 0.5em; text-align: left; vertical-align: top; }
            th { background: #f2f2f2; }
            td.ok, p.ok { color: #1a7f37; font-weight: bold; }
            td.failed, p.failed { color: #c0101a; font-weight: bold; }
            code { font-family: "DejaVu Sans Mono", monospace; font-size: 0.9em; background: #f6f6f6; padding: 0.05em 0.25em;
                   word-break: break-all; }
            pre { background: #f6f6f6; padding: 0.6em; overflow-x: auto; font-size: 0.85em; }
            figure { margin: 1.5em 0; }
            figure img { max-width: 100%; height: auto; border: 1px solid #ddd; }
            figcaption { font-size: 0.9em; color: #444; margin-top: 0.3em; }
            ul.files { columns: 2; font-size: 0.9em; }
            span.size { color: #888; }
            """;
}
