#pragma once

// What the statistics miss, as explicit rules over the tagger's spans:
//  - u32regex patterns: names after titles ("President Xi Jinping"), organisation names built on a
//    head word ("Ministry of Defense", "Xinhua News Agency"), acronyms defined in the text
//    ("North Atlantic Treaty Organization (NATO)");
//  - clean-up: titles cut from person names, demonyms and other capitalised non-names dropped;
//  - known organisations: the tagger's place or person that is a known company's exact name;
//  - document consistency: one type per name per article, every occurrence of a recognised name
//    marked, a lone surname or given name after the full name typed as a person;
//  - evidence: a one-word person name that no list knows stays only where the article shows a
//    person (a title, a verb of saying, a signature, a citation, a listed person beside it).
// THREAD SAFETY: immutable after construction; apply() uses only its arguments.

#include "core/ner/features.h"
#include "core/text/tokenizer.h"
#include "core/types.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace crossread::core::ner {

struct TokenSpan
{
    std::int32_t firstToken = 0;
    std::int32_t endToken = 0;
    EntityType type = EntityType::Person;
    auto operator<=>(const TokenSpan&) const = default;
};

class MentionRules
{
public:
    // `titles`: the phrases that can precede a person's name ("President", "Foreign Minister").
    // `knownOrganisations`: companies, brands and media whose names are also places, people or
    // words ("Toyota", "Ford Motor", "Shell"); they win over the tagger's reading of the same words.
    // `placeWordClasses`: the coarse word classes of place names (placeWordClasses() in
    // features.h); a place written in lower case is recognised only where its word has one.
    // `namesListed`: the gazetteer lists names, so a word it does not know is news (false for a
    // toy model without lists, where every word is unknown).
    MentionRules(const QStringList& titles, const QStringList& knownOrganisations,
        std::vector<int> placeWordClasses, bool namesListed = true);
    ~MentionRules();
    MentionRules(const MentionRules&) = delete;
    MentionRules& operator=(const MentionRules&) = delete;

    void apply(QStringView text, const TokenizedText& tokens, const DocumentFacts& facts,
        std::vector<TokenSpan>& spans) const;

private:
    struct Patterns;
    std::unique_ptr<Patterns> m_patterns;
};

} // namespace crossread::core::ner
