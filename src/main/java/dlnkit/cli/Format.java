package dlnkit.cli;

/** Output formats of commands whose output is data. */
enum Format {
    TEXT, JSON
}
