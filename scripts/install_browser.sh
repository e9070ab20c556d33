#!/usr/bin/env bash
# Installs Debian's headless browser stack for the UI tests (tests/ui/): chromium and
# chromium-driver.  Idempotent: when both are already installed it says so and exits 0 without
# touching apt.  Needs root (or sudo) and access to the Debian package mirrors.
set -euo pipefail

packages=(chromium chromium-driver)
missing=()
for pkg in "${packages[@]}"; do
    # dpkg-query reports "install ok installed" only for a fully installed package (not one left
    # half-configured or removed with its config files kept).
    if [ "$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)" = "install ok installed" ]; then
        echo "install_browser: $pkg already installed ($(dpkg-query -W -f='${Version}' "$pkg"))"
    else
        missing+=("$pkg")
    fi
done

if [ "${#missing[@]}" -eq 0 ]; then
    echo "install_browser: nothing to do"
    exit 0
fi

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
    sudo_cmd=(sudo)
fi

echo "install_browser: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -q
"${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"

for pkg in "${missing[@]}"; do
    echo "install_browser: installed $pkg $(dpkg-query -W -f='${Version}' "$pkg")"
done
echo "install_browser: chromium at $(command -v chromium), chromedriver at $(command -v chromedriver)"
