#!/bin/sh
# Runs one benchmark: bench/run.sh startup|memory|load|data [-Dbench.property=value ...]
# startup, memory and load start the production jar built by bench/build-production.sh (run it after app changes).
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
what=${1:?usage: bench/run.sh startup|memory|load|data [-Dbench.property=value ...]}
shift
./mvnw -q -o -B -pl bench -am package -DskipTests
# The same JDK choice as ./mvnw: JAVA_HOME, else the first JDK 21+ under /usr/lib/jvm.
java="${JAVA_HOME:+$JAVA_HOME/bin/java}"
if [ -z "$java" ]; then
  for jdk in /usr/lib/jvm/*; do
    v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$jdk/release" 2>/dev/null || true)
    if [ -n "$v" ] && [ "$v" -ge 21 ] && [ -x "$jdk/bin/jcmd" ]; then java="$jdk/bin/java"; break; fi
  done
fi
props=""
args=""
for a in "$@"; do
  case "$a" in -D*) props="$props $a" ;; *) args="$args $a" ;; esac
done
# shellcheck disable=SC2086
exec "${java:-java}" -Dbench.root="$root" $props -cp "bench/target/classes:$(cat bench/target/bench.cp)" \
  org.dyad.bench.Bench "$what" $args
