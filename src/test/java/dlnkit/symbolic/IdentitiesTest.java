package dlnkit.symbolic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlnkit.model.Widths;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdentitiesTest {
    private static void assertProved(IdentityCheck c) {
        assertTrue(c.proved(), c.summary() + " remainders " + c.remainders());
        assertTrue(c.sideTerms() > 0, "the sides must not be empty: " + c.summary());
        System.out.println(c.summary());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1,1,1", "2,1,2", "1,2,1,2"})
    void gradientFlowConservesDeltaByExpansion(String widths) {
        assertProved(Identities.conservation(Widths.parse(widths), 2, SymbolicFixture.algebra()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1,1,1", "2,1,2", "1,1,1,1"})
    void oneGradientStepChangesDeltaByEtaSquaredTerm(String widths) {
        assertProved(Identities.gdStep(Widths.parse(widths), 1, SymbolicFixture.algebra()));
    }

    /** {@link #gradientFlowConservesDeltaByExpansion} at widths 2,2,2, one of the two largest expansions here. */
    @Tag("slow") // full tier only: mvn -B verify -Pfull, as CI runs it
    @Test
    void gradientFlowConservesDeltaByExpansionForWidthsTwoTwoTwo() {
        assertProved(Identities.conservation(Widths.parse("2,2,2"), 2, SymbolicFixture.algebra()));
    }

    /** {@link #oneGradientStepChangesDeltaByEtaSquaredTerm} at widths 2,2,2, the other one. */
    @Tag("slow") // full tier only: mvn -B verify -Pfull, as CI runs it
    @Test
    void oneGradientStepChangesDeltaByEtaSquaredTermForWidthsTwoTwoTwo() {
        assertProved(Identities.gdStep(Widths.parse("2,2,2"), 1, SymbolicFixture.algebra()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1,1,1", "2,3,1,2", "2,2,2,2,2"})
    void traceOfDeltasTelescopes(String widths) {
        assertProved(Identities.trace(Widths.parse(widths), SymbolicFixture.algebra()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1,1,1,1", "2,1,2,1", "1,1,1,1,1"})
    void hessianAtZeroVanishesForDepthAtLeastThree(String widths) {
        assertProved(Identities.hessianAtZero(Widths.parse(widths), 2, SymbolicFixture.algebra()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1,1,1", "2,2,2", "1,2,1"})
    void hessianAtZeroIsTheNonzeroFormMinusFourV2V1XYForDepthTwo(String widths) {
        IdentityCheck c = Identities.hessianAtZero(Widths.parse(widths), 2, SymbolicFixture.algebra());
        assertProved(c);
        assertEquals(0, c.remainders().size());
    }
}
