#include "core/corpus/analysis.h"

namespace crossread::core {

AnalysisResult analyseFile(const QString& path, const Extractor& extractor)
{
    ReadResult read = readArticle(path);
    if (auto* error = std::get_if<ReadError>(&read))
        return std::move(*error);
    AnalysedArticle analysed;
    analysed.article = std::get<Article>(std::move(read));
    ExtractorScratch scratch;
    Analysis analysis = extractor.analyse(analysed.article.text, scratch);
    analysed.mentions = std::move(analysis.mentions);
    analysed.sentences = std::move(analysis.sentences);
    return analysed;
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
