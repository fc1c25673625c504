#!/usr/bin/env bash
# Regenerates resources/model/ner.model with crossread-cli train.
# Training data (../shared/data, see PROVENANCE.md): UNER English-EWT train and GUM (open
# genres) train; development sets pick the epoch; word classes from resources/clusters.
# No test split and no seed article is used.
# Usage: resources/model/train.sh [BUILD_DIR]   (default: build)
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$repo/build}
data=$repo/../shared/data
exec "$build/app/crossread-cli" train \
    --train "$data/uner-en-ewt/standoff/train" "$data/gum-open/standoff/train" \
    --dev "$data/uner-en-ewt/standoff/dev" "$data/gum-open/standoff/dev" \
    --gazetteers "$repo/resources/gazetteers" "$repo/resources/gazetteers/curated" \
    --clusters "$repo/resources/clusters/word-clusters.tsv" \
    --epochs "${EPOCHS:-12}" --runs "${RUNS:-8}" --prune-below 0.6 \
    --out "$repo/resources/model/ner.model"
