#!/usr/bin/env bash
# Debian packages the tests and `npm start` need. Installs only what is missing; needs root (or sudo).
set -euo pipefail
packages=(
  chromium        # the browser Playwright drives for the UI tests
  fonts-nanum     # Hangul in screenshots
  neovim          # the second real LSP client
  libkrb5-dev     # code-server's `kerberos` native module builds from source
  ripgrep         # code-server's @vscode/ripgrep cannot download rg here; Debian's is used
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "system-deps: all present"
  exit 0
fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
echo "system-deps: installing ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
