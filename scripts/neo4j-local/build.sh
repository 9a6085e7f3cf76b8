#!/usr/bin/env bash
# Makes scripts/neo4j-local runnable: fetches the pinned Neo4j jars from Maven Central into
# target/lib (skipped when present) and compiles Neo4jLocal.java into target/classes (skipped
# when up to date). Safe to run from several processes at once.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"
mkdir -p target

build() {
  if [ ! -f target/lib/.complete ]; then
    echo "neo4j-local: fetching Neo4j jars with Maven (first run only)" >&2
    rm -rf target/lib
    mvn -q -B dependency:copy-dependencies -DoutputDirectory=target/lib -DincludeScope=runtime >&2
    touch target/lib/.complete
  fi
  if [ ! -f target/classes/Neo4jLocal.class ] || [ Neo4jLocal.java -nt target/classes/Neo4jLocal.class ]; then
    rm -rf target/classes.tmp
    javac -nowarn -d target/classes.tmp -cp 'target/lib/*' Neo4jLocal.java >&2
    rm -rf target/classes
    mv target/classes.tmp target/classes
  fi
}

if command -v flock >/dev/null 2>&1; then
  exec 9>target/.build.lock
  flock 9
fi
build
