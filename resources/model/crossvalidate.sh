#!/usr/bin/env bash
# Held-out figures for the whole pipeline (tagger and rules) on the training data itself: k-fold
# cross-validation over UNER English-EWT train and GUM train. For each fold a tagger is trained
# as train.sh trains the shipped one (same data, options and lists, current program) without that
# fold's documents, and the fold is extracted with it; nerscore then scores all folds together.
# The rules were never tuned on these folds' errors against such taggers, so the figures say how
# a change generalises, on eight times as much UNER text as the dev split and on GUM's news,
# interviews, travel guides and academic prose. A tagger per fold is a new draw of the perceptron,
# so compare two versions of the rules with the same fold models: --keep DIR stores them and
# --models DIR reuses them (minutes saved, and the draw held fixed).
# --predictions DIR keeps the pipeline's output on the folds (uner.jsonl, gum.jsonl) for reading
# the errors (nerscore.py --show-errors).
# RUNS, EPOCHS, BOOTSTRAP (train --bootstrap) and SEED (train --seed: another draw of the same
# taggers, to check a change against errors it was not written from) in the environment change how
# the fold taggers are trained; TRAIN_CLI names another crossread-cli to train them with (the
# program of the shipped weights, say: the one train.sh builds from 471c17d), while BUILD_DIR's
# still extracts.
# Usage: resources/model/crossvalidate.sh [BUILD_DIR] [--folds 5] [--keep DIR | --models DIR]
#        [--predictions DIR]
# Prints one line per corpus: micro P, R, F1 (and per-type F1). About 4 minutes on 2 cores.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
build=$repo/build
folds=5
keep=""
models=""
predictions=""
while [[ $# -gt 0 ]]; do
    case $1 in
    --folds) folds=$2; shift 2 ;;
    --keep) keep=$2; shift 2 ;;
    --models) models=$2; shift 2 ;;
    --predictions) predictions=$2; shift 2 ;;
    -*) echo "crossvalidate.sh: unknown option $1" >&2; exit 2 ;;
    *) build=$1; shift ;;
    esac
done
data=$repo/../shared/data
cli=$build/app/crossread-cli
if [[ ! -d $data ]]; then
    echo "crossvalidate.sh: $data is missing (../shared beside the repository)" >&2
    exit 2
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Folds by document, dealt round-robin in name order, so every genre (the file name's prefix)
# is spread over the folds.
split() { # corpus-dir name
    local k=0 doc
    for doc in "$1"/*.txt; do
        local fold=$((k % folds))
        for ((f = 0; f < folds; f++)); do
            local part=rest
            [[ $f == "$fold" ]] && part=held
            mkdir -p "$work/$2/$f/$part"
            ln -s "$doc" "$work/$2/$f/$part/"
            ln -s "${doc%.txt}.json" "$work/$2/$f/$part/"
        done
        k=$((k + 1))
    done
}
uner=$data/uner-en-ewt/standoff
gum=$data/gum-open/standoff
split "$uner/train" uner
split "$gum/train" gum

train() { # corpus fold out
    local others
    if [[ $1 == uner ]]; then others="$work/uner/$2/rest $gum/train"; else others="$uner/train $work/gum/$2/rest"; fi
    # shellcheck disable=SC2086
    "${TRAIN_CLI:-$cli}" train --train $others --dev "$uner/dev" "$gum/dev" \
        --gazetteers "$repo/resources/gazetteers" "$repo/resources/gazetteers/curated" \
        --clusters "$repo/resources/clusters/word-clusters.tsv" \
        --epochs "${EPOCHS:-12}" --runs "${RUNS:-8}" --prune-below 0.6 ${BOOTSTRAP:+--bootstrap "$BOOTSTRAP"} ${SEED:+--seed "$SEED"} --out "$3" >"$3.log" 2>&1
}
modeldir=${models:-${keep:-$work/models}}
mkdir -p "$modeldir"
if [[ -z $models ]]; then
    jobs=0
    for corpus in uner gum; do
        for ((f = 0; f < folds; f++)); do
            train "$corpus" "$f" "$modeldir/$corpus-$f.model" &
            jobs=$((jobs + 1))
            if ((jobs % $(nproc) == 0)); then wait; fi
        done
    done
    wait
fi

for corpus in uner gum; do
    gold=$uner/train
    [[ $corpus == gum ]] && gold=$gum/train
    : >"$work/$corpus.jsonl"
    for ((f = 0; f < folds; f++)); do
        "$cli" extract "$work/$corpus/$f/held" --model "$modeldir/$corpus-$f.model" >>"$work/$corpus.jsonl"
    done
    python3 "$repo/../shared/tools/nerscore.py" "$gold" "$work/$corpus.jsonl" \
        | awk -v name="$corpus train, $folds-fold" '
            $1 == "PERSON" || $1 == "LOCATION" || $1 == "ORGANIZATION" { types = types " " $1 " " $4 }
            $1 == "micro" { micro = "P " $2 " R " $3 " F1 " $4 }
            END { print name ": micro " micro " |" types }'
    if [[ -n $predictions ]]; then
        mkdir -p "$predictions"
        cp "$work/$corpus.jsonl" "$predictions/"
    fi
done
