#!/usr/bin/env bash
# Installs what Stackdraft needs to build, run and test on Debian 12 / Ubuntu,
# and only what is missing, so running it twice is cheap.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-translations-l10n libgl-dev
  libboost-dev libyaml-cpp-dev libfyaml-dev nlohmann-json3-dev
  libbenchmark-dev
  python3 python3-networkx python3-yaml python3-jsonschema
  xvfb xauth imagemagick fonts-dejavu-core poppler-utils
  patch
  prometheus prometheus-alertmanager
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
# Node.js runs the offline Terraform/Kubernetes validators. Some machines carry a
# Node.js from another source that bundles npm; only ask apt when none is there.
command -v node >/dev/null 2>&1 || missing+=(nodejs)
command -v npm >/dev/null 2>&1 || missing+=(npm)

if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -q
  $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
