# shellcheck shell=bash
# npm_tool NAME VERSION: installs npm package NAME@VERSION once into <repo>/.tools/npm/<NAME>@<VERSION>
# (git-ignored) and prints the package directory. Needs Node on PATH (scripts/lib/node22.sh).
# A lock per install directory keeps builds that start at once from interleaving.
npm_tool() {
  local name="$1" version="$2" root dir
  root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
  dir="$root/.tools/npm/${name//\//+}@$version"
  if [ ! -f "$dir/node_modules/$name/package.json" ] ||
    ! grep -q "\"version\": \"$version\"" "$dir/node_modules/$name/package.json"; then
    mkdir -p "$dir"
    (cd "$dir" && { [ -f package.json ] || echo '{"private":true}' >package.json; } &&
      flock .install.lock npm install --no-audit --no-fund --loglevel=error --no-save \
        "$name@$version" >/dev/null) || {
      echo "npm_tool: could not install $name@$version" >&2
      return 1
    }
  fi
  echo "$dir/node_modules/$name"
}
