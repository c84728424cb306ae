package dlnkit.properties;

import java.util.Locale;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Reports each property's wall-clock time and tries next to jqwik's statistics, so the suite's cost can be read
 * from the build log (surefire's per-test times are not reliable for jqwik properties). Register with
 * {@code @AddLifecycleHook(PropertyTimer.class)}.
 */
public class PropertyTimer implements AroundPropertyHook {
    /** Registered on a test class, the hook wraps every property in it. */
    @Override
    public PropagationMode propagateTo() {
        return PropagationMode.ALL_DESCENDANTS;
    }

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        long start = System.nanoTime();
        PropertyExecutionResult result = property.execute();
        double seconds = (System.nanoTime() - start) / 1e9;
        context.reporter().publishValue("time", String.format(Locale.ROOT, "%s: %d tries in %.2f s (%s)",
                context.extendedLabel(), result.countTries(), seconds, result.status()));
        return result;
    }
}
