#!/usr/bin/env bash
# Throughput of Vigil's probes against a bare JAX-RS GET of the same WAR on the same server,
# measured side by side in one run (interleaved rounds, so drift hits all three alike).
#
#   bench/health.sh                 # starts Vigil (server "vigil", port 9080) if nothing answers there
#   VIGIL_URL=http://host:9080 bench/health.sh
#
# Goals: /health/live >= 0.9x and /health/ready (warm cache) >= 0.8x of /api/ping.
set -euo pipefail
cd "$(dirname "$0")/.."

URL="${VIGIL_URL:-http://localhost:9080}"
DURATION="${DURATION:-10s}"
ROUNDS="${ROUNDS:-3}"
CONNECTIONS="${CONNECTIONS:-32}"
THREADS="${THREADS:-2}"

if ! command -v wrk >/dev/null; then
    echo "installing wrk (Debian package)" >&2
    apt-get update -qq >/dev/null && apt-get install -y -qq wrk >/dev/null
fi

started=""
if ! curl -fsS -o /dev/null "$URL/api/ping" 2>/dev/null; then
    echo "starting Vigil for the benchmark" >&2
    ./mvnw -q -B package -DskipTests liberty:create liberty:deploy liberty:start >/dev/null
    started=yes
    trap './mvnw -q -B liberty:stop >/dev/null' EXIT
    for _ in $(seq 1 120); do curl -fsS -o /dev/null "$URL/health/started" 2>/dev/null && break; sleep 1; done
fi

rps() { # path -> requests/s
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" "$URL$1" | awk '/^Requests\/sec/ {print $2}'
}

# Warm-up: JIT, connection pools, the health cache.
for path in /api/ping /health/live /health/ready; do wrk -t"$THREADS" -c"$CONNECTIONS" -d10s "$URL$path" >/dev/null; done

declare -A total=([/api/ping]=0 [/health/live]=0 [/health/ready]=0)
for round in $(seq 1 "$ROUNDS"); do
    for path in /api/ping /health/live /health/ready; do
        r=$(rps "$path")
        total[$path]=$(echo "${total[$path]} + $r" | bc -l)
        printf 'round %d  %-14s %10.0f req/s\n' "$round" "$path" "$r"
    done
done

ping=$(echo "${total[/api/ping]} / $ROUNDS" | bc -l)
live=$(echo "${total[/health/live]} / $ROUNDS" | bc -l)
ready=$(echo "${total[/health/ready]} / $ROUNDS" | bc -l)
echo
printf '%-28s %10.0f req/s\n' "/api/ping (baseline)" "$ping"
printf '%-28s %10.0f req/s  ratio %.2fx  (goal >= 0.90x)\n' "/health/live" "$live" "$(echo "$live / $ping" | bc -l)"
printf '%-28s %10.0f req/s  ratio %.2fx  (goal >= 0.80x)\n' "/health/ready (warm cache)" "$ready" "$(echo "$ready / $ping" | bc -l)"
