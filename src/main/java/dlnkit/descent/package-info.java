/**
 * Gradient descent and gradient flow for deep linear networks (docs/math.md section 5): step schedules,
 * stopping rules with divergence as a distinct outcome, balanced and Gaussian starts, targets of a
 * chosen rank, the layered gradient flow and the end-to-end flow of Arora, Cohen and Hazan, and the
 * residual parametrization of Hardt and Ma.
 *
 * <p>This package imports Commons Math for one reason only: the adaptive ODE integrator
 * (Dormand-Prince 8(5,3)) of {@link dlnkit.descent.GradientFlow} and {@link dlnkit.descent.EndToEndFlow}.
 * All other linear algebra it needs comes from {@code dlnkit.numeric}.
 */
package dlnkit.descent;
