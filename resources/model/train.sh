#!/usr/bin/env bash
# Regenerates resources/model/ner.model with crossread-cli train and refresh-gazetteers.
# Training data (../shared/data, see PROVENANCE.md): UNER English-EWT train and GUM (open
# genres) train; development sets pick the epoch; word classes from resources/clusters.
# No test split and no seed article is used.
#
# The weights were trained on the gazetteers as they stood at commit $WEIGHTS_LISTS (the rules
# have been measured against those weights since); the lists corrected after it are stored in
# the model without retraining, because a retrained model is a new draw (see PROVENANCE.md).
# Needs the repository's history for that commit (not a shallow clone).
# Usage: resources/model/train.sh [BUILD_DIR]   (default: build)
#        WEIGHTS_LISTS=HEAD resources/model/train.sh   retrains on the current lists
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$repo/build}
data=$repo/../shared/data
cli=$build/app/crossread-cli
lists_commit=${WEIGHTS_LISTS:-471c17d}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if ! git -C "$repo" cat-file -e "$lists_commit^{commit}" 2>/dev/null; then
    echo "train.sh: commit $lists_commit is not in this clone (shallow?); fetch the history first" >&2
    exit 2
fi
mkdir -p "$work/lists/curated"
git -C "$repo" show "$lists_commit:resources/gazetteers/generated.tsv" > "$work/lists/generated.tsv"
for f in $(git -C "$repo" ls-tree --name-only "$lists_commit" resources/gazetteers/curated/); do
    git -C "$repo" show "$lists_commit:$f" > "$work/lists/curated/$(basename "$f")"
done

"$cli" train \
    --train "$data/uner-en-ewt/standoff/train" "$data/gum-open/standoff/train" \
    --dev "$data/uner-en-ewt/standoff/dev" "$data/gum-open/standoff/dev" \
    --gazetteers "$work/lists" "$work/lists/curated" \
    --clusters "$repo/resources/clusters/word-clusters.tsv" \
    --epochs "${EPOCHS:-12}" --runs "${RUNS:-8}" --prune-below 0.6 \
    --out "$work/weights.model"
exec "$cli" refresh-gazetteers "$work/weights.model" \
    --gazetteers "$repo/resources/gazetteers" "$repo/resources/gazetteers/curated" \
    --out "$repo/resources/model/ner.model"
