/**
 * The picocli command line: {@link dlnkit.cli.Main} and one class per command.
 */
package dlnkit.cli;
