package dlnkit.cli;

/**
 * The two readings of "critical points with vanishing Hessian" ({@code --data}): {@code FIXED}, the data {@code X, Y}
 * are given (full rank; the seed's theorem, A_H); {@code ALL}, the gradient and Hessian vanish for every data
 * (A_H^all, three consecutive blocks composing to zero). docs/notions.md says which question each answers.
 */
enum DataNotion {
    FIXED, ALL;

    static final String HELP = "Which A_H: fixed (default; the data X, Y are given, with X X^T invertible and X Y^T of full "
            + "rank: the seed's theorem) or all (the points where gradient and Hessian vanish for every data X, Y: three "
            + "consecutive blocks of layers each composing to zero; see docs/notions.md).";
}
