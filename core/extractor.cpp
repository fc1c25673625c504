#include "core/extractor.h"

#include "core/ner/features.h"
#include "core/ner/mentionrules.h"
#include "core/ner/sequencemodel.h"
#include "core/text/tokenizer.h"

#include <QFile>

namespace crossread::core {

using namespace ner;

struct ExtractorScratch::Buffers
{
    TokenizedText tokens;
    DocumentFacts facts;
    std::vector<std::uint64_t> features; // of a sentence's tokens, one after the other
    std::vector<std::size_t> featureEnds; // where each token's end in `features`
    std::vector<SequenceModel::Candidate> rows, nextRows; // of tokens i and i + 1
    std::vector<TagScores> emissions;
    std::vector<int> tags;
    std::vector<std::array<std::int8_t, kTagCount>> backpointers;
    std::vector<TokenSpan> spans;
};

ExtractorScratch::ExtractorScratch()
    : m_buffers(std::make_unique<Buffers>())
{ }
ExtractorScratch::~ExtractorScratch() = default;

// Bump when the rules or the tokenizer change what extraction returns for the same model.
constexpr int kAnalysisVersion = 154;

struct Extractor::Impl
{
    QString fingerprint;
    Tokenizer tokenizer;
    SequenceModel model;
    std::unique_ptr<MentionRules> rules;
};

namespace {

QStringList readPhraseList(const QString& resourcePath)
{
    QFile file(resourcePath);
    QStringList phrases;
    if (!file.open(QIODevice::ReadOnly))
        return phrases;
    for (const QString& line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        phrases << line.section(u'\t', 0, 0).trimmed();
    }
    return phrases;
}

std::unique_ptr<Extractor::Impl> loadFrom(const QString& modelPath, QString* error)
{
    QFile file(modelPath);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("cannot open the tagger model %1: %2").arg(modelPath, file.errorString());
        return nullptr;
    }
    auto impl = std::make_unique<Extractor::Impl>();
    QString why;
    if (!impl->model.deserialize(file.readAll(), &why)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(modelPath, why);
        return nullptr;
    }
    const QStringList titles = readPhraseList(QStringLiteral(":/crossread/gazetteers/curated/titles.tsv"));
    if (titles.isEmpty()) {
        if (error)
            *error = QStringLiteral("the built-in title list is missing");
        return nullptr;
    }
    const QStringList knownOrganisations
        = readPhraseList(QStringLiteral(":/crossread/gazetteers/rules/known-organizations.txt"));
    if (knownOrganisations.isEmpty()) {
        if (error)
            *error = QStringLiteral("the built-in list of known organisations is missing");
        return nullptr;
    }
    // The model's own checksum identifies it, a hash identifies the rules' list of known
    // organisations (no part of the model); the version and kAnalysisVersion cover the code.
    impl->fingerprint = QStringLiteral("%1-%2-%3-%4")
                            .arg(impl->model.fileChecksum(), 16, 16, QLatin1Char('0'))
                            .arg(qHash(knownOrganisations.join(u'\n')), 16, 16, QLatin1Char('0'))
                            .arg(QStringLiteral(CROSSREAD_VERSION))
                            .arg(kAnalysisVersion);
    try {
        impl->rules = std::make_unique<MentionRules>(titles, knownOrganisations,
            placeWordClasses(impl->model.wordClusters(), impl->model.gazetteer()),
            impl->model.gazetteer().size() > 0);
    } catch (const std::exception& e) { // a pattern Boost.Regex rejects: a programming error, reported
        if (error)
            *error = QStringLiteral("the extraction rules could not be compiled: %1")
                         .arg(QString::fromLocal8Bit(e.what()));
        return nullptr;
    }
    return impl;
}

} // namespace

Extractor::Extractor(std::unique_ptr<Impl> impl)
    : m_impl(std::move(impl))
{ }
Extractor::~Extractor() = default;

std::unique_ptr<Extractor> Extractor::loadBuiltIn(QString* error)
{
    auto impl = loadFrom(QStringLiteral(":/crossread/model/ner.model"), error);
    return impl ? std::unique_ptr<Extractor>(new Extractor(std::move(impl))) : nullptr;
}

std::unique_ptr<Extractor> Extractor::loadModelFile(const QString& path, QString* error)
{
    auto impl = loadFrom(path, error);
    return impl ? std::unique_ptr<Extractor>(new Extractor(std::move(impl))) : nullptr;
}

QString Extractor::fingerprint() const
{
    return m_impl->fingerprint;
}

std::size_t Extractor::featureCount() const
{
    return m_impl->model.weights().size();
}

std::size_t Extractor::gazetteerSize() const
{
    return m_impl->model.gazetteer().size();
}

std::size_t Extractor::wordClassCount() const
{
    return m_impl->model.wordClusters().size();
}

QList<Mention> Extractor::extract(QStringView text) const
{
    ExtractorScratch scratch;
    return extract(text, scratch);
}

QList<Mention> Extractor::extract(QStringView text, ExtractorScratch& scratch) const
{
    return analyse(text, scratch).mentions;
}

Analysis Extractor::analyse(QStringView text, ExtractorScratch& scratch) const
{
    ExtractorScratch::Buffers& b = *scratch.m_buffers;
    m_impl->tokenizer.tokenize(text, b.tokens);
    computeFacts(text, b.tokens, m_impl->model.gazetteer(), m_impl->model.wordClusters(), b.facts);
    b.spans.clear();
    for (const Sentence& sentence : b.tokens.sentences) {
        const std::int32_t n = sentence.endToken - sentence.firstToken;
        b.emissions.resize(size_t(n));
        const SequenceModel& model = m_impl->model;
        // The sentence's features first, then a software pipeline over its tokens (see
        // SequenceModel::prefetch): the slots of token i + kSlotsAhead and the rows of token i + 1
        // load while token i is summed.
        b.features.clear();
        b.featureEnds.clear();
        for (std::int32_t i = 0; i < n; ++i) {
            emissionFeatures(b.facts, sentence, sentence.firstToken + i, b.features);
            b.featureEnds.push_back(b.features.size());
        }
        auto featuresOf = [&](std::int32_t i) {
            const std::size_t begin = i == 0 ? 0 : b.featureEnds[size_t(i - 1)];
            return std::pair(b.features.data() + begin, b.featureEnds[size_t(i)] - begin);
        };
        constexpr std::int32_t kSlotsAhead = 2; // 3 and 5 were no faster
        for (std::int32_t i = 0; i < std::min(n, kSlotsAhead); ++i) {
            const auto [features, count] = featuresOf(i);
            model.prefetch(features, count);
        }
        b.nextRows.clear();
        if (n > 0) {
            const auto [features, count] = featuresOf(0);
            model.resolve(features, count, b.nextRows);
        }
        for (std::int32_t i = 0; i < n; ++i) {
            std::swap(b.rows, b.nextRows);
            if (i + kSlotsAhead < n) {
                const auto [features, count] = featuresOf(i + kSlotsAhead);
                model.prefetch(features, count);
            }
            if (i + 1 < n) {
                const auto [features, count] = featuresOf(i + 1);
                model.resolve(features, count, b.nextRows);
            }
            model.sum(b.rows.data(), b.rows.size(), b.emissions[size_t(i)]);
        }
        viterbiDecode(b.emissions, m_impl->model.transitions(), b.tags, b.backpointers);
        for (std::int32_t i = 0; i < n; ++i) {
            const int tag = b.tags[size_t(i)];
            if (tag == 0)
                continue;
            const TagPosition position = positionOfTag(tag);
            if (position == TagPosition::Begin || position == TagPosition::Unit)
                b.spans.push_back({ sentence.firstToken + i, sentence.firstToken + i + 1, typeOfTag(tag) });
            else
                b.spans.back().endToken = sentence.firstToken + i + 1;
        }
    }
    m_impl->rules->apply(text, b.tokens, b.facts, b.spans);

    Analysis result;
    result.mentions.reserve(qsizetype(b.spans.size()));
    for (const TokenSpan& s : b.spans) {
        const qsizetype begin = b.tokens.tokens[size_t(s.firstToken)].begin;
        const qsizetype end = b.tokens.tokens[size_t(s.endToken - 1)].end;
        result.mentions.append({ { begin, end }, s.type, text.mid(begin, end - begin).toString() });
    }
    std::sort(result.mentions.begin(), result.mentions.end());
    result.sentences.reserve(qsizetype(b.tokens.sentences.size()));
    for (const Sentence& sentence : b.tokens.sentences)
        if (sentence.endToken > sentence.firstToken)
            result.sentences.append({ b.tokens.tokens[size_t(sentence.firstToken)].begin,
                b.tokens.tokens[size_t(sentence.endToken - 1)].end });
    return result;
}

} // namespace crossread::core
