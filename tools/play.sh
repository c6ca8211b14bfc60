#!/usr/bin/env bash
# Installs what is missing, builds the web playground and serves it locally with the
# cross-origin isolation headers it needs. Prints the URL; Ctrl+C stops the server.
#
#   bash tools/play.sh [--port 8765] [--host 127.0.0.1]
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
port=8765
host=127.0.0.1
while [[ $# -gt 0 ]]; do
  case "$1" in
    --port) port="$2"; shift 2 ;;
    --port=*) port="${1#--port=}"; shift ;;
    --host) host="$2"; shift 2 ;;
    --host=*) host="${1#--host=}"; shift ;;
    -h|--help) sed -n '2,6p' "$0"; exit 0 ;;
    *) echo "play.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done

export NODE_PATH="/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}"
bash tools/setup.sh
cmake --preset web
cmake --build --preset web -j"${LOOPSCOPE_JOBS:-2}" --target loopscope_playground
exec node web/serve.mjs --dir build/web/dist --port "$port" --host "$host"
