# shellcheck shell=bash
# Shared helpers for scripts/run-local.sh, scripts/test.sh and .ci/run. Source it, do not run it.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TOOLS_DIR="$ROOT/tools"
TOOLS_BIN="$TOOLS_DIR/node_modules/.bin"
CHROMIUM=/usr/bin/chromium
# The well-known Azurite development account; not a secret.
AZURITE_ACCOUNT_KEY='Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=='

declare -gA SERVICE_PIDS=()
declare -ga SERVICE_ORDER=()
declare -ga JOB_PIDS=()

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*"; }
warn() { printf 'WARNING: %s\n' "$*" >&2; }
die() { printf 'ERROR: %s\n' "$*" >&2; exit 1; }

now_ms() { date +%s%3N; }
# elapsed_since START_MS -> seconds with one decimal
elapsed_since() { awk -v s="$1" -v e="$(now_ms)" 'BEGIN { printf "%.1f", (e - s) / 1000 }'; }

require_cmd() {
  command -v "$1" >/dev/null 2>&1 || die "'$1' is not installed: $2"
}

# Installs tools/node_modules with `npm ci` when it is missing or older than the lock file.
ensure_node_tools() {
  require_cmd node "install Node.js 20 or newer"
  require_cmd npm "install npm (comes with Node.js)"
  local lock="$TOOLS_DIR/package-lock.json"
  local stamp="$TOOLS_DIR/node_modules/.package-lock.json"
  [[ -f $lock ]] || die "$lock is missing"
  if [[ -f $stamp && ! $lock -nt $stamp ]]; then
    return 0
  fi
  local started install_log
  started=$(now_ms)
  install_log="$(mktemp)"
  log "Installing Node tools: npm ci --prefix tools ..."
  if ! npm ci --prefix "$TOOLS_DIR" --no-audit --no-fund --loglevel=error >"$install_log" 2>&1; then
    cat "$install_log" >&2
    rm -f "$install_log"
    return 1
  fi
  rm -f "$install_log"
  touch "$stamp"
  log "Node tools installed in $(elapsed_since "$started") s"
}

# Installs Debian's chromium when /usr/bin/chromium is missing (root only).
ensure_chromium() {
  [[ -x $CHROMIUM ]] && return 0
  if [[ $(id -u) -ne 0 ]]; then
    printf 'ERROR: %s is missing and installing it needs root: sudo apt-get update && sudo apt-get install -y chromium\n' "$CHROMIUM" >&2
    return 1
  fi
  command -v apt-get >/dev/null 2>&1 || { printf 'ERROR: %s is missing and apt-get is not available\n' "$CHROMIUM" >&2; return 1; }
  local started install_log
  started=$(now_ms)
  install_log="$(mktemp)"
  log "Installing chromium: apt-get update && apt-get install -y chromium ..."
  if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; } >"$install_log" 2>&1; then
    tail -n 30 "$install_log" >&2
    rm -f "$install_log"
    return 1
  fi
  rm -f "$install_log"
  [[ -x $CHROMIUM ]] || { printf 'ERROR: apt-get installed chromium but %s is missing\n' "$CHROMIUM" >&2; return 1; }
  log "chromium installed in $(elapsed_since "$started") s"
}

# port_busy PORT -> 0 when something listens on PORT (loopback or any interface).
port_busy() {
  node -e '
    const net = require("node:net");
    const port = Number(process.argv[1]);
    const probe = net.connect({ host: "127.0.0.1", port });
    probe.setTimeout(1000);
    probe.once("connect", () => { probe.destroy(); process.exit(0); });
    const tryBind = () => {
      probe.destroy();
      const server = net.createServer();
      server.once("error", (e) => process.exit(e.code === "EADDRINUSE" ? 0 : 1));
      server.listen({ port, host: "0.0.0.0", exclusive: true }, () => server.close(() => process.exit(1)));
    };
    probe.once("error", tryBind);
    probe.once("timeout", tryBind);
  ' "$1"
}

require_free_port() { # PORT WHAT
  if port_busy "$1"; then
    die "port $1 ($2) is already in use; stop whatever listens there (e.g. 'ss -ltnp | grep :$1') and try again"
  fi
}

# wait_http URL TIMEOUT_S [any] -> waits until URL answers 2xx (or any HTTP status with 'any').
wait_http() {
  node -e '
    const [url, timeoutS, mode] = process.argv.slice(1);
    const deadline = Date.now() + Number(timeoutS) * 1000;
    const attempt = async () => {
      try {
        const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
        if (mode === "any" || res.ok) process.exit(0);
      } catch { /* not up yet */ }
      if (Date.now() > deadline) process.exit(1);
      setTimeout(attempt, 200);
    };
    attempt();
  ' "$1" "$2" "${3:-ok}"
}

pid_alive() {
  local pid=$1 state
  [[ -r /proc/$pid/stat ]] || return 1
  state=$(sed -E 's/^.*\) (.).*$/\1/' "/proc/$pid/stat" 2>/dev/null) || return 1
  [[ $state != Z && $state != X ]]
}

# start_service NAME LOGFILE WORKDIR COMMAND... -> runs COMMAND in its own session (so a terminal Ctrl-C
# reaches only this script, which then stops it in the right way) and records its real PID.
start_service() {
  local name=$1 logfile=$2 workdir=$3
  shift 3
  local pidfile
  pidfile="$(mktemp)"
  rm -f "$pidfile"
  # setsid may fork; $$ inside bash -c is the PID that then execs COMMAND, so record that one.
  # shellcheck disable=SC2016 # $$ and $@ must expand in the inner shell
  (cd "$workdir" && exec setsid bash -c 'echo $$ >"$0"; exec "$@"' "$pidfile" "$@") >"$logfile" 2>&1 </dev/null &
  JOB_PIDS+=("$!")
  local i
  for ((i = 0; i < 100; i++)); do
    [[ -s $pidfile ]] && break
    sleep 0.05
  done
  [[ -s $pidfile ]] || die "$name did not start (see $logfile)"
  SERVICE_PIDS[$name]=$(<"$pidfile")
  SERVICE_ORDER+=("$name")
  rm -f "$pidfile"
}

service_alive() { local pid=${SERVICE_PIDS[$1]:-}; [[ -n $pid ]] && pid_alive "$pid"; }

# stop_service NAME SIGNAL TIMEOUT_S -> signals the service's process group, waits, then kills.
stop_service() {
  local name=$1 sig=$2 timeout=${3:-10}
  local pid=${SERVICE_PIDS[$name]:-}
  [[ -n $pid ]] || return 0
  if pid_alive "$pid"; then
    kill -s "$sig" -- "-$pid" 2>/dev/null || kill -s "$sig" "$pid" 2>/dev/null || true
    local i
    for ((i = 0; i < timeout * 10; i++)); do
      pid_alive "$pid" || break
      sleep 0.1
    done
    if pid_alive "$pid"; then
      warn "$name (pid $pid) did not stop within ${timeout} s after SIG$sig; killing it"
      kill -s KILL -- "-$pid" 2>/dev/null || kill -s KILL "$pid" 2>/dev/null || true
    fi
  fi
  unset "SERVICE_PIDS[$name]"
}

# Reaps the background jobs so no zombie is left behind.
reap_jobs() {
  local job
  for job in "${JOB_PIDS[@]}"; do
    wait "$job" 2>/dev/null || true
  done
  JOB_PIDS=()
}

# start_azurite NAME PORT LOGFILE [azurite-table options...]
start_azurite() {
  local name=$1 port=$2 logfile=$3
  shift 3
  start_service "$name" "$logfile" "$ROOT" "$TOOLS_BIN/azurite-table" \
    --tableHost 127.0.0.1 --tablePort "$port" --disableTelemetry "$@"
}

azurite_connection_string() { # PORT
  printf 'DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=%s;TableEndpoint=http://127.0.0.1:%s/devstoreaccount1;' \
    "$AZURITE_ACCOUNT_KEY" "$1"
}

# wait_service NAME URL TIMEOUT_S LOGFILE [any] -> fails early when the process died.
wait_service() {
  local name=$1 url=$2 timeout=$3 logfile=$4 mode=${5:-ok}
  local deadline=$((SECONDS + timeout))
  while ((SECONDS < deadline)); do
    if ! service_alive "$name"; then
      tail -n 40 "$logfile" >&2 || true
      die "$name exited during start-up (log: $logfile)"
    fi
    wait_http "$url" 1 "$mode" && return 0
  done
  tail -n 40 "$logfile" >&2 || true
  die "$name did not answer $url within ${timeout} s (log: $logfile)"
}

# playground_port LOGFILE TIMEOUT_S -> prints the port from the Playground's "Listening on N" line.
playground_port() {
  local logfile=$1 timeout=$2 deadline=$((SECONDS + $2)) line
  while ((SECONDS < deadline)); do
    line=$(grep -m1 -oE 'Listening on [0-9]+' "$logfile" 2>/dev/null || true)
    if [[ -n $line ]]; then
      printf '%s\n' "${line##* }"
      return 0
    fi
    sleep 0.1
  done
  return 1
}
