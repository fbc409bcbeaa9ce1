#!/usr/bin/env bash
# Builds the simulator's image without pulling anything: a runtime made by jlink, the shared
# libraries it links against (as ldd lists them) and the standalone jar, on an empty base.
# Usage: build-image.sh STANDALONE_JAR IMAGE_TAG WORK_DIR
set -euo pipefail
jar="$1" tag="$2" work="$3"

if ! docker info >/dev/null 2>&1; then
  echo "[simulator image] no Docker daemon answers: $tag not built, the container tests will be skipped"
  exit 0
fi
if [ ! -f "$jar" ]; then
  echo "[simulator image] $jar is missing: build mistral-simulator first" >&2
  exit 1
fi

rm -rf "$work" && mkdir -p "$work/rootfs/opt" "$work/rootfs/app" "$work/rootfs/tmp"
chmod 1777 "$work/rootfs/tmp"
# java.base, the HTTP server, and what Gson may reach for; nothing else.
jlink --add-modules java.base,jdk.httpserver,jdk.unsupported,java.sql \
      --strip-debug --no-man-pages --no-header-files --compress=2 \
      --output "$work/rootfs/opt/java"
cp "$jar" "$work/rootfs/app/simulator.jar"

# Every shared library the runtime's executables and libraries need, at the same path.
# (the runtime's own libraries are already in place; "=>" lines name the others, a line
# starting with a path names the dynamic loader)
find "$work/rootfs/opt/java" -type f \( -name '*.so' -o -path '*/bin/*' \) -print0 |
  xargs -0 -n1 ldd 2>/dev/null | awk '/=> \// {print $3} /^\t\// {print $1}' |
  grep -v "^$work" | sort -u |
  while read -r lib; do
    mkdir -p "$work/rootfs$(dirname "$lib")"
    cp -L "$lib" "$work/rootfs$lib"
  done

cp "$(dirname "$0")/Dockerfile.scratch" "$work/Dockerfile"
if ! output=$(docker build --tag "$tag" "$work" 2>&1); then
  echo "$output" >&2
  exit 1
fi
echo "[simulator image] built $tag"
