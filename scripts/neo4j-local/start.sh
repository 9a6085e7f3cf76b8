#!/usr/bin/env bash
# npm run neo4j:start — a long-running local Neo4j 5 (no Docker) on 127.0.0.1:${NEO4J_LOCAL_PORT:-7687},
# data in .neo4j/ (git-ignored). Returns once Bolt accepts connections and prints the NEO4J_URI.
# Stop it with npm run neo4j:stop.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
port="${NEO4J_LOCAL_PORT:-7687}"
data="${NEO4J_LOCAL_DATA:-$root/.neo4j}"
heap_mb="${NEO4J_LOCAL_HEAP_MB:-1024}"
timeout_s="${NEO4J_LOCAL_TIMEOUT:-180}"
pid_file="$data/neo4j-local.pid"
out_file="$data/neo4j-local.out"
uri="bolt://127.0.0.1:$port"

if [ -f "$pid_file" ] && kill -0 "$(cat "$pid_file")" 2>/dev/null; then
  echo "neo4j-local: already running (pid $(cat "$pid_file")), data in $data" >&2
  echo "NEO4J_URI=$uri"
  exit 0
fi

bash "$here/build.sh"
mkdir -p "$data"
rm -f "$pid_file"
# --detached: the server ignores stdin and outlives this script; stop.sh ends it by pid.
nohup java "@$here/jvm.args" "-Xmx${heap_mb}m" -cp "$here/target/lib/*:$here/target/classes" \
  Neo4jLocal --port "$port" --data "$data" --detached --pid-file "$pid_file" \
  </dev/null >"$out_file" 2>&1 &
java_pid=$!

echo "neo4j-local: starting on port $port (pid $java_pid), data in $data" >&2
for ((waited = 0; waited < timeout_s * 2; waited++)); do
  if grep -q '^NEO4J_READY ' "$out_file" 2>/dev/null; then
    echo "neo4j-local: ready after ~$((waited / 2)) s" >&2
    echo "NEO4J_URI=$uri"
    exit 0
  fi
  if ! kill -0 "$java_pid" 2>/dev/null; then
    echo "neo4j-local: the server exited before it was ready. Output:" >&2
    tail -n 40 "$out_file" >&2 || true
    echo "neo4j-local: server logs in $data/logs" >&2
    exit 1
  fi
  sleep 0.5
done
echo "neo4j-local: not ready after ${timeout_s} s; stopping it. Output:" >&2
tail -n 40 "$out_file" >&2 || true
kill "$java_pid" 2>/dev/null || true
exit 1
