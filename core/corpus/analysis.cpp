#include "core/corpus/analysis.h"

#include "core/corpus/analysiscache.h"

namespace crossread::core {

AnalysisResult analyseFile(const QString& path, const Extractor& extractor)
{
    return analyseFileWithCache(path, extractor, nullptr).result;
}

CorpusIndex buildCorpus(std::vector<AnalysedArticle> articles, const Linker& linker,
    const CorrectionSet& corrections, const QString& folder)
{
    applyMentionCorrections(corrections, folder, articles);
    Linking linking = linker.link(articles);
    applyEntityCorrections(corrections, articles, linking);
    return CorpusIndex(std::move(articles), std::move(linking));
}

} // namespace crossread::core
