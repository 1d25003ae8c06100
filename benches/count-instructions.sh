#!/usr/bin/env bash
# Instructions per call, the SDK against the hand-written floor of
# benches/calls.rs, counted by valgrind (callgrind) rather than timed, so
# the figure does not move with the machine's load.
#
# Each side makes FEW and then MANY calls, one at a time, in a process of
# its own; the difference divided by MANY - FEW is the cost of one call
# without the start-up. The server runs on a thread of its own and is
# counted apart.
#
# Usage: benches/count-instructions.sh    (FEW=200 MANY=2200 by default)
# Needs valgrind. Under valgrind the CPU's SHA extensions are not offered,
# so SHA-256 runs its portable code on both sides.
set -euo pipefail
cd "$(dirname "$0")/.."
few=${FEW:-200}
many=${MANY:-2200}
if ! [ "$many" -gt "$few" ] 2>/dev/null; then
    echo "MANY ($many) must be a number above FEW ($few)" >&2
    exit 2
fi
bin=$(cargo bench --bench calls --no-run 2>&1 | sed -n 's/.*Executable .*(\(.*\))$/\1/p' | tail -n 1)
[ -x "$bin" ] || { echo "could not build benches/calls.rs" >&2; exit 1; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

# Prints "<client instructions> <server instructions>" for one run.
count() {
    local side=$1 calls=$2 client=0 server=0 n f
    SIDE=$side CALLS=$calls valgrind --tool=callgrind --separate-threads=yes \
        --callgrind-out-file="$out/$side.$calls.%p" "$bin" --bench \
        >/dev/null 2>"$out/log" || { cat "$out/log" >&2; exit 1; }
    for f in "$out/$side.$calls".*-*; do
        n=$(sed -n 's/^summary: //p' "$f")
        # The server's thread is the one running its accept loop.
        if grep -q 'calls::start_server::{{closure}}' "$f"; then
            server=$((server + n))
        else
            client=$((client + n))
        fi
    done
    echo "$client $server"
}

echo "| side | client instructions per call | server instructions per call |"
echo "|---|---|---|"
declare -A per_call
for side in sdk floor; do
    read -r c1 s1 < <(count "$side" "$few")
    read -r c2 s2 < <(count "$side" "$many")
    client=$(((c2 - c1) / (many - few)))
    server=$(((s2 - s1) / (many - few)))
    per_call[$side]=$client
    echo "| $side | $client | $server |"
done
awk -v s="${per_call[sdk]}" -v f="${per_call[floor]}" \
    'BEGIN { printf "SDK / floor, client instructions per call: %.3f\n", s / f }'
