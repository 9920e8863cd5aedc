#!/bin/bash
# Start-up and module-enable benchmark (docs/benchmarks.md). Not part of ./mvnw verify.
#   bench/startup-and-enable.sh [restarts]    default 3 restarts after the first start
# 1. Start-up: the app as `./mvnw spring-boot:run` runs it (first-party plugins in development mode from
#    plugins/*/target/classes), launched directly with java so Maven's own time is not counted. Measures from launching
#    the JVM to the first HTTP 200 on /login. The first start (migrations, demo data) is reported apart from restarts.
# 2. Enable → usable: EnableLatencyBenchmark (headless Chromium against the app with the plugin jars).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
restarts=${1:-3}
work=$(mktemp -d /tmp/dyad-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT

echo "== machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(git rev-parse --short HEAD)"
./mvnw -q -o compile dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile=target/bench-runtime.cp
java="${JAVA_HOME:+$JAVA_HOME/bin/java}"
if [ -z "$java" ]; then
  for jdk in /usr/lib/jvm/*; do
    v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$jdk/release" 2>/dev/null || true)
    if [ -n "$v" ] && [ "$v" -ge 21 ] && [ -x "$jdk/bin/javac" ]; then java="$jdk/bin/java"; break; fi
  done
fi
java=${java:-java}
classpath="web-ui/target/classes:$(cat web-ui/target/bench-runtime.cp)"

db_args=()
if (exec 3<>/dev/tcp/127.0.0.1/3306) 2>/dev/null; then
  db="dyad_bench_startup_$$"
  db_args=(-Dspring.datasource.url="jdbc:mariadb://127.0.0.1:3306/$db?createDatabaseIfNotExist=true"
           -Dspring.datasource.username=root -Dspring.datasource.password= -Ddyad.demo-data=true)
  echo "== database: MariaDB on 127.0.0.1:3306, throwaway database $db"
else
  export DYAD_DATA_DIR="$work/mariadb"
  echo "== database: embedded MariaDB in $DYAD_DATA_DIR"
fi

start_once() {
  local port
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  local t0 t1 pid code
  t0=$(date +%s%N)
  VAADIN_USAGE_STATS_ENABLED=false "$java" -cp "$classpath" "${db_args[@]}" -Dserver.port="$port" \
    -Ddyad.plugins.dir="$root/plugins" -Ddyad.plugins.mode=development org.dyad.web.DyadApplication \
    > "$work/app-$port.log" 2>&1 &
  pid=$!
  while true; do
    code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/login" || true)
    [ "$code" = "200" ] && break
    if ! kill -0 "$pid" 2>/dev/null; then echo "the app exited; log:" >&2; tail -30 "$work/app-$port.log" >&2; exit 1; fi
    sleep 0.05
  done
  t1=$(date +%s%N)
  local plugins
  plugins=$(grep -c "Start plugin '" "$work/app-$port.log" || true)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "$(( (t1 - t0) / 1000000 )) $plugins"
}

read -r first plugins <<< "$(start_once)"
echo "first start (core + plugin migrations, demo data): ${first} ms, ${plugins} plugins started"
times=()
for i in $(seq 1 "$restarts"); do
  read -r ms plugins <<< "$(start_once)"
  echo "restart $i: ${ms} ms to first 200 on /login, ${plugins} plugins started"
  times+=("$ms")
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}')
echo "== start-up to first 200 on /login, median of $restarts restarts: ${median} ms"
if [ -n "${db:-}" ] && command -v mariadb >/dev/null; then mariadb -h127.0.0.1 -uroot -e "DROP DATABASE $db"; fi

echo "== enable → usable in another open session (EnableLatencyBenchmark, ~2 min)"
./mvnw -o -pl web-ui verify -Dit.test=EnableLatencyBenchmark -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
  2>&1 | grep -E "Enable →|Target ≤|Tests run:|BUILD" || true
