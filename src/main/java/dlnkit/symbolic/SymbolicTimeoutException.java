package dlnkit.symbolic;

/**
 * A symbolic computation ran out of its {@link Deadline}. It is an {@link IllegalArgumentException}
 * because the cure is a smaller input (or a larger budget): the command line prints its one-line
 * message and exits with code 2, as for any input it cannot handle.
 */
public final class SymbolicTimeoutException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    SymbolicTimeoutException(String message) {
        super(message);
    }
}
