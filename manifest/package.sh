#!/usr/bin/env bash
# Builds the Teams app package: fills the manifest template, validates it offline and zips it.
# Usage: manifest/package.sh <bot-app-id> [teams-app-id] [version] <bot-domain>
#   bot-app-id    Entra app (client) id of the bot registration (GUID)
#   teams-app-id  Teams app id (GUID); a new one is generated when omitted or empty
#   version       app version, default 1.0.0 (bump it for every upload)
#   bot-domain    the bot's public host name (Exports:PublicBaseUrl without https://, e.g. the appFqdn output of
#                 infra/main.bicep). Required: the manifest's privacy and terms links (https://<bot-domain>/privacy,
#                 /terms) and the journey map tabs are pages the bot serves there.
# Output: manifest/build/cjmbot-teams-app.zip (its path is printed on the last line);
# CJMBOT_PACKAGE_BUILD_DIR moves the build folder elsewhere (tests use a temp folder).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/.." && pwd)"
guid_re='^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$'
semver_re='^[0-9]+\.[0-9]+\.[0-9]+$'

usage() {
  echo "Usage: $0 <bot-app-id> [teams-app-id] [version] <bot-domain>" >&2
  exit 2
}

[[ $# -ge 1 && $# -le 4 ]] || usage
bot_id="$1"
teams_app_id="${2:-$(cat /proc/sys/kernel/random/uuid)}"
version="${3:-1.0.0}"
bot_domain="${4:-}"
domain_re='^([a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+[a-zA-Z]{2,63}(:[0-9]{1,5})?$'
[[ "$bot_id" =~ $guid_re ]] || { echo "bot-app-id is not a GUID: $bot_id" >&2; usage; }
[[ "$teams_app_id" =~ $guid_re ]] || { echo "teams-app-id is not a GUID: $teams_app_id" >&2; usage; }
[[ "$version" =~ $semver_re ]] || { echo "version is not MAJOR.MINOR.PATCH: $version" >&2; usage; }
[[ -n "$bot_domain" ]] ||
  { echo "bot-domain is required: the manifest's privacy and terms links (https://<bot-domain>/privacy, /terms) are pages the bot serves." >&2; usage; }
[[ "$bot_domain" =~ $domain_re ]] || { echo "bot-domain is not a host name (no https://, no path): $bot_domain" >&2; usage; }

command -v node >/dev/null || { echo "node is not on PATH (Node 20 is needed)." >&2; exit 1; }
command -v zip >/dev/null || { echo "zip is not on PATH (apt-get install zip)." >&2; exit 1; }
[[ -d "$repo/tools/node_modules/@microsoft/app-manifest" ]] ||
  { echo "Node tools are missing: run 'npm ci --prefix tools' in $repo" >&2; exit 1; }

build="${CJMBOT_PACKAGE_BUILD_DIR:-$here/build}"
mkdir -p "$build"
build="$(cd "$build" && pwd)"
zip_file="$build/cjmbot-teams-app.zip"
rm -f "$build/manifest.json" "$build/ru.json" "$build/color.png" "$build/outline.png" "$zip_file"

# Placeholders are replaced in the JSON text; the values were checked above, so no escaping is needed.
TEAMS_APP_ID="$teams_app_id" BOT_ID="$bot_id" APP_VERSION="$version" BOT_DOMAIN="$bot_domain" node -e '
  const fs = require("node:fs");
  const [from, to] = process.argv.slice(1);
  const text = fs.readFileSync(from, "utf8").replace(/\$\{\{([A-Z0-9_]+)\}\}/g, (match, name) => {
    const value = process.env[name];
    if (value === undefined) { throw new Error(`No value for placeholder ${match}`); }
    return value;
  });
  fs.writeFileSync(to, JSON.stringify(JSON.parse(text), null, 2) + "\n");
' "$here/manifest.template.json" "$build/manifest.json"
cp "$here/color.png" "$here/outline.png" "$here/ru.json" "$build/"

if ! report="$(node "$repo/tools/validate-manifest.mjs" "$build")"; then
  echo "$report" >&2
  echo "The filled manifest does not validate; no package was written." >&2
  exit 1
fi

(cd "$build" && zip -q -j -X "$zip_file" manifest.json ru.json color.png outline.png)
echo "Teams app id: $teams_app_id, bot id: $bot_id, version: $version, domain: $bot_domain" >&2
echo "$zip_file"
