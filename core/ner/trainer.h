#pragma once

// Builds a SequenceModel from annotated documents with the structured averaged perceptron
// (Collins 2002): Viterbi-decode each sentence with the current weights, move the weights of the
// gold path up and of the predicted path down, and average over all steps.
// Model-building only; inference never includes this header.
// THREAD SAFETY: one train() call at a time per Trainer.

#include "core/io/standoff.h"
#include "core/ner/gazetteer.h"
#include "core/ner/sequencemodel.h"
#include "core/ner/wordclusters.h"

#include <functional>
#include <vector>

namespace crossread::core::ner {

struct TrainingOptions
{
    int epochs = 10;
    int minFeatureCount = 2; // features seen fewer times are dropped (smaller, better-generalising model)
    float pruneBelow = 1e-3f; // averaged rows whose largest |weight| is below this are not saved
    unsigned seed = 20261122;
    int runs = 1; // perceptrons trained with seeds seed, seed + 1, ...; their weights are averaged
    // > 0: each run learns from that share of the training sentences, drawn at random with
    // replacement by its seed (bagging); 0: every run learns from all of them.
    float bootstrap = 0;
};

struct DetectionScore
{
    int truePositives = 0, falsePositives = 0, falseNegatives = 0;
    [[nodiscard]] double precision() const;
    [[nodiscard]] double recall() const;
    [[nodiscard]] double f1() const;
};

using TrainingLog = std::function<void(const QString&)>;

// Folds the training corpora's conventions into ours (see the cpp): countries typed as
// organisations become locations, demonyms are no mentions.
void harmonizeConventions(std::vector<AnnotatedDocument>& documents, const Gazetteer& gazetteer);

[[nodiscard]] SequenceModel trainModel(const std::vector<AnnotatedDocument>& training,
    const std::vector<AnnotatedDocument>& development, Gazetteer gazetteer, WordClusters wordClusters,
    const TrainingOptions& options, const TrainingLog& log);

} // namespace crossread::core::ner
