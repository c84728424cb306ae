package dlnkit.cli;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What a run that reaches the Java heap limit does: it ends with {@link Main#OUT_OF_MEMORY} and one line on standard
 * error that names the limit and how to raise it. The line is made before the run starts and a small reserve of memory
 * is released before it is printed, so saying it needs no memory the run has used up; several threads can meet the
 * limit at once, and only the first says it.
 */
final class OutOfMemory {
    private static final AtomicBoolean SAID = new AtomicBoolean();
    private static final String LINE = String.format(Locale.ROOT, "dlnkit: out of memory: the Java heap limit (%d MB) was "
            + "reached; raise it, for example DLNKIT_JAVA_OPTS=-Xmx8g ./dlnkit ... (or java -Xmx8g -jar target/dlnkit.jar ...)",
            Runtime.getRuntime().maxMemory() >> 20);
    @SuppressWarnings("unused")
    private static volatile byte[] reserve = new byte[1 << 20];

    private OutOfMemory() {
    }

    /** The line an out-of-memory exit prints. */
    static String line() {
        return LINE;
    }

    /** Whether {@code e} is, or was caused by, an {@link OutOfMemoryError} (a worker thread's arrives wrapped). */
    static boolean causes(Throwable e) {
        int hops = 0;
        for (Throwable t = e; t != null && hops < 64; t = t.getCause(), hops++) {
            if (t instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }

    /** Prints the line once (the first caller only), after releasing the reserve. */
    static void say() {
        reserve = null;
        if (SAID.compareAndSet(false, true)) {
            System.err.println(LINE);
            System.err.flush();
        }
    }

    /**
     * Installs the handler of threads that die of an uncaught error: one that dies of an {@link OutOfMemoryError} outside
     * a Future (a pool's or a library's) would leave the main thread waiting for its work, so the process says so and
     * ends at once; any other is printed as the JVM would.
     */
    static void install() {
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            if (causes(e)) {
                try {
                    say();
                } finally {
                    Runtime.getRuntime().halt(Main.OUT_OF_MEMORY);
                }
            }
            System.err.print("Exception in thread \"" + thread.getName() + "\" ");
            e.printStackTrace();
        });
    }
}
