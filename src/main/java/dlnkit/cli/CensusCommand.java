package dlnkit.cli;

import dlnkit.census.Census;
import dlnkit.census.CensusMerge;
import dlnkit.census.CensusRow;
import dlnkit.census.CensusStore;
import dlnkit.census.CensusSummary;
import dlnkit.census.Family;
import dlnkit.census.Shards;
import dlnkit.io.AtomicFiles;
import dlnkit.model.Checks;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dlnkit census}: the main conjecture for every widths vector of a family, stored in SQLite (docs/census.md). */
@Command(name = "census", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Decides the main conjecture (as `dlnkit conjecture`) for every widths vector of a family and stores one row per "
                + "reversal class (a vector and its reverse have the same answer; the column multiplicity says whether the row stands "
                + "for both) in an SQLite database: verdict, T, dim im delta, dim delta(A_H), evidence, the failing stratum in words and "
                + "as JSON, the certificate, seed, time and dlnkit version. Schema: docs/census.md.",
            "Each row is committed as soon as it is decided: an interrupted census loses only the vectors in flight, and running "
                + "the same command again resumes it (an existing --db of another family, seed, version or shard is refused). "
                + "Vectors are decided in parallel; the rows do not depend on the number of threads or shards. --shard i/k takes "
                + "a share balanced by estimated cost (orbits x parameters) for a cluster job array; `census merge` joins the shards.",
            "Families: --depth N --entries lo..hi (all vectors in {lo..hi}^(N+1)) or --widths-file FILE (one vector a line, "
                + "# comments), with --square-ends or --unequal-ends to filter.",
            "A --db that holds another census is bad input (exit 2)."},
        subcommands = {CensusCommand.Merge.class, CensusCommand.Report.class, CensusCommand.Query.class, CensusCommand.Draw.class},
        exitCodeList = {"0:every vector of the share decided and stored", "1:some vector undecided (exact and float ranks, or the two exact routes, disagree)"})
final class CensusCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--depth", paramLabel = "N", description = "Depth of the vectors (with --entries).")
    Integer depth;

    @Option(names = "--entries", paramLabel = "LO..HI", description = "Range of the entries (with --depth), e.g. 1..3.")
    String entries;

    @Option(names = "--widths-file", paramLabel = "FILE", description = "Vectors one a line, e.g. 2,1,2,2,1,1 (instead of --depth).")
    Path widthsFile;

    @ArgGroup(exclusive = true)
    EndsFilter ends;

    static final class EndsFilter {
        @Option(names = "--square-ends", description = "Only vectors with d_0 = d_N.")
        boolean square;

        @Option(names = "--unequal-ends", description = "Only vectors with d_0 != d_N.")
        boolean unequal;
    }

    @Option(names = "--db", defaultValue = "census.db", paramLabel = "FILE", description = "The database (default: ${DEFAULT-VALUE}).")
    Path db;

    @Mixin
    SeedOption seedOption = new SeedOption();

    @Option(names = "--threads", paramLabel = "T", description = "Vectors decided at once (default: the number of processors).")
    Integer threads;

    @Option(names = "--shard", paramLabel = "i/k", description = "Decide only share i of k (0 <= i < k), e.g. "
            + "$SLURM_ARRAY_TASK_ID/$SLURM_ARRAY_TASK_COUNT (default: everything).")
    String shard;

    @Option(names = "--resume", description = "Require --db to exist and continue it (an existing --db of the same census is "
            + "resumed anyway).")
    boolean resume;

    @Mixin
    ProgressOption progress = new ProgressOption();

    /** The family the options describe. */
    Family family() throws IOException {
        Family.Ends filter = ends == null ? Family.Ends.ALL : ends.square ? Family.Ends.SQUARE : Family.Ends.UNEQUAL;
        if (widthsFile != null) {
            Checks.require(depth == null && entries == null, "--widths-file", "no --depth or --entries with it", widthsFile);
            Checks.require(Files.isRegularFile(widthsFile), "--widths-file", "a readable file", widthsFile);
            return Family.fromLines(widthsFile.toString(), Files.readAllLines(widthsFile, StandardCharsets.UTF_8), filter);
        }
        Checks.require(depth != null && entries != null, "family", "--depth N --entries LO..HI, or --widths-file FILE",
                "depth " + depth + ", entries " + entries);
        String[] range = entries.trim().split("\\.\\.", -1);
        try {
            Checks.require(range.length == 2, "--entries", "a range LO..HI such as 1..3", entries);
            return Family.range(depth, Integer.parseInt(range[0].trim()), Integer.parseInt(range[1].trim()), filter);
        } catch (NumberFormatException e) {
            throw Checks.failure("--entries", "a range LO..HI of integers such as 1..3", entries);
        }
    }

    @Override
    public Integer call() throws Exception {
        Family family = family();
        long seed = seedOption.value();
        Shards.Spec share = shard == null ? Shards.Spec.all() : Shards.Spec.parse(shard);
        int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        AtomicFiles.checkOutputFile("--db", db);
        PrintWriter out = spec.commandLine().getOut();
        long[] undecided = {0};
        Census.Outcome o;
        Progress[] bar = {null};
        try {
            o = Census.run(family, db, seed, share, t, resume, new Census.Listener() {
                long t0;
                int done;
                long fails;

                @Override
                public void started(int planned, int alreadyDone, int failsAlready) {
                    t0 = System.nanoTime();
                    done = alreadyDone;
                    fails = failsAlready;
                    bar[0] = progress.start("census", Math.max(1, planned), true);
                    bar[0].stepTo(done, fails + " vectors fail");
                }

                @Override
                public void stored(CensusRow row) {
                    done++;
                    fails += "fails".equals(row.verdict()) ? row.multiplicity() : 0;
                    undecided[0] += "undecided".equals(row.verdict()) ? 1 : 0;
                    double rate = done / Math.max(1e-9, (System.nanoTime() - t0) / 1e9);
                    bar[0].stepTo(done, String.format(Locale.ROOT, "%d vectors fail, %.1f classes/s", fails, rate));
                }
            });
        } finally {
            if (bar[0] != null) {
                bar[0].close();
            }
        }
        out.printf(Locale.ROOT, "census of %s, seed %d, shard %s: %d classes in this share (%d already stored, %d decided now), "
                + "%d failing vectors stored; %s in %.1f s (%d threads, process CPU %.1f s)%n", family.description(), seed, share,
                o.planned(), o.resumed(), o.decided(), o.failingVectors(), db, o.seconds(), t, CensusBench.processCpuNanos() / 1e9);
        out.flush();
        return undecided[0] > 0 ? Main.DISAGREE : Main.OK;
    }

    @Command(name = "merge", mixinStandardHelpOptions = true,
            description = {"Unions census databases (the shards of one census: same family, seed, dlnkit version and notion) into OUT, "
                    + "written through a temporary file and renamed into place; lists the vectors no input holds.",
                "Inputs of different censuses, inputs that disagree on a vector, or an OUT that exists are bad input (exit 2)."},
            exitCodeList = {"0:every vector of the family is in OUT", "1:OUT written, but some vectors are missing (listed)"})
    static final class Merge implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "OUT", description = "The merged database (must not exist yet).")
        Path out;

        @Parameters(index = "1..*", arity = "1..*", paramLabel = "IN", description = "Census databases to merge.")
        List<Path> inputs = new ArrayList<>();

        @Override
        public Integer call() throws Exception {
            Checks.require(!Files.exists(out), "OUT", "a database that does not exist yet", out);
            CensusMerge.Outcome o = CensusMerge.merge(out, inputs);
            PrintWriter w = spec.commandLine().getOut();
            w.printf(Locale.ROOT, "merged %d databases into %s: %d of %d classes stored (%d vectors), %d missing%n", inputs.size(), out,
                    o.stored(), o.classes(), o.vectors(), o.missing().size());
            if (!o.missing().isEmpty()) {
                w.println("  missing: " + String.join(" ", o.missing().subList(0, Math.min(50, o.missing().size())))
                        + (o.missing().size() > 50 ? " ..." : ""));
            }
            w.flush();
            return o.missing().isEmpty() ? Main.OK : Main.DISAGREE;
        }
    }

    @Command(name = "report", mixinStandardHelpOptions = true,
            description = {"Summarizes a census database: vectors by depth and verdict, failures by d_0 = d_N or not and by the arc "
                    + "pattern of the failing stratum (zero arcs | arcs through M), the smallest failing vectors, verdicts by evidence "
                    + "(certified, exact, probabilistic), undecided vectors. Counts are of vectors (rows weighted by multiplicity).",
                "A DB that is not a census database is bad input (exit 2)."},
            exitCodeList = {"0:success"})
    static final class Report implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "DB", description = "The census database.")
        Path db;

        @Mixin
        FormatOption.TextJsonLatex formatOption = new FormatOption.TextJsonLatex();

        @Option(names = "--patterns", defaultValue = "15", description = "Arc patterns listed (default: ${DEFAULT-VALUE}).")
        int patterns;

        @Option(names = "--smallest", defaultValue = "10", description = "Smallest failing vectors listed (default: ${DEFAULT-VALUE}).")
        int smallest;

        @Override
        public Integer call() throws Exception {
            Checks.require(patterns >= 0 && patterns <= 10_000, "--patterns", "an integer between 0 and 10000", patterns);
            Checks.require(smallest >= 0 && smallest <= 10_000, "--smallest", "an integer between 0 and 10000", smallest);
            CensusSummary s;
            try (CensusStore store = CensusStore.openReadOnly("DB", db)) {
                s = CensusSummary.of(store, patterns, smallest);
            }
            PrintWriter w = spec.commandLine().getOut();
            w.print(switch (formatOption.get()) {
                case TEXT -> s.text();
                case JSON -> s.json() + System.lineSeparator();
                case LATEX -> s.latex();
            });
            w.flush();
            return Main.OK;
        }
    }

    @Command(name = "query", mixinStandardHelpOptions = true,
            description = {"Selects rows of the results table with an SQL WHERE clause over the documented schema (docs/census.md), "
                    + "on a read-only connection, e.g. --where \"verdict = 'fails' AND square_ends = 1\". Prints tab-separated "
                    + "columns with a header, or JSON.",
                "Bad SQL is bad input (exit 2)."},
            exitCodeList = {"0:success (also when no row matches)"})
    static final class Query implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "DB", description = "The census database.")
        Path db;

        @Option(names = "--where", defaultValue = "1", paramLabel = "SQL", description = "The condition (default: every row).")
        String where;

        @Option(names = "--columns", defaultValue = "widths,depth,multiplicity,verdict,target,dim_im_delta,dim_delta_ah,evidence,"
                + "error_bound,zero_arcs,m_arcs", paramLabel = "COLS", description = "Columns or expressions, comma-separated "
                + "(default: ${DEFAULT-VALUE}).")
        String columns;

        @Option(names = "--order-by", defaultValue = "depth, width_sum, widths", paramLabel = "SQL",
                description = "Order (default: ${DEFAULT-VALUE}).")
        String orderBy;

        @Option(names = "--limit", defaultValue = "1000", description = "At most this many rows (default: ${DEFAULT-VALUE}).")
        int limit;

        @Mixin
        FormatOption.TextJson formatOption = new FormatOption.TextJson();

        @Override
        public Integer call() throws Exception {
            Checks.require(limit >= 0, "--limit", "a non-negative integer", limit);
            Checks.require(!where.contains(";"), "--where", "one SQL condition without ';'", where);
            Checks.require(!columns.contains(";") && !orderBy.contains(";"), "--columns", "SQL expressions without ';'", columns);
            String sql = "SELECT " + columns + " FROM results WHERE (" + where + ") ORDER BY " + orderBy + " LIMIT " + limit;
            PrintWriter w = spec.commandLine().getOut();
            try (CensusStore store = CensusStore.openReadOnly("DB", db); Statement s = store.connection().createStatement();
                    ResultSet rs = s.executeQuery(sql)) {
                ResultSetMetaData md = rs.getMetaData();
                int n = md.getColumnCount();
                List<String> names = new ArrayList<>();
                for (int c = 1; c <= n; c++) {
                    names.add(md.getColumnLabel(c));
                }
                List<List<Object>> rows = new ArrayList<>();
                while (rs.next()) {
                    List<Object> row = new ArrayList<>();
                    for (int c = 1; c <= n; c++) {
                        row.add(rs.getObject(c));
                    }
                    rows.add(row);
                }
                if (formatOption.get() == Format.JSON) {
                    com.google.gson.JsonArray arr = new com.google.gson.JsonArray();
                    for (List<Object> row : rows) {
                        com.google.gson.JsonObject o = new com.google.gson.JsonObject();
                        for (int c = 0; c < n; c++) {
                            Object v = row.get(c);
                            if (v instanceof Number num) {
                                o.addProperty(names.get(c), num);
                            } else {
                                o.addProperty(names.get(c), v == null ? null : v.toString());
                            }
                        }
                        arr.add(o);
                    }
                    w.println(new com.google.gson.GsonBuilder().setPrettyPrinting().serializeNulls().disableHtmlEscaping().create()
                            .toJson(arr));
                } else {
                    w.println(String.join("\t", names));
                    for (List<Object> row : rows) {
                        List<String> cells = new ArrayList<>();
                        row.forEach(v -> cells.add(v == null ? "" : v.toString().replace('\t', ' ').replace('\n', ' ')));
                        w.println(String.join("\t", cells));
                    }
                }
            } catch (SQLException e) {
                throw Checks.failure("--where", "valid SQL over the census schema (docs/census.md)", sql + " (" + e.getMessage() + ")");
            }
            w.flush();
            return Main.OK;
        }
    }

    @Command(name = "draw", mixinStandardHelpOptions = true,
            description = {"Draws the failing stratum of failing rows as stratum diagrams (docs/pictures.md): DIR/<widths>.svg and "
                    + ".png beside it, one per row (a vector and its reverse share a row). Each stratum is rebuilt from the row's "
                    + "stored orbit and checked against the stored stratum before it is drawn. --where selects rows as in "
                    + "`census query`; a row without a stored stratum (A_H empty) is skipped.",
                "Bad SQL is bad input (exit 2)."},
            exitCodeList = {"0:drawn (also when no row matches)"})
    static final class Draw implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "DB", description = "The census database.")
        Path db;

        @Mixin
        OutputDirectory.Required output = new OutputDirectory.Required();

        @Option(names = "--where", defaultValue = "verdict = 'fails'", paramLabel = "SQL",
                description = "Rows to draw (default: ${DEFAULT-VALUE}).")
        String where;

        @Option(names = "--limit", defaultValue = "20", description = "At most this many diagrams (default: ${DEFAULT-VALUE}).")
        int limit;

        @Override
        public Integer call() throws Exception {
            Checks.require(limit >= 0 && limit <= 100_000, "--limit", "an integer between 0 and 100000", limit);
            Checks.require(!where.contains(";"), "--where", "one SQL condition without ';'", where);
            Path out = output.checked();
            String sql = "SELECT widths, verdict, dim_delta_ah, dim_im_delta, stratum_json FROM results WHERE (" + where
                    + ") AND stratum_json IS NOT NULL ORDER BY depth, width_sum, widths LIMIT " + limit;
            List<String[]> rows = new ArrayList<>();
            try (CensusStore store = CensusStore.openReadOnly("DB", db); Statement s = store.connection().createStatement();
                    ResultSet rs = s.executeQuery(sql)) {
                while (rs.next()) {
                    rows.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)});
                }
            } catch (SQLException e) {
                throw Checks.failure("--where", "valid SQL over the census schema (docs/census.md)", sql + " (" + e.getMessage() + ")");
            }
            PrintWriter w = spec.commandLine().getOut();
            for (String[] row : rows) {
                dlnkit.model.Widths widths = dlnkit.model.Widths.parse(row[0]);
                dlnkit.variety.Stratum stratum = dlnkit.census.StratumWords.rebuild(widths, row[4]);
                Path svg = out.resolve(row[0].replace(',', '-') + ".svg");
                String title = String.format(java.util.Locale.ROOT, "widths %s: %s stratum of A_H, dim delta = %s of %s", row[0],
                        "fails".equals(row[1]) ? "failing" : "best", row[2], row[3]);
                Path png = dlnkit.picture.StratumDiagram.write(svg, stratum, title);
                w.println("drew " + svg + " and " + png);
            }
            w.println(rows.size() + " diagram" + (rows.size() == 1 ? "" : "s") + " drawn");
            w.flush();
            return Main.OK;
        }
    }
}
