/**
 * Output for people and papers: CSV tables and PNG line charts (XChart). Knows nothing about the
 * mathematics; the experiments hand it numbers.
 */
package dlnkit.report;
