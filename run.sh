#!/usr/bin/env bash
# OneWindow on your machine in one command: builds if needed, then starts a mail catcher,
# the backoffice (http://localhost:8081) and the portal (http://localhost:8080).
# Ctrl-C stops everything. `./run.sh --rebuild` forces a fresh build. Needs JDK 21+.
set -euo pipefail
cd "$(dirname "$0")"

GREENMAIL_JAR=data/tools/greenmail-standalone-2.1.8.jar
WAIT_SECONDS="${ONEWINDOW_WAIT_SECONDS:-180}"
rebuild=0
for arg in "$@"; do
  case "$arg" in
    --rebuild) rebuild=1 ;;
    *) echo "usage: $0 [--rebuild]" >&2; exit 2 ;;
  esac
done

# The machine's default java may be too old; prefer the project's JDK 25 where it is installed.
if [[ -d /usr/lib/jvm/temurin-25-jdk-amd64 ]]; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
java_major="$("$JAVA" -XshowSettings:properties -version 2>&1 \
  | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p')"
if [[ -z "$java_major" || "$java_major" -lt 21 ]]; then
  echo "JDK 21 or newer needed; '$JAVA' is version '${java_major:-unknown}'. Set JAVA_HOME." >&2
  exit 1
fi
mkdir -p data/logs data/tools

# Rebuild only when a jar is missing or a pom or source file changed since the older jar.
needs_build() {
  local a=portal/target/portal.jar b=backoffice/target/backoffice.jar
  [[ $rebuild == 1 || ! -f $a || ! -f $b ]] && return 0
  local oldest=$a; [[ $b -ot $a ]] && oldest=$b
  [[ -n "$(find pom.xml ./*/pom.xml ./*/src -type f -newer "$oldest" -print -quit 2>/dev/null || true)" ]]
}
if needs_build; then
  echo "Building (the first build downloads dependencies and takes a few minutes)..."
  ./mvnw -q -ntp -DskipTests package
fi
if [[ ! -f $GREENMAIL_JAR ]]; then
  # -N: only the parent project, or Maven would copy the jar once per module.
  ./mvnw -q -ntp -N dependency:copy -Dartifact=com.icegreen:greenmail-standalone:2.1.8 \
    -DoutputDirectory="$PWD/data/tools"
fi

# Fail early, and clearly, if something (e.g. another run.sh) already holds a port.
for port in 3025 8025 8081 8080; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "Port $port is already in use: stop whatever runs there (another ./run.sh?) and try again." >&2
    exit 1
  fi
done

pids=()
any_alive() {
  local p
  for p in "${pids[@]}"; do kill -0 "$p" 2>/dev/null && return 0; done
  return 1
}
stop_all() {
  # A second Ctrl-C must not leave the Java processes behind: ignore it while stopping.
  trap - EXIT; trap '' INT TERM HUP
  (( ${#pids[@]} )) || return 0
  echo; echo "Stopping OneWindow..."
  kill -TERM "${pids[@]}" 2>/dev/null || true
  # Give Spring a moment to shut down cleanly, then insist.
  for _ in $(seq 1 20); do
    any_alive || break
    sleep 1
  done
  kill -KILL "${pids[@]}" 2>/dev/null || true
  wait "${pids[@]}" 2>/dev/null || true
  echo "Stopped."
}
trap stop_all EXIT
trap 'exit 130' INT
trap 'exit 143' TERM HUP

# Waits until a URL answers (any HTTP status), giving up if the process dies or time runs out.
wait_for() {
  local name=$1 url=$2 pid=$3 log=$4
  for _ in $(seq 1 "$WAIT_SECONDS"); do
    curl -s -o /dev/null --max-time 2 "$url" && return 0
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "${name^} stopped while starting: see $log" >&2; tail -n 30 "$log" >&2; exit 1
    fi
    sleep 1
  done
  echo "${name^} did not answer at $url within ${WAIT_SECONDS}s: see $log" >&2; exit 1
}

# Starts one process in the background, logging to a file, and waits until it answers.
names=(); logs=()
launch() {
  local name=$1 log=$2 url=$3; shift 3
  echo "Starting $name..."
  "$@" >"$log" 2>&1 &
  pids+=($!); names+=("$name"); logs+=("$log")
  wait_for "$name" "$url" $! "$log"
}

# Mail catcher: SMTP on 3025 without authentication, its REST API (the inbox) on 8025.
launch "the mail catcher (GreenMail)" data/logs/greenmail.log http://127.0.0.1:8025/api/service/readiness \
  "$JAVA" -Dgreenmail.setup.test.smtp -Dgreenmail.auth.disabled \
  -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port=8025 -jar "$GREENMAIL_JAR"
# Backoffice first: it creates the schema and the demo data the portal relies on.
APP_ARGS=(--spring.mail.host=127.0.0.1 --spring.mail.port=3025)
launch "the backoffice" data/logs/backoffice.log http://localhost:8081/ \
  "$JAVA" -jar backoffice/target/backoffice.jar --server.port=8081 "${APP_ARGS[@]}"
launch "the portal" data/logs/portal.log http://localhost:8080/ \
  "$JAVA" -jar portal/target/portal.jar --server.port=8080 "${APP_ARGS[@]}"

cat <<INFO

OneWindow is running (started in ${SECONDS}s):
  Portal (customers):   http://localhost:8080/
  Backoffice (staff):   http://localhost:8081/
  Mail catcher (SMTP 127.0.0.1:3025), its inbox as JSON:
    who got mail:       http://127.0.0.1:8025/api/user
    one person's mails: http://127.0.0.1:8025/api/user/<email>/messages/INBOX
  Logs: data/logs/
Demo logins:
INFO
if [[ -f docs/demo-logins.txt ]]; then sed 's/^/  /' docs/demo-logins.txt; else echo "  see README.md"; fi
echo; echo "Press Ctrl-C to stop."

# Stay up until Ctrl-C, or until any of the three dies (then stop the others too).
while true; do
  for i in "${!pids[@]}"; do
    if ! kill -0 "${pids[$i]}" 2>/dev/null; then
      echo "${names[$i]^} stopped unexpectedly: see ${logs[$i]}" >&2
      exit 1
    fi
  done
  sleep 2
done
