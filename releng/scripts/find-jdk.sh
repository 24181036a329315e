# Sourced by ./parley and .ci/run: sets JAVA_HOME to a JDK >= 21 (Tycho 5 and Eclipse 4.39+ need it).
# Prefers an explicit JAVA_HOME, then Temurin 25 where Debian machines here keep it, then any JDK in /usr/lib/jvm.
parley_java_major() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'; }
parley_find_jdk() {
  local candidate major
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
    major=$(parley_java_major "$candidate")
    if [ "${major:-0}" -ge 21 ] 2>/dev/null; then export JAVA_HOME="$candidate"; return 0; fi
  done
  echo "parley: no JDK 21 or newer found (set JAVA_HOME to one; looked in \$JAVA_HOME and /usr/lib/jvm)" >&2
  return 1
}
