#!/bin/sh
# Builds the production jar of the app (Vaadin's pre-compiled production bundle, no frontend build) and the
# first-party plugin jars from the committed tree (git HEAD, or the revision given as $1) in a private copy, so that
# the shared web-ui/target (dev mode) is never touched. Result: bench/target/prod/dyad.jar and
# bench/target/prod/plugins/*.jar
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
work="$root/bench/target/prod-src"
out="$root/bench/target/prod"
mkdir -p "$work" "$out/plugins"
rm -rf "$work" && mkdir -p "$work"
git -C "$root" archive "${1:-HEAD}" | tar -x -C "$work"
cd "$work"
./mvnw -q -B -Pproduction -Dmaven.test.skip=true -pl web-ui,plugins/session-log,plugins/breathing-coach,plugins/education-library,plugins/consultant-notes -am package
cp web-ui/target/dyad.jar "$out/dyad.jar"
rm -f "$out"/plugins/*.jar
for p in session-log breathing-coach education-library consultant-notes; do
  cp plugins/$p/target/$p-*.jar "$out/plugins/"
done
rm -f "$out"/plugins/original-*.jar
ls -l "$out/dyad.jar" "$out"/plugins
