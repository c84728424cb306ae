package dlnkit.properties;

import java.lang.reflect.Method;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyAttributes;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * The number of tries per test tier, one mechanism for every jqwik property: the system property {@value #PROPERTY}
 * ({@code quick} or {@code full}, set by the pom: {@code quick} by default, {@code full} in the profile
 * {@code -Pfull}). In the quick tier a property annotated {@link QuickTries} runs that many tries instead of the
 * {@code tries} of its {@code @Property} annotation; in the full tier, and when the system property is not set (a run
 * from an IDE), every property runs its full tries. Registered for all properties through
 * {@code META-INF/services/net.jqwik.api.lifecycle.LifecycleHook}.
 */
public class TriesTier implements AroundPropertyHook {
    /** The system property that names the tier. */
    public static final String PROPERTY = "dlnkit.tries";

    @Override
    public PropagationMode propagateTo() {
        return PropagationMode.ALL_DESCENDANTS;
    }

    /** Outside every other hook, so that they (PropertyTimer among them) see the tries actually run. */
    @Override
    public int aroundPropertyProximity() {
        return -100;
    }

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        if (quick()) {
            Method m = context.targetMethod();
            QuickTries q = m.getAnnotation(QuickTries.class);
            if (q != null) {
                PropertyAttributes a = context.attributes();
                int full = a.tries().orElseThrow(() -> new IllegalStateException(
                        m + ": @QuickTries needs the full figure in @Property(tries = ...)"));
                if (q.value() < 1 || q.value() > full) {
                    throw new IllegalStateException(m + ": @QuickTries(" + q.value() + ") must be between 1 and the full tries " + full);
                }
                a.setTries(q.value());
            }
        }
        return property.execute();
    }

    /** True in the quick tier; an unknown value is refused rather than read as either tier. */
    static boolean quick() {
        String tier = System.getProperty(PROPERTY, "full").strip();
        return switch (tier) {
            case "quick" -> true;
            case "full", "" -> false;
            default -> throw new IllegalArgumentException(PROPERTY + ": expected quick or full, got " + tier);
        };
    }
}
