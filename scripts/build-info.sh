#!/bin/sh
# Writes rasd-build.properties for the jar: scripts/build-info.sh OUT_DIR REPO_ROOT VERSION
# The commit is HEAD of REPO_ROOT's own git repository (.git a folder or a worktree's file); a copy of the sources
# without .git gets "unknown" (never the commit of some repository that happens to enclose the copy).
set -eu
out=$1 root=$2 version=$3
commit=unknown
if [ -e "$root/.git" ]; then
  commit=$(git -C "$root" rev-parse HEAD 2>/dev/null || echo unknown)
fi
mkdir -p "$out"
{ echo "rasd.version=$version"; echo "git.commit.id=$commit"; } > "$out/rasd-build.properties"
