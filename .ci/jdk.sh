# Sourced by .ci/run and ./polnet: use JAVA_HOME when it is a JDK 21+, else the newest JDK 21+ under
# /usr/lib/jvm, else stop with a clear message.
java_major() { "$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1; }

if [ -z "${JAVA_HOME:-}" ] && command -v javac >/dev/null 2>&1; then
  JAVA_HOME="$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")"
fi
if [ -z "${JAVA_HOME:-}" ] || [ "$(java_major "$JAVA_HOME" 2>/dev/null || echo 0)" -lt 21 ] 2>/dev/null; then
  best=""; best_major=0
  for candidate in /usr/lib/jvm/* /opt/java/* "$HOME"/.sdkman/candidates/java/*; do
    [ -x "$candidate/bin/javac" ] || continue
    major=$(java_major "$candidate" || echo 0)
    if [ "${major:-0}" -ge 21 ] && [ "${major:-0}" -gt "$best_major" ]; then best="$candidate"; best_major=$major; fi
  done
  if [ -z "$best" ]; then
    echo "Polnet needs a JDK 21 or newer; none found (JAVA_HOME=${JAVA_HOME:-unset}). Install one and set JAVA_HOME." >&2
    exit 1
  fi
  JAVA_HOME="$best"
fi
export JAVA_HOME
export PATH="$JAVA_HOME/bin:$PATH"
