package dlnkit.symbolic;

import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.matheclipse.core.eval.EvalEngine;
import org.matheclipse.core.eval.ExprEvaluator;
import org.matheclipse.core.interfaces.IExpr;

/**
 * The one Symja evaluator of the JVM (its first initialization takes seconds), with every evaluation
 * bounded in time.
 *
 * <p>All work runs on one daemon worker thread; the caller waits for at most the time left on its
 * {@link Deadline}. When the time is up, the evaluation is stopped twice over: Symja's engine is asked
 * to stop ({@link EvalEngine#stopRequest()}, checked by its evaluation loop) and the worker is
 * interrupted (JAS, used for Groebner bases, checks the interrupt flag whenever it creates a
 * polynomial). If the worker still does not stop within {@link #GRACE_MILLIS}, it is abandoned (it is
 * a daemon, so it cannot keep the JVM alive) and a fresh worker and engine serve the next call. In
 * every case the caller gets a {@link SymbolicTimeoutException} at once.
 *
 * <p>Symja also starts non-daemon thread pools of its own; {@code dlnkit.cli.Main.main} ends the JVM
 * with {@code System.exit} for that reason.
 */
public final class Symja {
    /** How long a stopped evaluation may take to notice the stop before its worker is abandoned. */
    public static final long GRACE_MILLIS = 2000;

    private static Symja shared;

    private ExecutorService worker;
    private volatile EvalEngine engine;
    private int abandonedWorkers;

    private Symja() {
        QuietLogging.apply();
        worker = newWorker();
    }

    /** The evaluator of this JVM, created (and Symja initialized) on first use. */
    public static synchronized Symja shared() {
        if (shared == null) {
            shared = new Symja();
        }
        return shared;
    }

    /**
     * Evaluates {@code expr} (for instance {@code F.Expand(...)} or {@code F.D(...)}) within the time
     * left on {@code deadline}.
     *
     * @param step what is being computed, for the timeout message
     */
    public synchronized IExpr eval(IExpr expr, Deadline deadline, String step) {
        return run(() -> engine().evaluate(expr), deadline, step);
    }

    /**
     * Runs {@code task} on the worker within the time left on {@code deadline}; for JAS computations,
     * which stop when their thread is interrupted.
     */
    public synchronized <T> T run(Callable<T> task, Deadline deadline, String step) {
        long remaining = deadline.remainingNanos();
        if (remaining <= 0) {
            throw deadline.expired(step);
        }
        CountDownLatch finished = new CountDownLatch(1);
        Future<T> future = worker.submit(() -> {
            try {
                EvalEngine e = engine();
                e.setStopRequested(false);
                EvalEngine.set(e);
                return task.call();
            } finally {
                finished.countDown();
            }
        });
        try {
            return future.get(remaining, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            stop(future, finished);
            throw deadline.expired(step);
        } catch (InterruptedException e) {
            stop(future, finished);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while computing " + step, e);
        } catch (CancellationException e) {
            throw deadline.expired(step);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof org.matheclipse.core.eval.exception.TimeoutException
                    || cause instanceof edu.jas.kern.PreemptingException) {
                throw deadline.expired(step);
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException("symbolic computation failed while computing " + step + ": " + cause, cause);
        }
    }

    /** How many workers had to be abandoned because they ignored a stop request (for tests and reports). */
    public synchronized int abandonedWorkers() {
        return abandonedWorkers;
    }

    private void stop(Future<?> future, CountDownLatch finished) {
        EvalEngine e = engine;
        if (e != null) {
            e.stopRequest();
        }
        future.cancel(true);
        boolean stopped;
        try {
            stopped = finished.await(GRACE_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
            stopped = false;
        }
        if (!stopped) {
            abandonedWorkers++;
            worker.shutdownNow();
            worker = newWorker();
            engine = null; // the abandoned worker may still use the old engine
        } else if (e != null) {
            e.setStopRequested(false);
        }
    }

    /** The engine; created on first use, on the worker thread (Symja's engines are thread-local). */
    private EvalEngine engine() {
        if (engine == null) {
            ExprEvaluator evaluator = new ExprEvaluator(true, (short) 0);
            engine = evaluator.getEvalEngine();
            engine.setQuietMode(true);
        }
        return engine;
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "dlnkit-symja");
            t.setDaemon(true);
            return t;
        });
    }
}
