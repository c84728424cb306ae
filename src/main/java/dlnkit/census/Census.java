package dlnkit.census;

import dlnkit.conjecture.ConjectureDecision;
import dlnkit.conjecture.ConjectureResult;
import dlnkit.model.Checks;
import dlnkit.model.Widths;
import dlnkit.numeric.Tolerances;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Runs a census: decides the main conjecture for every reversal class of a family (or of one shard of it) and stores
 * each result in a {@link CensusStore} as soon as it is known. Classes are decided in parallel, the most expensive
 * first; each decision depends on the widths and the seed only, so the rows do not depend on the number of threads,
 * on the order of completion or on the sharding. An existing database of the same census (family, seed, version,
 * notion, shard) is resumed: the classes it holds are skipped.
 */
public final class Census {
    private Census() {
    }

    /** Called on the writing thread: once at the start, then after each stored row. */
    public interface Listener {
        void started(int planned, int alreadyDone, int failsAlready);

        void stored(CensusRow row);
    }

    /** What a run did: classes in its share, found already stored, decided now, failures among all stored. */
    public record Outcome(int planned, int resumed, int decided, long failingVectors, double seconds) {
    }

    /** The dlnkit version stored in every row (the jar's, or {@code development build}). */
    public static String version() {
        String v = Census.class.getPackage().getImplementationVersion();
        return v == null ? "development build" : v;
    }

    /**
     * The one call of the decision procedure for a census row (kept in one place: the census parallelizes over
     * vectors, so the decision itself runs single-threaded).
     */
    static ConjectureResult decide(Widths widths, long seed) {
        return ConjectureDecision.decide(widths, seed, Tolerances.DEFAULT);
    }

    /** Decides one class and builds its row. */
    public static CensusRow row(Family.Member m, long seed) {
        long t0 = System.nanoTime();
        ConjectureResult r = decide(m.widths(), seed);
        CensusRow row = CensusRow.of(r, m.multiplicity(), 0, version());
        double seconds = (System.nanoTime() - t0) / 1e9;
        return new CensusRow(row.widths(), row.depth(), row.multiplicity(), row.notion(), row.verdict(), row.target(), row.dimImDelta(),
                row.dimDeltaAh(), row.floatRank(), row.evidence(), row.errorBound(), row.strataTotal(), row.strataEvaluated(),
                row.stratum(), row.certificate(), row.certificateValid(), row.seed(), Math.round(seconds * 1e4) / 1e4, row.version());
    }

    /**
     * Runs the census of {@code family} (its share {@code shard}) into {@code db}. A new file is created; an existing
     * one must hold the same census and is resumed; {@code mustExist} (the {@code --resume} flag) refuses a missing file.
     */
    public static Outcome run(Family family, Path db, long seed, Shards.Spec shard, int threads, boolean mustExist, Listener listener)
            throws SQLException, InterruptedException {
        Checks.require(threads >= 1 && threads <= 1024, "--threads", "an integer between 1 and 1024", threads);
        boolean exists = Files.exists(db);
        Checks.require(exists || !mustExist, "--resume", "an existing census database", db + " does not exist");
        long t0 = System.nanoTime();
        List<Family.Member> members = family.members();
        double[] costs = new double[members.size()];
        for (int i = 0; i < costs.length; i++) {
            costs[i] = Shards.cost(members.get(i).widths());
        }
        int[] shards = Shards.assign(costs, shard.count());
        CensusStore.Meta meta = new CensusStore.Meta(CensusStore.FORMAT, family.description(), seed, version(), CensusRow.NOTION_FIXED,
                shard.toString());
        try (CensusStore store = CensusStore.openForWriting(db)) {
            if (store.isEmpty()) {
                store.create(meta, Map.of("vectors", Long.toString(family.vectors()), "classes", Integer.toString(members.size()),
                        "reversal", "one row per reversal class; multiplicity counts the family vectors it stands for"),
                        members, costs, shards);
            } else {
                CensusStore.Meta found = store.meta();
                String diff = meta.mismatch(found);
                if (diff.isEmpty() && !found.shard().equals(meta.shard())) {
                    diff = "shard " + found.shard() + " (expected " + meta.shard() + ")";
                }
                Checks.require(diff.isEmpty(), "--db", "a census database of the same census, to resume",
                        db + " holds " + diff + "; use another --db or remove it");
            }
            Set<String> done = store.decided();
            List<Family.Member> todo = new ArrayList<>();
            for (int i = 0; i < members.size(); i++) {
                if (shards[i] == shard.index() && !done.contains(members.get(i).widths().toString())) {
                    todo.add(members.get(i));
                }
            }
            int planned = (int) java.util.stream.IntStream.of(shards).filter(s -> s == shard.index()).count();
            long failsAlready = failingVectors(store);
            listener.started(planned, planned - todo.size(), (int) failsAlready);
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < todo.size(); i++) {
                order.add(i);
            }
            Map<Widths, Double> costOf = new java.util.HashMap<>();
            for (int i = 0; i < members.size(); i++) {
                costOf.put(members.get(i).widths(), costs[i]);
            }
            order.sort(Comparator.comparingDouble((Integer i) -> -costOf.get(todo.get(i).widths())).thenComparingInt(i -> i));
            ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "dlnkit-census");
                t.setDaemon(true);
                return t;
            });
            try {
                CompletionService<CensusRow> cs = new ExecutorCompletionService<>(pool);
                for (int i : order) {
                    Family.Member m = todo.get(i);
                    cs.submit(() -> row(m, seed));
                }
                long fails = failsAlready;
                for (int n = 0; n < order.size(); n++) {
                    CensusRow row;
                    try {
                        row = cs.take().get();
                    } catch (ExecutionException e) {
                        Throwable cause = e.getCause();
                        if (cause instanceof RuntimeException re) {
                            throw re;
                        }
                        throw new IllegalStateException(cause);
                    }
                    store.insert(row);
                    fails += "fails".equals(row.verdict()) ? row.multiplicity() : 0;
                    listener.stored(row);
                }
                return new Outcome(planned, planned - todo.size(), todo.size(), fails, (System.nanoTime() - t0) / 1e9);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    static long failingVectors(CensusStore store) throws SQLException {
        try (var s = store.connection().createStatement();
                var rs = s.executeQuery("SELECT COALESCE(SUM(multiplicity), 0) FROM results WHERE verdict = 'fails'")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
