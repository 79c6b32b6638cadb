#!/usr/bin/env bash
# Install the Debian libraries Qt needs to run offscreen (and the tools the
# tests use), when they are missing. Needs root for apt-get; elsewhere it only
# reports what is missing.
set -euo pipefail

packages=(
  libegl1 libgl1 libopengl0 libfontconfig1 libfreetype6 libx11-6 libx11-xcb1 libxkbcommon0
  libxkbcommon-x11-0 libglib2.0-0 libdbus-1-3 fonts-dejavu-core poppler-utils
  desktop-file-utils appstream libxml2-utils shared-mime-info xdg-utils
)

if ! command -v dpkg-query >/dev/null 2>&1; then
  exit 0  # not a Debian system: nothing we know how to install
fi

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
  echo "Installing system libraries for Qt: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "Missing system packages (install them with sudo apt-get install): ${missing[*]}" >&2
fi
