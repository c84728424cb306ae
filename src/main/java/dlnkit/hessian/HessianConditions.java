package dlnkit.hessian;

import dlnkit.model.Checks;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The vanishing-Hessian conditions of docs/math.md section 3 as a disjunction of systems of zero products,
 * in two forms.
 *
 * <ul>
 * <li><b>Cyclic form</b>: the cycle of {@code N + 1} arrows {@code M, W_1, ..., W_N} (arrow 0 is
 * {@code M = X Y^T}, applied before {@code W_1}); for every pair of arrows one of the two arcs between
 * them composes to zero. An empty arc is the identity and never zero, so a pair of adjacent arrows
 * forces its other arc.</li>
 * <li><b>Theorem form</b>: the cycle of {@code N + 2} arrows {@code X, W_1, ..., W_N, Y^T} (arrow 0 is
 * {@code X}, arrow {@code N+1} is {@code Y^T}); (1) some {@code 1 <= n < l <= N} with
 * {@code W_{N:l} = 0} and {@code W_{n:1} X = 0}, and (2) for all {@code k < j}: {@code W_{j-1:k+1} = 0}
 * or {@code W_{k-1:1} X Y^T W_{N:j+1} = 0}. ({@code n = 0} would need {@code X = 0}, excluded by the
 * standing assumption that {@code X X^T} is invertible.)</li>
 * </ul>
 *
 * <p>Every word is an arc of its cycle, and a zero arc forces every arc containing it to be zero. The
 * conjunction of clauses is expanded into a disjunction of systems clause by clause, keeping only
 * systems not implied by others: a system is dropped when another system's arcs all contain an arc
 * of it (its zero set lies inside the other's), and within a system an arc containing another of its
 * arcs is dropped. This is syntactic implication, so the systems kept are a correct description of the
 * same set, possibly still with overlaps that need algebra to see.
 */
public final class HessianConditions {
    /** The largest depth accepted: the number of systems grows quickly with it. */
    public static final int MAX_DEPTH = 8;

    private HessianConditions() {
    }

    /** The two forms. */
    public enum Form {
        CYCLIC, THEOREM;

        /** The number of arrows of the form's cycle for depth {@code n}. */
        public int cycleSize(int n) {
            return this == CYCLIC ? n + 1 : n + 2;
        }
    }

    /**
     * An arc of a cycle: arrows {@code first, first + 1, ..., first + length - 1} (mod the cycle size),
     * in the order they are applied. Its product is written from the last arrow to the first.
     *
     * @param form the cycle it lives on
     * @param depth the depth {@code N}
     * @param first the first arrow applied
     * @param length the number of arrows, at least 1 and less than the cycle size
     */
    public record Arc(Form form, int depth, int first, int length) implements Comparable<Arc> {
        public Arc {
            int size = form.cycleSize(depth);
            Checks.require(first >= 0 && first < size && length >= 1 && length < size, "arc",
                    "0 <= first < " + size + " and 1 <= length < " + size, first + "/" + length);
        }

        /** The arrows in the order applied. */
        public List<Integer> arrows() {
            int size = form.cycleSize(depth);
            List<Integer> out = new ArrayList<>(length);
            for (int i = 0; i < length; i++) {
                out.add((first + i) % size);
            }
            return out;
        }

        /** True when this arc is part of {@code other} (so this arc zero forces {@code other} zero). */
        public boolean within(Arc other) {
            int size = form.cycleSize(depth);
            int offset = Math.floorMod(first - other.first, size);
            return form == other.form && length <= other.length && offset + length <= other.length;
        }

        /** The label of an arrow: {@code M}, {@code W3}, {@code X} or {@code Y^T}. */
        public String label(int arrow) {
            if (form == Form.CYCLIC) {
                return arrow == 0 ? "M" : "W" + arrow;
            }
            return arrow == 0 ? "X" : arrow == depth + 1 ? "Y^T" : "W" + arrow;
        }

        /**
         * True for an arc that cannot vanish under the standing assumptions ({@code X} of full row rank,
         * {@code M = X Y^T} of full rank): {@code M}, {@code X} or {@code X Y^T} alone.
         */
        public boolean infeasible() {
            return arrows().stream().allMatch(a -> a == 0 || (form == Form.THEOREM && a == depth + 1));
        }

        /** The product as written, e.g. {@code W2W1}, {@code W1 M W3} or {@code W1 X Y^T W3}. */
        @Override
        public String toString() {
            List<Integer> a = arrows();
            StringBuilder sb = new StringBuilder();
            String previous = null;
            for (int i = a.size() - 1; i >= 0; i--) {
                String l = label(a.get(i));
                boolean isW = l.startsWith("W");
                if (previous != null && !(isW && previous.startsWith("W"))) {
                    sb.append(' ');
                }
                sb.append(l);
                previous = l;
            }
            return sb.toString();
        }

        @Override
        public int compareTo(Arc o) {
            return Comparator.comparingInt(Arc::length).thenComparingInt(Arc::first).compare(this, o);
        }
    }

    /**
     * The disjunction.
     *
     * @param form which form
     * @param depth {@code N}
     * @param rawChoices the number of systems before any was dropped: one per choice of vanishing arc
     *     for every pair (times the choices of {@code (n, l)} in the theorem form)
     * @param systems the systems kept, each a sorted set of arcs that must compose to zero
     */
    public record Disjunction(Form form, int depth, long rawChoices, List<List<Arc>> systems) {
        public Disjunction {
            systems = systems.stream().map(List::copyOf).toList();
        }

        /** The systems that can hold under the standing assumptions (none forces {@code M} or {@code X} to vanish). */
        public List<List<Arc>> feasibleSystems() {
            return systems.stream().filter(s -> s.stream().noneMatch(Arc::infeasible)).toList();
        }

        /** {@code "W2 = 0, W3W1... = 0"} for one system. */
        public static String describe(List<Arc> system) {
            return system.stream().map(a -> a + " = 0").collect(Collectors.joining(", "));
        }
    }

    /** The cyclic form for depth {@code n}. */
    public static Disjunction cyclic(int n) {
        requireDepth(n);
        int size = Form.CYCLIC.cycleSize(n);
        List<List<Arc>> clauses = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            for (int j = i + 1; j < size; j++) {
                List<Arc> clause = new ArrayList<>();
                addIfNonEmpty(clause, Form.CYCLIC, n, i + 1, j - i - 1);
                addIfNonEmpty(clause, Form.CYCLIC, n, (j + 1) % size, size - (j - i) - 1);
                clauses.add(clause);
            }
        }
        return expand(Form.CYCLIC, n, List.of(Set.of()), 1, clauses);
    }

    /** The theorem's form for depth {@code n}. */
    public static Disjunction theorem(int n) {
        requireDepth(n);
        List<Set<Arc>> start = new ArrayList<>();
        for (int nn = 1; nn <= n; nn++) {
            for (int l = nn + 1; l <= n; l++) {
                start.add(reduce(Set.of(new Arc(Form.THEOREM, n, l, n - l + 1), new Arc(Form.THEOREM, n, 0, nn + 1))));
            }
        }
        List<List<Arc>> clauses = new ArrayList<>();
        for (int k = 1; k <= n; k++) {
            for (int j = k + 1; j <= n; j++) {
                List<Arc> clause = new ArrayList<>();
                addIfNonEmpty(clause, Form.THEOREM, n, k + 1, j - k - 1);
                addIfNonEmpty(clause, Form.THEOREM, n, j + 1, n - j + k + 1);
                clauses.add(clause);
            }
        }
        return expand(Form.THEOREM, n, antichain(start), start.size(), clauses);
    }

    /**
     * The theorem form rewritten in the cyclic form's words, using the standing assumptions:
     * {@code W_{n:1} X = 0} iff {@code W_{n:1} = 0} ({@code X} has full row rank), and {@code X Y^T = M}.
     * The result is reduced again; {@code HessianConditionsTest} checks that it equals {@link #cyclic}.
     */
    public static Disjunction theoremAsCyclic(Disjunction theorem) {
        Checks.require(theorem.form() == Form.THEOREM, "disjunction", "the theorem form", theorem.form());
        int n = theorem.depth();
        List<Set<Arc>> out = new ArrayList<>();
        for (List<Arc> system : theorem.systems()) {
            Set<Arc> translated = new TreeSet<>();
            for (Arc a : system) {
                List<Integer> arrows = new ArrayList<>(a.arrows());
                if (arrows.get(0) == 0) {
                    arrows.remove(0); // W_{n:1} X = 0 iff W_{n:1} = 0
                }
                List<Integer> cyc = new ArrayList<>();
                for (int i = 0; i < arrows.size(); i++) {
                    int arrow = arrows.get(i);
                    if (arrow == n + 1) {
                        Checks.require(i + 1 < arrows.size() && arrows.get(i + 1) == 0, "theorem word",
                                "Y^T followed by X", a);
                        cyc.add(0);
                        i++;
                    } else {
                        cyc.add(arrow);
                    }
                }
                translated.add(new Arc(Form.CYCLIC, n, cyc.get(0), cyc.size()));
            }
            out.add(reduce(translated));
        }
        return new Disjunction(Form.CYCLIC, n, theorem.rawChoices(), sorted(antichain(out)));
    }

    private static void requireDepth(int n) {
        Checks.require(n >= 1 && n <= MAX_DEPTH, "depth", "between 1 and " + MAX_DEPTH + " for the Hessian conditions", n);
    }

    private static void addIfNonEmpty(List<Arc> clause, Form form, int n, int first, int length) {
        if (length > 0) {
            clause.add(new Arc(form, n, first, length));
        }
    }

    private static Disjunction expand(Form form, int n, List<Set<Arc>> start, long startChoices, List<List<Arc>> clauses) {
        long raw = startChoices;
        List<Set<Arc>> systems = start;
        for (List<Arc> clause : clauses) {
            raw = Math.multiplyExact(raw, clause.size());
            List<Set<Arc>> next = new ArrayList<>();
            for (Set<Arc> s : systems) {
                if (clause.stream().anyMatch(a -> forces(s, a))) {
                    next.add(s);
                    continue;
                }
                for (Arc a : clause) {
                    Set<Arc> t = new TreeSet<>(s);
                    t.add(a);
                    next.add(reduce(t));
                }
            }
            systems = antichain(next);
        }
        return new Disjunction(form, n, raw, sorted(systems));
    }

    /** True when the system forces arc {@code a} to be zero: one of its arcs lies within {@code a}. */
    static boolean forces(Set<Arc> system, Arc a) {
        for (Arc b : system) {
            if (b.within(a)) {
                return true;
            }
        }
        return false;
    }

    /** Drops arcs of a system that contain another of its arcs. */
    static Set<Arc> reduce(Set<Arc> system) {
        Set<Arc> out = new TreeSet<>();
        for (Arc a : system) {
            boolean redundant = false;
            for (Arc b : system) {
                if (!b.equals(a) && b.within(a)) {
                    redundant = true;
                    break;
                }
            }
            if (!redundant) {
                out.add(a);
            }
        }
        return out;
    }

    /** Keeps the systems not implied by another: drops {@code s} when some other {@code t} has all its arcs forced by {@code s}. */
    static List<Set<Arc>> antichain(List<Set<Arc>> systems) {
        List<Set<Arc>> unique = new ArrayList<>(new LinkedHashSet<>(systems));
        List<Set<Arc>> out = new ArrayList<>();
        for (int i = 0; i < unique.size(); i++) {
            Set<Arc> s = unique.get(i);
            boolean dropped = false;
            for (int j = 0; j < unique.size() && !dropped; j++) {
                if (i != j && impliesAll(s, unique.get(j))) {
                    dropped = true;
                }
            }
            if (!dropped) {
                out.add(s);
            }
        }
        return out;
    }

    private static boolean impliesAll(Set<Arc> s, Set<Arc> t) {
        for (Arc a : t) {
            if (!forces(s, a)) {
                return false;
            }
        }
        return true;
    }

    private static List<List<Arc>> sorted(List<Set<Arc>> systems) {
        List<List<Arc>> out = new ArrayList<>();
        for (Set<Arc> s : systems) {
            out.add(new ArrayList<>(new TreeSet<>(s)));
        }
        out.sort(Comparator.<List<Arc>>comparingInt(List::size).thenComparing(Object::toString));
        return out;
    }
}
