package dlnkit.picture;

import dlnkit.io.AtomicFiles;
import dlnkit.model.Checks;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import javax.imageio.ImageIO;

/**
 * A picture of a fixed page size, drawn by one function on a {@link Canvas}, written as SVG and as PNG beside it
 * ({@code name.svg} and {@code name.png}, the PNG at {@link #PNG_SCALE} pixels per SVG unit).
 *
 * @param title the SVG title (and the PNG's subject)
 * @param width page width in SVG units (pixels)
 * @param height page height
 * @param drawing draws the picture
 */
public record Figure(String title, int width, int height, Consumer<Canvas> drawing) {
    /** PNG pixels per SVG unit: sharp when a browser or README shows the picture at its SVG size. */
    public static final double PNG_SCALE = 2.0;

    public Figure {
        Checks.require(width > 0 && height > 0, "figure size", "positive", width + " x " + height);
    }

    /** The SVG document. */
    public String svg() {
        SvgCanvas c = new SvgCanvas(width, height);
        drawing.accept(c);
        return c.document(title);
    }

    /** The raster image at {@code scale} pixels per unit. */
    public BufferedImage raster(double scale) {
        RasterCanvas c = new RasterCanvas(width, height, scale);
        drawing.accept(c);
        return c.finish();
    }

    /** Writes {@code svg} and the PNG beside it (atomically, each); returns the PNG's path. */
    public Path write(Path svg) throws IOException {
        requireSvgName("SVG file", svg);
        Path png = pngBeside(svg);
        AtomicFiles.writeString(svg, svg());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(raster(PNG_SCALE), "png", bytes);
        AtomicFiles.write(png, bytes.toByteArray());
        return png;
    }

    /** {@code dir/name.png} for {@code dir/name.svg}. */
    public static Path pngBeside(Path svg) {
        String name = svg.getFileName().toString();
        return svg.resolveSibling(name.substring(0, name.length() - ".svg".length()) + ".png");
    }

    /** Checks that {@code path}, given as {@code option}, names an {@code .svg} file. */
    public static void requireSvgName(String option, Path path) {
        Checks.require(path != null && path.getFileName() != null && path.getFileName().toString().endsWith(".svg")
                && path.getFileName().toString().length() > 4, option, "a file name ending in .svg (the PNG is written beside it)", path);
    }
}
