/**
 * Pictures: stratum diagrams (the cycle of arrows {@code W_1, ..., W_N, M} with its zero arcs, and an orbit's
 * interval modules) and the margin chart (image dimensions against the depth). Every picture is drawn once on a
 * {@link dlnkit.picture.Canvas} and rendered twice: as SVG text written by hand (deterministic: fixed number
 * formats, escaped text) and as PNG through Java2D in headless mode. Depends on {@code variety} and {@code model}
 * only; the numbers come from the caller.
 */
package dlnkit.picture;
