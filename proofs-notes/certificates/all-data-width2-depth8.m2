-- dlnkit dominance certificate, rechecked in Macaulay2 over QQ
-- claim: delta restricted to V = {W8W7W6, W5W4, W3W2W1} is dominant, T = 21
-- run: M2 --script THIS_FILE
d = {2, 2, 2, 2, 2, 2, 2, 2, 2};
N = 8;
-- W#t is the layer W_t (d_t x d_(t-1)); W#0 is unused
W = {null,
  matrix(QQ, {{0, -31}, {0, 44}}),
  matrix(QQ, {{17, 12}, {-78, -55}}),
  matrix(QQ, {{6, 3}, {-2, -1}}),
  matrix(QQ, {{0, 3}, {0, -5}}),
  matrix(QQ, {{10, 6}, {15, 9}}),
  matrix(QQ, {{-1, 1}, {0, 0}}),
  matrix(QQ, {{1, 6}, {0, 1}}),
  matrix(QQ, {{0, -1}, {0, 0}})};
assert(W#8 * W#7 * W#6 == 0) -- W8W7W6 = 0
assert(W#5 * W#4 == 0) -- W5W4 = 0
assert(W#3 * W#2 * W#1 == 0) -- W3W2W1 = 0
E = (m, i, j) -> map(QQ^m, QQ^m, (r, s) -> if r == i and s == j then 1 else 0);
-- tangent vector of the direction xi = E_ij at vertex s: V_s = E_ij W_s, V_(s+1) = -W_(s+1) E_ij
tangent = (s, i, j) -> (
    V := {null} | toList apply(1..N, t -> map(QQ^(d#t), QQ^(d#(t-1)), 0));
    if s >= 1 then V = replace(s, E(d#s, i, j) * W#s, V);
    if s < N then V = replace(s + 1, -(W#(s+1)) * E(d#s, i, j), V);
    V);
-- d Delta_t = V_(t+1)^T W_(t+1) + W_(t+1)^T V_(t+1) - V_t W_t^T - W_t V_t^T, upper triangles
dDelta = V -> flatten for t from 1 to N - 1 list (
    D := transpose(V#(t+1)) * W#(t+1) + transpose(W#(t+1)) * V#(t+1) - V#t * transpose(W#t) - W#t * transpose(V#t);
    flatten for i from 0 to d#t - 1 list for j from i to d#t - 1 list D_(i, j));
dirs = {{0, 1, 1}, {1, 0, 0}, {1, 0, 1}, {1, 1, 0}, {1, 1, 1}, {2, 0, 0}, {2, 0, 1}, {3, 0, 0}, {3, 1, 0}, {3, 1, 1}, {4, 0, 0}, {4, 0, 1}, {5, 0, 0}, {5, 0, 1}, {5, 1, 0}, {6, 0, 0}, {6, 0, 1}, {6, 1, 0}, {6, 1, 1}, {7, 1, 0}, {7, 1, 1}};
T = 21;
assert(#dirs == T)
J = transpose matrix(QQ, apply(dirs, x -> dDelta(tangent(x#0, x#1, x#2))));
assert(numRows J == T and numColumns J == T)
assert(rank J == T)
print("CERTIFICATE VALID: rank " | toString(rank J) | " = T = " | toString T);
