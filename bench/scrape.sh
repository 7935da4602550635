#!/usr/bin/env bash
# Latency of GET /health/metrics with 1,000 agent series (each with a counter and a histogram),
# printed as wrk's latency distribution. Goal: p99 < 50 ms.
#   bench/scrape.sh                    # starts Vigil with a label cap of 2,000 if nothing answers on 9080
set -euo pipefail
cd "$(dirname "$0")/.."

URL="${VIGIL_URL:-http://localhost:9080}"
AGENTS="${AGENTS:-1000}"
command -v wrk >/dev/null || { apt-get update -qq >/dev/null && apt-get install -y -qq wrk >/dev/null; }

if ! curl -fsS -o /dev/null "$URL/api/ping" 2>/dev/null; then
    echo "starting Vigil (vigil.metrics.max-label-values=2000)" >&2
    export VIGIL_METRICS_MAX_LABEL_VALUES=2000
    ./mvnw -q -B package -DskipTests liberty:create liberty:deploy liberty:start >/dev/null
    trap './mvnw -q -B liberty:stop >/dev/null' EXIT
    for _ in $(seq 1 120); do curl -fsS -o /dev/null "$URL/health/started" 2>/dev/null && break; sleep 1; done
fi

echo "creating and running $AGENTS agents" >&2
run_one() {
    local id="bench-scrape-$1"
    curl -fsS -o /dev/null -X POST "$URL/api/agents" -H 'Content-Type: application/json' \
        -d "{\"id\":\"$id\",\"name\":\"$id\",\"steps\":[{\"skill\":\"wait\",\"params\":{\"ms\":0}}]}" || true
    until curl -fsS -o /dev/null -X POST "$URL/api/agents/$id/executions?wait=true" -H 'Content-Type: application/json' -d '{}'; do
        sleep 0.2 # 429 while the instance is at its concurrency limit
    done
}
export -f run_one
export URL
seq 1 "$AGENTS" | xargs -P 8 -I{} bash -c 'run_one {}'

series=$(curl -fsS "$URL/health/metrics" | grep -c '^agent_execution' || true)
bytes=$(curl -fsS "$URL/health/metrics" | wc -c)
echo "/health/metrics: $series agent_execution* samples, $bytes bytes"
wrk -t1 -c2 -d5s "$URL/health/metrics" >/dev/null   # warm-up
wrk -t2 -c4 -d15s --latency "$URL/health/metrics" | sed -n '/Latency Distribution/,/99%/p'
