#!/usr/bin/env bash
# Regenerates resources/model/ner.model with crossread-cli train and refresh-gazetteers.
# Training data (../shared/data, see PROVENANCE.md): UNER English-EWT train and GUM (open
# genres) train; development sets pick the epoch; word classes from resources/clusters.
# No test split and no seed article is used.
#
# The weights were trained by crossread-cli as it stood at commit $WEIGHTS_COMMIT, with that
# commit's tokenizer and gazetteers (the rules have been measured against those weights since);
# the lists corrected after it are stored in the model without retraining, because a retrained
# model is a new draw (see PROVENANCE.md). Since the tokenizer has changed after that commit (an
# e-mail address is one token since 304fe08), the script builds that commit's crossread-cli in a
# temporary worktree (about a minute), trains with it, and stores the current lists with the
# current build: the result is byte-identical to the shipped model.
# Needs the repository's history for that commit (not a shallow clone).
# Usage: resources/model/train.sh [BUILD_DIR]   (default: build; its crossread-cli must be built)
#        WEIGHTS_COMMIT=HEAD resources/model/train.sh   retrains with the current program and lists
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$repo/build}
data=$repo/../shared/data
weights_commit=${WEIGHTS_COMMIT:-471c17d}

work=$(mktemp -d)
cleanup() {
    git -C "$repo" worktree remove --force "$work/src" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

trainer=$build/app/crossread-cli
lists=$repo/resources/gazetteers
if [[ $weights_commit != HEAD ]]; then
    if ! git -C "$repo" cat-file -e "$weights_commit^{commit}" 2>/dev/null; then
        echo "train.sh: commit $weights_commit is not in this clone (shallow?); fetch the history first" >&2
        exit 2
    fi
    git -C "$repo" worktree add --detach --quiet "$work/src" "$weights_commit"
    cmake -S "$work/src" -B "$work/build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCROSSREAD_BUILD_UI=OFF -DCROSSREAD_BUILD_TESTS=OFF -DCROSSREAD_BUILD_BENCHMARKS=OFF >/dev/null
    cmake --build "$work/build" --target crossread-cli >/dev/null
    trainer=$work/build/app/crossread-cli
    lists=$work/src/resources/gazetteers
fi

"$trainer" train \
    --train "$data/uner-en-ewt/standoff/train" "$data/gum-open/standoff/train" \
    --dev "$data/uner-en-ewt/standoff/dev" "$data/gum-open/standoff/dev" \
    --gazetteers "$lists" "$lists/curated" \
    --clusters "$repo/resources/clusters/word-clusters.tsv" \
    --epochs "${EPOCHS:-12}" --runs "${RUNS:-8}" --prune-below 0.6 \
    --out "$work/weights.model"
"$build/app/crossread-cli" refresh-gazetteers "$work/weights.model" \
    --gazetteers "$repo/resources/gazetteers" "$repo/resources/gazetteers/curated" \
    --out "$repo/resources/model/ner.model"
