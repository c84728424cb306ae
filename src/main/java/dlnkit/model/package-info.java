/**
 * The objects of the mathematics: widths, matrices, network tuples, data, the loss with its gradient and Hessian, the
 * delta map, and the input checks every command uses ({@link dlnkit.model.Checks}: exit 2 and one line).
 */
package dlnkit.model;
