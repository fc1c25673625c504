#pragma once

// The entity extraction facade: text in, PERSON / LOCATION / ORGANIZATION mentions out.
// Pipeline: Tokenizer -> features (with gazetteers) -> sequence tagger (Viterbi) -> MentionRules
// (regex rules, clean-up, document consistency). Nothing of the pipeline's internals is visible
// here, so the UI never depends on them.
// THREAD SAFETY: a loaded Extractor is immutable; extract() may run on many threads at once,
// each with its own ExtractorScratch (or none, at the price of an allocation per call).

#include "core/types.h"

#include <QList>
#include <QString>

#include <memory>

namespace crossread::core {

class ExtractorScratch
{
public:
    ExtractorScratch();
    ~ExtractorScratch();
    ExtractorScratch(const ExtractorScratch&) = delete;
    ExtractorScratch& operator=(const ExtractorScratch&) = delete;

private:
    friend class Extractor;
    struct Buffers;
    std::unique_ptr<Buffers> m_buffers;
};

// What one article yields: its mentions and the sentences they stand in (for context lines).
struct Analysis
{
    QList<Mention> mentions; // by position, never overlapping
    QList<TextSpan> sentences; // in order, covering every token
};

class Extractor
{
public:
    // The model and rules built into the program.
    [[nodiscard]] static std::unique_ptr<Extractor> loadBuiltIn(QString* error);
    // A model file written by `crossread-cli train`; the rules stay the built-in ones.
    [[nodiscard]] static std::unique_ptr<Extractor> loadModelFile(const QString& path, QString* error);

    ~Extractor();

    // Mentions sorted by position, never overlapping; offsets are UTF-16 (see types.h).
    [[nodiscard]] QList<Mention> extract(QStringView text, ExtractorScratch& scratch) const;
    [[nodiscard]] QList<Mention> extract(QStringView text) const;
    [[nodiscard]] Analysis analyse(QStringView text, ExtractorScratch& scratch) const;

    // Changes whenever extraction could give another result (model, rules, version): the key
    // that keeps cached analyses from going stale.
    [[nodiscard]] QString fingerprint() const;
    [[nodiscard]] std::size_t featureCount() const;
    [[nodiscard]] std::size_t gazetteerSize() const;
    [[nodiscard]] std::size_t wordClassCount() const; // words the model knows a class for

    struct Impl; // defined in extractor.cpp

private:
    explicit Extractor(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace crossread::core
