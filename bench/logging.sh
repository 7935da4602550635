#!/usr/bin/env bash
# JSON logging throughput vs. plain text for the same messages (one JVM, interleaved rounds), then
# the asynchronous appender at 5,000 lines/s: lost WARN/ERROR lines (goal: zero) and dropped INFO.
#   bench/logging.sh [lines-per-round]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath-main.txt -Dmdep.includeScope=runtime
cp="target/classes:$(cat target/bench-classpath-main.txt)"
mkdir -p target/bench
javac -d target/bench -cp "$cp" bench/logging/LoggingBenchmark.java
java -cp "target/bench:$cp" LoggingBenchmark "$@"
