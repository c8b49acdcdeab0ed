#!/bin/sh
# Generates the headless product's bash completion and manual page from the commands' own help, by running the
# materialized product itself ('vwb completion bash', 'vwb manpage'): what they list is what the product has.
# Run by the build (package), before the product is archived. The page's date is the newest commit's, so the same
# sources give the same page.
set -eu
home="$1/products/org.vwb.headless.product/linux/gtk/x86_64/vwb"
export XDG_CACHE_HOME="$1/shell-files-cache"
date=$(git -C "$(dirname "$0")" log -1 --format=%cs 2>/dev/null || date -u +%Y-%m-%d)
mkdir -p "$home/share/bash-completion/completions" "$home/share/man/man1"
"$home/vwb" completion bash --out "$home/share/bash-completion/completions/vwb" --force
"$home/vwb" manpage --date "$date" --out "$home/share/man/man1/vwb.1" --force
echo "generated $home/share/bash-completion/completions/vwb and $home/share/man/man1/vwb.1" >&2
