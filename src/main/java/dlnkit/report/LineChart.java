package dlnkit.report;

import dlnkit.model.Checks;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * A line chart written as PNG with XChart. On a logarithmic axis, points whose value is not positive and
 * finite are left out (and counted in {@link #droppedPoints()}); a series may end in a marked point, used
 * to show where a run diverged.
 */
public final class LineChart {
    /** One series: a name, the points, whether to draw markers, and an optional marked last point. */
    public record Series(String name, List<Double> x, List<Double> y, boolean markers, boolean markEnd) {
        public Series {
            x = List.copyOf(x);
            y = List.copyOf(y);
            Checks.require(x.size() == y.size(), "series " + name, "as many x as y values", x.size() + " and " + y.size());
        }
    }

    private final String title;
    private final String xLabel;
    private final String yLabel;
    private boolean logX;
    private boolean logY;
    private boolean legend = true;
    private final List<Series> series = new ArrayList<>();
    private int dropped;

    public LineChart(String title, String xLabel, String yLabel) {
        this.title = title;
        this.xLabel = xLabel;
        this.yLabel = yLabel;
    }

    public LineChart logX() {
        logX = true;
        return this;
    }

    public LineChart logY() {
        logY = true;
        return this;
    }

    /** No legend (for many similar series). */
    public LineChart hideLegend() {
        legend = false;
        return this;
    }

    public LineChart add(Series s) {
        series.add(s);
        return this;
    }

    public LineChart add(String name, List<Double> x, List<Double> y) {
        return add(new Series(name, x, y, false, false));
    }

    public int droppedPoints() {
        return dropped;
    }

    /** Draws the chart into a PNG of the given size. */
    public void write(Path png, int width, int height) {
        System.setProperty("java.awt.headless", "true");
        XYChart chart = new XYChartBuilder().width(width).height(height).title(title).xAxisTitle(xLabel).yAxisTitle(yLabel)
                .build();
        chart.getStyler().setYAxisLogarithmic(logY);
        chart.getStyler().setXAxisLogarithmic(logX);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        chart.getStyler().setLegendVisible(legend);
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setMarkerSize(7);
        dropped = 0;
        for (Series s : series) {
            List<Double> xs = new ArrayList<>();
            List<Double> ys = new ArrayList<>();
            for (int i = 0; i < s.x().size(); i++) {
                double x = s.x().get(i);
                double y = s.y().get(i);
                boolean ok = Double.isFinite(x) && Double.isFinite(y) && (!logY || y > 0) && (!logX || x > 0);
                if (ok) {
                    xs.add(x);
                    ys.add(y);
                } else {
                    dropped++;
                }
            }
            if (xs.isEmpty()) {
                continue;
            }
            XYSeries xy = chart.addSeries(s.name(), xs, ys);
            xy.setMarker(s.markers() ? SeriesMarkers.CIRCLE : SeriesMarkers.NONE);
            if (s.markEnd()) {
                XYSeries end = chart.addSeries(s.name() + " (end)", List.of(xs.get(xs.size() - 1)), List.of(ys.get(ys.size() - 1)));
                end.setMarker(SeriesMarkers.CROSS);
                end.setMarkerColor(Color.RED);
                end.setLineColor(Color.RED);
                end.setShowInLegend(false);
            }
        }
        try {
            byte[] bytes = BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
            dlnkit.io.AtomicFiles.write(png, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + png, e);
        }
    }
}
