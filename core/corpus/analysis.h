#pragma once

// From files to a queryable corpus: read + extract one file (the unit of parallel work), then
// link, replay the user's corrections, and index.
// THREAD SAFETY: analyseFile() may run on many threads at once with one shared Extractor.

#include "core/corpus/corpusindex.h"
#include "core/corpus/corrections.h"
#include "core/extractor.h"
#include "core/io/articlereader.h"
#include "core/link/linker.h"

#include <variant>
#include <vector>

namespace crossread::core {

using AnalysisResult = std::variant<AnalysedArticle, ReadError>;

[[nodiscard]] AnalysisResult analyseFile(const QString& path, const Extractor& extractor);

// Links the articles of `folder`, with its corrections replayed, into an index. Articles are
// kept in the order given.
[[nodiscard]] CorpusIndex buildCorpus(std::vector<AnalysedArticle> articles, const Linker& linker,
    const CorrectionSet& corrections, const QString& folder);

} // namespace crossread::core
