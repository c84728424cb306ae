/**
 * The conjecture over families of widths vectors, stored in SQLite: parallel, resumable and sharded runs, their merge,
 * report, queries and drawings.
 */
package dlnkit.census;
