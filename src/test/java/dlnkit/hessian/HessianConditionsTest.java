package dlnkit.hessian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HessianConditionsTest {
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7})
    void theoremFormRewrittenWithMEqualsTheCyclicForm(int n) {
        HessianConditions.Disjunction cyclic = HessianConditions.cyclic(n);
        HessianConditions.Disjunction translated = HessianConditions.theoremAsCyclic(HessianConditions.theorem(n));
        assertEquals(cyclic.systems(), translated.systems());
    }

    @Test
    void depthTwoHasNoFeasibleSystemSoTheHessianNeverVanishes() {
        HessianConditions.Disjunction d = HessianConditions.cyclic(2);
        assertEquals(1, d.systems().size());
        assertEquals("M = 0, W1 = 0, W2 = 0", HessianConditions.Disjunction.describe(d.systems().get(0)));
        assertTrue(d.feasibleSystems().isEmpty());
        assertTrue(HessianConditions.theorem(2).feasibleSystems().isEmpty());
    }

    @Test
    void depthThreeForcesTheMiddleLayerToVanish() {
        List<List<HessianConditions.Arc>> feasible = HessianConditions.cyclic(3).feasibleSystems();
        assertEquals(2, feasible.size());
        for (List<HessianConditions.Arc> s : feasible) {
            assertTrue(s.stream().anyMatch(a -> a.toString().equals("W2")), "W2 = 0 in " + s);
        }
    }

    @Test
    void countsOfChoicesBeforeAndAfterDroppingImpliedOnes() {
        // pairs of the (N+1)-cycle whose arcs are both nonempty: (N+1)(N-2)/2, each a free binary choice
        for (int n = 2; n <= 7; n++) {
            HessianConditions.Disjunction d = HessianConditions.cyclic(n);
            assertEquals(1L << ((n + 1) * (n - 2) / 2), d.rawChoices(), "N = " + n);
            assertTrue(d.systems().size() <= d.rawChoices());
        }
        assertEquals(11, HessianConditions.cyclic(4).systems().size());
    }

    @Test
    void keptSystemsAreIrredundant() {
        for (int n = 3; n <= 6; n++) {
            List<List<HessianConditions.Arc>> systems = HessianConditions.cyclic(n).systems();
            for (List<HessianConditions.Arc> s : systems) {
                for (HessianConditions.Arc a : s) {
                    for (HessianConditions.Arc b : s) {
                        assertFalse(!a.equals(b) && a.within(b), "arc " + b + " is implied by " + a + " in " + s);
                    }
                }
                for (List<HessianConditions.Arc> t : systems) {
                    if (t != s) {
                        boolean implied = t.stream().allMatch(b -> s.stream().anyMatch(a -> a.within(b)));
                        assertFalse(implied, s + " implies " + t + ", so it should have been dropped");
                    }
                }
            }
        }
    }

    @Test
    void arcsPrintAsProducts() {
        HessianConditions.Arc through = new HessianConditions.Arc(HessianConditions.Form.CYCLIC, 4, 4, 4);
        assertEquals("W2W1 M W4", through.toString());
        HessianConditions.Arc theorem = new HessianConditions.Arc(HessianConditions.Form.THEOREM, 3, 3, 4);
        assertEquals("W1 X Y^T W3", theorem.toString());
        assertTrue(new HessianConditions.Arc(HessianConditions.Form.CYCLIC, 4, 1, 1).within(through));
        assertFalse(new HessianConditions.Arc(HessianConditions.Form.CYCLIC, 4, 3, 1).within(through));
        assertFalse(new HessianConditions.Arc(HessianConditions.Form.CYCLIC, 4, 2, 2).within(through));
    }

    @Test
    void depthAboveTheLimitIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> HessianConditions.cyclic(9));
        assertTrue(e.getMessage().startsWith("depth: expected between 1 and 8"), e.getMessage());
    }
}
