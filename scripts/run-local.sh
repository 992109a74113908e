#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# Runs CjmBot locally: Azurite (Table service, data on disk), the bot and the Microsoft 365 Agents
# Playground, then waits. Ctrl-C stops all three.
# Ports 10002, 3978 and 56150 can be moved with CJMBOT_AZURITE_PORT, CJMBOT_BOT_PORT, CJMBOT_PLAYGROUND_PORT.
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

AZURITE_PORT=${CJMBOT_AZURITE_PORT:-10002}
BOT_PORT=${CJMBOT_BOT_PORT:-3978}
PLAYGROUND_PORT=${CJMBOT_PLAYGROUND_PORT:-56150}
CONFIGURATION=Debug
LOCAL_DIR="$ROOT/.local"
LOG_DIR="$LOCAL_DIR/logs"
BOT_DLL="$ROOT/src/CjmBot.Web/bin/$CONFIGURATION/net10.0/CjmBot.Web.dll"
if [[ $AZURITE_PORT == 10002 ]]; then
  STORAGE_CONNECTION=UseDevelopmentStorage=true
else
  STORAGE_CONNECTION=$(azurite_connection_string "$AZURITE_PORT")
fi

STARTED=$(now_ms)
STOPPING=0
SLEEP_PID=

shutdown() {
  local code=$?
  ((STOPPING)) && return
  STOPPING=1
  trap - INT TERM
  [[ -z $SLEEP_PID ]] || kill "$SLEEP_PID" 2>/dev/null || true
  if ((${#SERVICE_ORDER[@]})); then
    log "Stopping..."
    stop_service playground TERM 10
    stop_service bot TERM 15
    # SIGINT makes Azurite flush its on-disk database before exiting (SIGTERM loses recent writes).
    stop_service azurite INT 20
    reap_jobs
    log "Stopped."
  fi
  exit "$code"
}
trap shutdown EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

require_cmd dotnet "install the .NET 10 SDK"
ensure_node_tools || die "could not install the Node tools (see above)"

require_free_port "$AZURITE_PORT" "Azurite Table service"
require_free_port "$BOT_PORT" "bot"
require_free_port "$PLAYGROUND_PORT" "Agents Playground"

mkdir -p "$LOCAL_DIR/azurite" "$LOCAL_DIR/playground" "$LOG_DIR"

# The Playground invents new personal and group chat ids on every start unless its config names them; with the ids
# pinned, a restart shows the same chats and the workshops kept in .local/azurite are found again. It reads
# ./.m365agentsplayground.yml from its working directory (.local/playground). Written once: edit it freely after.
PLAYGROUND_CONFIG="$LOCAL_DIR/playground/.m365agentsplayground.yml"
if [[ ! -f $PLAYGROUND_CONFIG ]]; then
  cat >"$PLAYGROUND_CONFIG" <<'YAML'
# Written by scripts/run-local.sh: the Playground's default mock data with the chat ids pinned, so a restart shows the same chats.
version: "0.1.1"
tenantId: 00000000-0000-0000-0000-0000000000001
bot:
  id: 00000000-0000-0000-0000-00000000000011
  name: Test Bot
currentUser:
  id: user-id-0
  name: Alex Wilber
  userPrincipleName: alexw@example.com
  aadObjectId: 00000000-0000-0000-0000-0000000000020
  givenName: Alex
  surname: Wilber
  email: alexw@example.com
users:
  - id: user-id-1
    name: Megan Bowen
    userPrincipleName: meganb@example.com
    aadObjectId: 00000000-0000-0000-0000-0000000000021
    givenName: Megan
    surname: Bowen
    email: meganb@example.com
  - id: user-id-2
    name: Adele Vance
    userPrincipleName: adelev@example.com
    aadObjectId: 00000000-0000-0000-0000-0000000000022
    givenName: Adele
    surname: Vance
    email: adelev@example.com
  - id: user-id-3
    name: Isaiah Langer
    userPrincipleName: isaiah@example.com
    aadObjectId: 00000000-0000-0000-0000-0000000000023
    givenName: Isaiah
    surname: Langer
    email: isaiahl@example.com
  - id: user-id-4
    name: Patti Fernandez
    userPrincipleName: pattif@example.com
    aadObjectId: 00000000-0000-0000-0000-0000000000024
    givenName: Patti
    surname: Fernandez
    email: pattif@example.com
  - id: user-id-5
    name: Lynne Robbins
    userPrincipleName: lynner@example.com
    aadObjectId: 00000000-0000-0000-0000-0000000000025
    givenName: Lynne
    surname: Robbins
    email: lynner@example.com
personalChat:
  id: a:cjmbot-local-personal-chat
groupChat:
  id: 19:cjmbot-local-group-chat@thread.v2
  name: Group Chat
team:
  id: team-id
  name: My Team
  aadGroupId: 00000000-0000-0000-0000-000000000031
  channels:
    - id: channel-announcements-id
      name: Announcements
YAML
fi

log "Building src/CjmBot.Web ($CONFIGURATION)..."
build_started=$(now_ms)
if ! dotnet build "$ROOT/src/CjmBot.Web" -c "$CONFIGURATION" -nologo -v quiet -clp:NoSummary >"$LOG_DIR/build.log" 2>&1; then
  cat "$LOG_DIR/build.log" >&2
  die "dotnet build failed"
fi
log "Built in $(elapsed_since "$build_started") s"

step=$(now_ms)
start_azurite azurite "$AZURITE_PORT" "$LOG_DIR/azurite.log" --location "$LOCAL_DIR/azurite"
wait_service azurite "http://127.0.0.1:$AZURITE_PORT/" 30 "$LOG_DIR/azurite.log" any
log "Azurite Table service up on 127.0.0.1:$AZURITE_PORT in $(elapsed_since "$step") s (data: .local/azurite)"

step=$(now_ms)
start_service bot "$LOG_DIR/bot.log" "$(dirname "$BOT_DLL")" env \
  ASPNETCORE_ENVIRONMENT=Development \
  DOTNET_ENVIRONMENT=Development \
  ASPNETCORE_URLS="http://127.0.0.1:$BOT_PORT" \
  Kestrel__Endpoints__Http__Url="http://127.0.0.1:$BOT_PORT" \
  Storage__Provider=AzureTables \
  Storage__ConnectionString="$STORAGE_CONNECTION" \
  dotnet "$BOT_DLL"
wait_service bot "http://127.0.0.1:$BOT_PORT/healthz" 60 "$LOG_DIR/bot.log"
log "Bot up on http://127.0.0.1:$BOT_PORT in $(elapsed_since "$step") s (log: .local/logs/bot.log)"

step=$(now_ms)
start_service playground "$LOG_DIR/playground.log" "$LOCAL_DIR/playground" env \
  TEAMSAPPTESTER_BROWSER=none \
  "$TOOLS_BIN/agentsplayground" \
  -e "http://127.0.0.1:$BOT_PORT/api/messages" -c msteams -p "$PLAYGROUND_PORT" \
  --service-url "http://127.0.0.1:$PLAYGROUND_PORT/_connector" --disable-telemetry
if ! actual_port=$(playground_port "$LOG_DIR/playground.log" 30); then
  tail -n 40 "$LOG_DIR/playground.log" >&2 || true
  die "the Playground did not report its port (log: .local/logs/playground.log)"
fi
if [[ $actual_port != "$PLAYGROUND_PORT" ]]; then
  die "port $PLAYGROUND_PORT (Agents Playground) is in use: the Playground fell back to port $actual_port"
fi
wait_service playground "http://127.0.0.1:$PLAYGROUND_PORT/_debug/ping" 30 "$LOG_DIR/playground.log"
log "Playground up on port $PLAYGROUND_PORT in $(elapsed_since "$step") s (its own log: .local/playground/devTools/)"

log "All up in $(elapsed_since "$STARTED") s. Logs: .local/logs/. Press Ctrl-C to stop."
echo "Open http://127.0.0.1:$PLAYGROUND_PORT in your browser"

while true; do
  for name in azurite bot playground; do
    if ! service_alive "$name"; then
      tail -n 20 "$LOG_DIR/$name.log" >&2 || true
      die "$name stopped unexpectedly (log: .local/logs/$name.log)"
    fi
  done
  # A background sleep keeps the INT/TERM traps responsive.
  sleep 1 &
  SLEEP_PID=$!
  wait "$SLEEP_PID" || true
done
