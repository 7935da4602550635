#!/usr/bin/env bash
# Prints the cost of one intercepted skill call vs. the same call uninstrumented (one JVM, one run).
#   bench/interceptor.sh [calls-per-round] [rounds]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
cp="target/classes:target/test-classes:$(cat target/bench-classpath.txt)"
mkdir -p target/bench
javac -d target/bench -cp "$cp" bench/interceptor/InterceptorBenchmark.java
java -cp "target/bench:$cp" InterceptorBenchmark "$@"
