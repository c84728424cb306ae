package dlnkit.symbolic;

import java.time.Duration;

/** The shared Symja evaluator of the test JVM (its start-up takes seconds) and a generous budget. */
final class SymbolicFixture {
    private SymbolicFixture() {
    }

    static Algebra algebra() {
        return algebra(Duration.ofSeconds(120));
    }

    static Algebra algebra(Duration limit) {
        return new Algebra(Symja.shared(), Deadline.after(limit, "test sizes"));
    }
}
