#!/usr/bin/env bash
# The verdicts of the main conjecture for constant width W at depths 2 to MAX (default 16), one `dlnkit conjecture`
# process per depth, within a budget of BUDGET seconds for the whole width (default 600) and of PER seconds for one
# depth (default 240). Prints one Markdown row per depth: depth, verdict, dim closure(delta(A_H)) against
# dim closure(im delta), and the process's wall time. A depth that runs out of time is printed as a timeout and the
# next depth is tried while the budget lasts (a failing depth can be quicker than a holding one below it); the depths
# left when the budget is spent are printed as not run; a run that reaches the heap limit as out of memory (raise it
# with DLNKIT_JAVA_OPTS, for example DLNKIT_JAVA_OPTS=-Xmx12g).
#
#   examples/verdict-table.sh W [BUDGET] [MAX] [SEED] [PER]
#
# Run from the repository root (it calls ./dlnkit). Every row is what that run printed (its JSON), nothing else.
set -euo pipefail
usage="usage: examples/verdict-table.sh W [BUDGET] [MAX] [SEED] [PER]"
width="${1:?$usage}"
budget="${2:-600}"
max="${3:-16}"
seed="${4:-1}"
per="${5:-240}"
for v in "$width" "$budget" "$max" "$seed" "$per"; do
  if ! [[ "$v" =~ ^[0-9]+$ ]]; then
    echo "verdict-table.sh: expected non-negative integers, got '$v' ($usage)" >&2
    exit 2
  fi
done
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$here/dlnkit" --version >/dev/null # builds the jar and its class-data archive first, outside the timed runs
field() { sed -n "s/^  \"$1\": \"\{0,1\}\([^\",]*\)\"\{0,1\},\{0,1\}$/\1/p" <<< "$2" | head -n 1; }
echo "width $width, depths 2 to $max, seed $seed, budget ${budget} s (at most ${per} s a depth); DLNKIT_JAVA_OPTS=${DLNKIT_JAVA_OPTS-(unset)};" \
  "$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "| depth | verdict | time |"
echo "| --- | --- | --- |"
left="$budget"
for depth in $(seq 2 "$max"); do
  if [ "$left" -le 0 ]; then
    echo "| $depth | not run (budget spent) | - |"
    continue
  fi
  start=$(date +%s.%N)
  status=0
  allowed=$(( left < per ? left : per ))
  json="$(timeout -s KILL "$allowed" "$here/dlnkit" conjecture --depth "$depth" --width "$width" --seed "$seed" \
      --format json --no-progress 2>/dev/null)" || status=$?
  end=$(date +%s.%N)
  seconds=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f", b - a }')
  left=$(awk -v l="$left" -v s="$seconds" 'BEGIN { printf "%d", l - s }')
  if [ "$status" = 137 ]; then
    echo "| $depth | timeout (not decided in ${seconds} s) | - |"
    continue
  fi
  verdict="$(field verdict "$json")"
  dim="$(field dimension "$json")"
  full="$(field fullDimension "$json")"
  empty="$(field hessianVarietyEmpty "$json")"
  certified="$(field certified "$json")"
  case "$verdict" in
    holds)
      if [ "$empty" = true ]; then text="holds, A_H empty"; else text="holds $dim < $full"; fi ;;
    fails)
      text="**fails** $dim = $full"
      if [ "$certified" = true ]; then text="$text, certified"; fi ;;
    *)
      if [ "$status" = 4 ]; then text="out of memory (exit code 4)"; else text="${verdict:-error} (exit code $status)"; fi ;;
  esac
  echo "| $depth | $text | ${seconds} s |"
done
