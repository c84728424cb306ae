#!/usr/bin/env bash
# Submits a dlnkit census as a Slurm job array of SHARDS tasks and a merge job that runs after all of them succeed.
#   examples/slurm/submit-census.sh SHARDS CENSUS_DIR [census family options...]
#   examples/slurm/submit-census.sh 8 "$PWD/census-d7" --depth 7 --entries 1..3
# Environment: DLNKIT_JAR (default: target/dlnkit.jar beside this repository), CPUS_PER_TASK (default 1),
# SBATCH_EXTRA (more sbatch options, e.g. "--partition=long --time=04:00:00").
# Prints the two job ids: the array's and the merge's.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
[ $# -ge 3 ] || { echo "usage: $0 SHARDS CENSUS_DIR census-options..." >&2; exit 2; }
shards="$1"; dir="$2"; shift 2
[[ "$shards" =~ ^[1-9][0-9]*$ ]] || { echo "SHARDS: expected a positive integer, got $shards" >&2; exit 2; }
jar="${DLNKIT_JAR:-$here/../../target/dlnkit.jar}"
jar="$(cd "$(dirname "$jar")" && pwd)/$(basename "$jar")"
[ -f "$jar" ] || { echo "DLNKIT_JAR: expected the built jar (mvn -q package -DskipTests), got $jar" >&2; exit 2; }
mkdir -p "$dir"
dir="$(cd "$dir" && pwd)"
export DLNKIT_JAR="$jar" CENSUS_DIR="$dir" CENSUS_ARGS="$*"
# shellcheck disable=SC2086  # SBATCH_EXTRA holds several options
array=$(sbatch --parsable ${SBATCH_EXTRA:-} --array=0-$((shards - 1)) --cpus-per-task="${CPUS_PER_TASK:-1}" \
  --chdir="$dir" --export=ALL "$here/census.sbatch")
array="${array%%;*}"
# shellcheck disable=SC2086
merge=$(sbatch --parsable ${SBATCH_EXTRA:-} --dependency=afterok:"$array" --kill-on-invalid-dep=yes \
  --chdir="$dir" --export=ALL "$here/census-merge.sbatch")
merge="${merge%%;*}"
echo "array job $array ($shards shards), merge job $merge; results in $dir/census.db"
