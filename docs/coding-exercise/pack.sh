#!/usr/bin/env bash
# Builds the material for one round of the double-coding exercise: for each coder a folder with
# only what that coder may read (the reference documents in one language, the tagging guide
# without its worked examples, and the practice descriptions in that language), so that coders
# see neither each other's files nor tagged examples.
#
#   docs/coding-exercise/pack.sh OUT_DIR [PRACTICES]
#
# PRACTICES is the base name of the practice descriptions (default `practices`; round 3 used the
# held-out set, `held-out`).
# Run from the repository root; uses the working-tree taxonomy (a draft until it is released).
set -euo pipefail
out=${1:?usage: pack.sh OUT_DIR [PRACTICES]}
practices=${2:-practices}
root=$(pwd)
jos=${JOS:-"$root/target/release/jos"}
[ -x "$jos" ] || cargo build --release --quiet
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$jos" docs --taxonomy taxonomy --out "$tmp/docs" --format markdown >/dev/null
# The guide without section 3 (worked examples: tagged practices).
strip_examples() {
  awk '/^## 3\./ {skip=1; next} /^## [0-9]/ {skip=0} !skip' "$1"
}
for lang in nl en; do
  dir="$out/coder-$lang"
  rm -rf "$dir"
  mkdir -p "$dir/reference"
  cp -r "$tmp/docs/markdown/$lang/." "$dir/reference/"
  cp "docs/coding-exercise/$practices.$lang.md" "$dir/practices.md"
  if [ "$lang" = nl ] && [ -f docs/guide-tagging.nl.md ]; then
    strip_examples docs/guide-tagging.nl.md > "$dir/guide-tagging.md"
  else
    strip_examples docs/guide-tagging.md > "$dir/guide-tagging.md"
  fi
done
echo "packs written to $out/coder-nl and $out/coder-en"
