package dlnkit.symbolic;

import dlnkit.hessian.HessianConditions;

import dlnkit.model.Checks;
import dlnkit.model.Widths;

/**
 * The documented size limits of the symbolic computations. An input above its limit is refused at
 * once with a one-line message; an input within it that still takes longer than the time limit stops
 * with a {@link SymbolicTimeoutException} that quotes the limit.
 */
public final class SymbolicLimits {
    private SymbolicLimits() {
    }

    /** The computations, with their limits: parameters, depth, symbolic samples. */
    public enum Computation {
        DELTA("delta", 200, 50, 0),
        LOSS("loss", 32, 6, 4),
        GRADIENT("gradient", 32, 6, 4),
        HESSIAN("hessian", 24, 5, 4),
        HESSIAN_VARIETY("hessian-variety", 128, HessianConditions.MAX_DEPTH, 0),
        IDENTITIES("identities", 16, 4, 3),
        IMAGE_DIMENSION("image-dimension", EliminationDimension.MAX_PARAMETERS, 8, 0);

        private final String label;
        private final int maxParameters;
        private final int maxDepth;
        private final int maxSymbolicSamples;

        Computation(String label, int maxParameters, int maxDepth, int maxSymbolicSamples) {
            this.label = label;
            this.maxParameters = maxParameters;
            this.maxDepth = maxDepth;
            this.maxSymbolicSamples = maxSymbolicSamples;
        }

        public String label() {
            return label;
        }

        public int maxParameters() {
            return maxParameters;
        }

        public int maxDepth() {
            return maxDepth;
        }

        /** The size limit in words, as quoted in messages and in {@code --help}. */
        public String describe() {
            String s = "size limit for " + label + ": at most " + maxParameters + " parameters and depth " + maxDepth;
            if (maxSymbolicSamples > 0) {
                s += ", at most " + maxSymbolicSamples + " samples with symbolic data";
            }
            if (this == IMAGE_DIMENSION) {
                s += ", at most " + EliminationDimension.MAX_TARGET + " delta coordinates";
            }
            return s;
        }

        /** Refuses widths (and a symbolic sample count, 0 if none) above the limits. */
        public void check(Widths widths, int symbolicSamples) {
            Checks.require(widths.depth() <= maxDepth, "widths", "depth at most " + maxDepth + " for " + label
                    + " (" + describe() + ")", widths + " (depth " + widths.depth() + ")");
            Checks.require(widths.parameterCount() <= maxParameters, "widths", "at most " + maxParameters
                    + " parameters for " + label + " (" + describe() + ")", widths + " (" + widths.parameterCount() + " parameters)");
            if (symbolicSamples > 0 && maxSymbolicSamples > 0) {
                Checks.require(symbolicSamples <= maxSymbolicSamples, "--samples", "at most " + maxSymbolicSamples
                        + " with symbolic data for " + label, symbolicSamples);
            }
            if (this == IMAGE_DIMENSION) {
                Checks.require(widths.targetDimension() <= EliminationDimension.MAX_TARGET, "widths",
                        "at most " + EliminationDimension.MAX_TARGET + " delta coordinates for " + label,
                        widths + " (" + widths.targetDimension() + " coordinates)");
            }
        }
    }
}
