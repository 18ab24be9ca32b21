#!/usr/bin/env bash
# Installs the Debian packages a make target needs, quietly and only when
# missing: `tools/deps.sh build` (compiler, libpng), `tools/deps.sh qemu`
# (the ARM cross compiler and QEMU) or `tools/deps.sh test` (all of them and
# the tools the script suites drive: sigrok-cli, python3-serial, sox).
set -e
want=(gcc make python3 libpng-dev pkg-config)
case "${1:-build}" in
    test) want+=(sigrok-cli python3-serial sox 7zip gcc-arm-none-eabi libnewlib-arm-none-eabi qemu-system-arm mtools dosfstools) ;;
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
# A parallel make may ask for two sets at once, and apt takes one at a
# time: wait for the other install (ours through the lock file, anyone
# else's through apt's own lock).
exec 9>"${TMPDIR:-/tmp}/copper-deps.lock"
flock 9
wait_lock=(-o DPkg::Lock::Timeout=600)
$sudo apt-get "${wait_lock[@]}" update -qq >/dev/null
DEBIAN_FRONTEND=noninteractive $sudo apt-get "${wait_lock[@]}" install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
