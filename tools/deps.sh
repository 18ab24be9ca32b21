#!/usr/bin/env bash
# Installs the Debian packages a make target needs, quietly and only when
# missing: `tools/deps.sh build` (compiler, libpng) or `tools/deps.sh test`
# (also the tools the script suites drive: sigrok-cli, python3-serial, sox).
set -e
want=(gcc make python3 libpng-dev pkg-config)
if [ "${1:-build}" = test ]; then
    want+=(sigrok-cli python3-serial sox)
fi
missing=()
for p in "${want[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "installing: ${missing[*]}" >&2
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
$sudo apt-get update -qq >/dev/null
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
