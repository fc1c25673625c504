#pragma once

// Per-token facts (hashes of the word, its shape and affixes, gazetteer positions, document
// evidence) and the emission feature ids the tagger scores. Facts are computed once per
// document; features are generated per token from the facts, without allocating.
// THREAD SAFETY: free functions over caller-owned state.

#include "core/ner/gazetteer.h"
#include "core/ner/wordclusters.h"
#include "core/text/tokenizer.h"

#include <QStringView>

#include <cstdint>
#include <vector>

namespace crossread::core::ner {

enum TokenFlag : std::uint16_t {
    Capitalized = 1 << 0, // first letter upper case
    AllCaps = 1 << 1, // two or more letters, all upper case
    HasDigit = 1 << 2,
    Punctuation = 1 << 3, // no letter or digit
    SentenceStart = 1 << 4,
    CapitalizedMidSentenceElsewhere = 1
        << 5, // the same word is capitalised, not sentence-initially, elsewhere
    LowercaseElsewhere = 1 << 6, // the same word appears in lower case elsewhere in the document
    HasPeriod = 1 << 7,
    Lowercase = 1 << 8, // first letter lower case
};

// How the sentence a token is in uses capitals (three or more words; the first word's capital
// does not count).
enum class SentenceCasing : std::uint8_t { Ordinary, LowerCase, TitleCase, AllCaps };

struct TokenFacts
{
    std::uint64_t key = 0; // folded word (gazetteer token key)
    std::uint64_t exact = 0; // the word as written
    std::uint64_t shape = 0;
    std::uint64_t prefix2 = 0, prefix3 = 0, suffix2 = 0, suffix3 = 0, suffix4 = 0;
    CategoryMask gazBegin = 0, gazInside = 0, gazLast = 0, gazUnit = 0; // BILOU position per category
    std::uint32_t wordClasses = 0; // WordClusters::lookup(); 0 = not a known word
    std::uint16_t flags = 0;
    std::uint8_t length = 0;
    SentenceCasing sentenceCasing = SentenceCasing::Ordinary;
};

struct DocumentFacts
{
    std::vector<TokenFacts> tokens;
    std::vector<GazetteerMatch> matches; // every gazetteer match, by first token
};

void computeFacts(QStringView text, const TokenizedText& tokenized, const Gazetteer& gazetteer,
    const WordClusters& clusters, DocumentFacts& out);

// The coarsest word classes in which at least `share` of the words are places the gazetteer
// lists as countries, regions or cities (the classes of "paris", "kerala", "ontario"), sorted.
// A word of such a class reads as a place even where it is written in lower case.
[[nodiscard]] std::vector<int> placeWordClasses(
    const WordClusters& clusters, const Gazetteer& gazetteer, double share = 0.3);

// Appends the emission feature ids of token `index` of `sentence`.
void emissionFeatures(const DocumentFacts& facts, const Sentence& sentence, std::int32_t index,
    std::vector<std::uint64_t>& out);

} // namespace crossread::core::ner
