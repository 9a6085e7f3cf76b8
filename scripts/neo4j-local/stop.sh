#!/usr/bin/env bash
# npm run neo4j:stop — stops the server npm run neo4j:start started (clean shutdown, SIGKILL after
# ${NEO4J_LOCAL_STOP_TIMEOUT:-60} s) and returns once its process is gone.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
data="${NEO4J_LOCAL_DATA:-$root/.neo4j}"
timeout_s="${NEO4J_LOCAL_STOP_TIMEOUT:-60}"
pid_file="$data/neo4j-local.pid"

if [ ! -f "$pid_file" ]; then
  echo "neo4j-local: not running (no $pid_file)" >&2
  exit 0
fi
pid="$(cat "$pid_file")"
if ! kill -0 "$pid" 2>/dev/null; then
  echo "neo4j-local: not running (stale pid $pid)" >&2
  rm -f "$pid_file"
  exit 0
fi

kill -TERM "$pid"
for ((waited = 0; waited < timeout_s * 10; waited++)); do
  if ! kill -0 "$pid" 2>/dev/null; then
    rm -f "$pid_file"
    echo "neo4j-local: stopped (pid $pid)" >&2
    exit 0
  fi
  sleep 0.1
done
echo "neo4j-local: pid $pid ignored SIGTERM for ${timeout_s} s; killing it" >&2
kill -KILL "$pid" 2>/dev/null || true
rm -f "$pid_file"
