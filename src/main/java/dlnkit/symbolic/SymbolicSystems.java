package dlnkit.symbolic;

import dlnkit.hessian.HessianConditions;

import dlnkit.model.Checks;
import dlnkit.model.Widths;
import edu.jas.arith.BigRational;
import edu.jas.poly.GenPolynomial;
import edu.jas.poly.GenPolynomialRing;
import java.util.ArrayList;
import java.util.List;
import org.matheclipse.core.interfaces.IExpr;

/**
 * Builds the {@link ExportDocument}s of the {@code symbolic} command: the delta map (optionally on a
 * path-zero subvariety), the loss, its gradient and Hessian, and the vanishing-Hessian systems.
 */
public final class SymbolicSystems {
    private SymbolicSystems() {
    }

    /** The delta map {@code Q[d] -> Q[W]}, and the ideal {@code V} of the subvariety when there is one. */
    public static ExportDocument delta(PathZeroVariety variety, Algebra alg, List<String> header) {
        SymbolicNetwork w = SymbolicNetwork.of(variety.widths());
        GenPolynomialRing<BigRational> ring = Jas.ring(w.variables());
        List<ExportDocument.Item> items = new ArrayList<>();
        String subvariety = null;
        if (!variety.isEverything()) {
            subvariety = "V";
            items.add(new ExportDocument.Ideal("V", "The ideal of the subvariety V = {" + variety.describe()
                    + "}: the entries of the products", Jas.toJas(variety.equations(alg), ring)));
        }
        List<GenPolynomial<BigRational>> images = Jas.toJas(DeltaPolynomials.coordinates(w, alg), ring);
        items.add(new ExportDocument.DeltaMap("delta", "The delta map: coordinate (i,j), i <= j, of Delta_t = "
                + "W_{t+1}^T W_{t+1} - W_t W_t^T", DeltaPolynomials.coordinateNames(w), images, subvariety));
        return new ExportDocument("The delta map for widths " + variety.widths()
                + (variety.isEverything() ? "" : " on V = {" + variety.describe() + "}"), header, ring, items);
    }

    /** The loss polynomial. */
    public static ExportDocument loss(Widths widths, SymbolicData data, Algebra alg, List<String> header) {
        SymbolicNetwork w = SymbolicNetwork.of(widths);
        GenPolynomialRing<BigRational> ring = ring(w, data);
        IExpr loss = LossPolynomials.loss(w, data, alg);
        return new ExportDocument("The loss L(W) = ||W_N ... W_1 X - Y||_F^2 for widths " + widths, header, ring,
                List.of(new ExportDocument.Scalar("lossPoly", "The loss (no factor 1/2)", "L", Jas.toJas(loss, ring))));
    }

    /** The gradient: one partial derivative per entry of {@code W}. */
    public static ExportDocument gradient(Widths widths, SymbolicData data, Algebra alg, List<String> header) {
        SymbolicNetwork w = SymbolicNetwork.of(widths);
        GenPolynomialRing<BigRational> ring = ring(w, data);
        List<IExpr> grad = LossPolynomials.gradient(LossPolynomials.loss(w, data, alg), w, alg);
        List<String> labels = new ArrayList<>();
        List<String> latex = new ArrayList<>();
        for (String v : w.variables()) {
            labels.add("dL/d" + v);
            latex.add("\\frac{\\partial L}{\\partial " + Names.latex(v) + "}");
        }
        return new ExportDocument("The gradient of the loss for widths " + widths, header, ring,
                List.of(new ExportDocument.PolyList("gradientList", "The partial derivatives of the loss by the entries of W",
                        labels, latex, Jas.toJas(grad, ring))));
    }

    /** The Hessian: the symmetric matrix of second partial derivatives. */
    public static ExportDocument hessian(Widths widths, SymbolicData data, Algebra alg, List<String> header) {
        SymbolicNetwork w = SymbolicNetwork.of(widths);
        GenPolynomialRing<BigRational> ring = ring(w, data);
        List<IExpr> grad = LossPolynomials.gradient(LossPolynomials.loss(w, data, alg), w, alg);
        List<List<IExpr>> h = LossPolynomials.hessian(grad, w, alg);
        List<GenPolynomial<BigRational>> entries = new ArrayList<>();
        for (List<IExpr> row : h) {
            entries.addAll(Jas.toJas(row, ring));
        }
        List<String> vars = w.variables();
        int p = vars.size();
        return new ExportDocument("The Hessian of the loss for widths " + widths, header, ring,
                List.of(new ExportDocument.Matrix("hessianMatrix", "The Hessian d^2 L / dw dw' (symmetric; rows and columns "
                        + "in the order of the ring's W variables)", p, p, vars, latexHessianLabels(vars), true, entries)));
    }

    private static List<String> latexHessianLabels(List<String> vars) {
        return vars.stream().map(v -> "\\partial " + Names.latex(v)).toList();
    }

    /**
     * The vanishing-Hessian variety as a list of systems, one ideal each, in the given form. Systems
     * that need {@code M = 0} (or {@code X = 0}, {@code X Y^T = 0}) are left out: the standing
     * assumptions make them empty; the header says how many.
     *
     * <p>Cyclic form: {@code M} is a matrix of variables {@code m_{r,c}} for symbolic data, else
     * {@code X Y^T} of the integer data. Theorem form: {@code X}, {@code Y} as given.
     */
    public static ExportDocument hessianVariety(Widths widths, HessianConditions.Form form, SymbolicData data, Algebra alg,
            List<String> header) {
        SymbolicNetwork w = SymbolicNetwork.of(widths);
        int n = widths.depth();
        HessianConditions.Disjunction dis = form == HessianConditions.Form.CYCLIC ? HessianConditions.cyclic(n)
                : HessianConditions.theorem(n);
        List<String> names = new ArrayList<>(w.variables());
        PolyMatrix[] arrows = new PolyMatrix[form.cycleSize(n)];
        for (int t = 1; t <= n; t++) {
            arrows[t] = w.layer(t);
        }
        if (form == HessianConditions.Form.CYCLIC) {
            if (data.symbolic()) {
                arrows[0] = PolyMatrix.ofVariables(widths.d(0), widths.d(n), Names::m);
                for (int r = 1; r <= widths.d(0); r++) {
                    for (int c = 1; c <= widths.d(n); c++) {
                        names.add(Names.m(r, c));
                    }
                }
            } else {
                arrows[0] = data.m(alg);
            }
        } else {
            arrows[0] = data.x();
            arrows[n + 1] = data.y().transpose();
            names.addAll(data.variables());
        }
        GenPolynomialRing<BigRational> ring = Jas.ring(names);
        List<List<HessianConditions.Arc>> feasible = dis.feasibleSystems();
        List<ExportDocument.Ideal> ideals = new ArrayList<>();
        int k = 1;
        for (List<HessianConditions.Arc> system : feasible) {
            List<IExpr> eqs = new ArrayList<>();
            for (HessianConditions.Arc arc : system) {
                List<Integer> order = arc.arrows();
                PolyMatrix p = arrows[order.get(0)];
                for (int i = 1; i < order.size(); i++) {
                    p = alg.times(arrows[order.get(i)], p, "the product " + arc);
                }
                for (IExpr e : p.entries()) {
                    if (!e.isZero()) {
                        eqs.add(e);
                    }
                }
            }
            ideals.add(new ExportDocument.Ideal("hessianSystem" + k++, HessianConditions.Disjunction.describe(system),
                    Jas.toJas(eqs, ring)));
        }
        List<String> h = new ArrayList<>(header);
        if (form == HessianConditions.Form.CYCLIC && data.symbolic()) {
            h.add("M = X Y^T is written as a matrix of variables m_{r,c} (" + widths.d(0) + "x" + widths.d(n) + ")");
        }
        h.add(form.name().toLowerCase(java.util.Locale.ROOT) + " form: " + dis.rawChoices()
                + " choices of vanishing arcs; " + dis.systems().size() + " systems remain after dropping those implied by others; "
                + (dis.systems().size() - feasible.size()) + " of them need " + (form == HessianConditions.Form.CYCLIC ? "M = 0" : "X = 0 or X Y^T = 0")
                + " (impossible: X has full row rank and M = X Y^T full rank) and are left out; " + feasible.size() + " written");
        Checks.require(!ideals.isEmpty() || n <= 2, "Hessian systems", "at least one for depth >= 3", ideals.size());
        String title = "The vanishing-Hessian variety A_H for widths " + widths + " (" + form.name().toLowerCase(java.util.Locale.ROOT)
                + " form): the union of the zero sets of the systems below" + (ideals.isEmpty() ? " (none: A_H is empty)" : "");
        return new ExportDocument(title, h, ring, List.of(new ExportDocument.IdealList("hessianSystems",
                "A_H is the union of the zero sets of these systems", ideals)));
    }

    private static GenPolynomialRing<BigRational> ring(SymbolicNetwork w, SymbolicData data) {
        List<String> names = new ArrayList<>(w.variables());
        names.addAll(data.variables());
        return Jas.ring(names);
    }
}
