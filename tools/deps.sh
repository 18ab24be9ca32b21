#!/usr/bin/env bash
# Installs the Debian packages a make target needs, quietly and only when
# missing: `tools/deps.sh build` (compiler, libpng), `tools/deps.sh qemu`
# (the ARM cross compiler and QEMU) or `tools/deps.sh test` (all of them and
# the tools the script suites drive: sigrok-cli, python3-serial, sox).
set -e
want=(gcc make python3 libpng-dev pkg-config)
case "${1:-build}" in
    test) want+=(sigrok-cli python3-serial sox gcc-arm-none-eabi libnewlib-arm-none-eabi qemu-system-arm mtools dosfstools) ;;
    qemu) want+=(gcc-arm-none-eabi libnewlib-arm-none-eabi qemu-system-arm mtools dosfstools) ;;
esac
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
