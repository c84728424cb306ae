package dlnkit.symbolic;

/** The notations a polynomial system can be written in. */
public enum ExportFormat {
    /** Plain text for a person: the same polynomial syntax as Macaulay2, with labels. */
    TEXT,
    /** A standalone LaTeX document using amsmath. */
    LATEX,
    /** A Macaulay2 script that defines the ring, the items and the delta map. */
    M2,
    /** A Singular script that defines the ring, the items and the delta map. */
    SINGULAR;

    /** Writes {@code doc} in this notation. */
    public String write(ExportDocument doc) {
        return switch (this) {
            case TEXT -> TextExport.write(doc);
            case LATEX -> LatexExport.write(doc);
            case M2 -> Macaulay2Export.write(doc);
            case SINGULAR -> SingularExport.write(doc);
        };
    }
}
