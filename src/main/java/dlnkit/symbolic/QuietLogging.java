package dlnkit.symbolic;

/**
 * Symja and JAS log through Log4j 2 without an implementation on the class path, which prints an
 * error line on standard error at first use; the simple logger, switched off, keeps standard error for
 * dlnkit. Properties already set by the user win. Called from the static initializers of the classes
 * that touch Symja or JAS first.
 */
final class QuietLogging {
    private QuietLogging() {
    }

    static void apply() {
        setIfAbsent("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        setIfAbsent("org.apache.logging.log4j.simplelog.level", "OFF");
        setIfAbsent("org.apache.logging.log4j.simplelog.StatusLogger.level", "OFF");
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
