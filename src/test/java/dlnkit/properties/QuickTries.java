package dlnkit.properties;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The tries of a jqwik property in the default test tier ({@code mvn -B verify}); the {@code tries} of its
 * {@code @Property} annotation are the full tier's ({@code mvn -B verify -Pfull}, which CI runs). Chosen per property
 * so that its coverage checks still hold with overwhelming probability (see docs/properties.md). Applied by
 * {@link TriesTier}; a property without it runs its full tries in both tiers.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface QuickTries {
    /** Tries in the default tier: at most the full figure. */
    int value();
}
