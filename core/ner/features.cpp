#include "core/ner/features.h"

#include "core/text/unicode.h"
#include "core/util/hash.h"

#include <algorithm>
#include <array>
#include <unordered_map>
#include <unordered_set>

namespace crossread::core::ner {

namespace {

enum Template : std::uint64_t {
    TBias = 1,
    TWord,
    TExact,
    TShape,
    TPrefix2,
    TPrefix3,
    TSuffix2,
    TSuffix3,
    TSuffix4,
    TPrevWord,
    TNextWord,
    TPrev2Word,
    TNext2Word,
    TPrevShape,
    TNextShape,
    TShapeTrigram,
    TPrevWordShape,
    TShapeNextWord,
    TWordNextWord,
    TPrevWordWord,
    TFirstShape,
    TLengthCaps,
    TGazetteer,
    TGazetteerCaps,
    TPrevGazetteer,
    TNextGazetteer,
    TDocument,
    TDocumentShape,
    TFlags,
    TGazetteerSet,
    TCasing,
    TCasingShape,
    TWordClass,
    TWordClassCaps,
    TPrevWordClass,
    TNextWordClass,
};

constexpr std::uint64_t kBoundary = 0xB0B0B0B0ULL;

std::uint64_t feature(Template t, std::uint64_t value)
{
    return combineHash(std::uint64_t(t), value);
}

std::uint64_t feature(Template t, std::uint64_t a, std::uint64_t b)
{
    return combineHash(combineHash(std::uint64_t(t), a), b);
}

char16_t shapeClass(char32_t c)
{
    if (isUpper(c))
        return u'X';
    if (isLetter(c))
        return u'x';
    if (isDigit(c))
        return u'd';
    return c < 0x10000 ? foldCodeUnit(char16_t(c)) : u'?';
}

// `capitalized` counts the capitalised words after the first one.
SentenceCasing casingOf(int words, int capitalized, int allCaps, bool firstCapitalized)
{
    if (words < 3)
        return SentenceCasing::Ordinary; // too short to tell
    if (allCaps * 10 >= words * 8)
        return SentenceCasing::AllCaps;
    if (capitalized * 10 >= (words - 1) * 6)
        return SentenceCasing::TitleCase;
    if (capitalized == 0 && !firstCapitalized)
        return SentenceCasing::LowerCase;
    return SentenceCasing::Ordinary;
}

} // namespace

std::vector<int> placeWordClasses(const WordClusters& clusters, const Gazetteer& gazetteer, double share)
{
    constexpr CategoryMask kPlaceNames = maskOf(GazetteerCategory::Country)
        | maskOf(GazetteerCategory::Region) | maskOf(GazetteerCategory::City);
    constexpr int kClasses = 1 << WordClusters::kLevelBits[0];
    std::array<int, kClasses> words {}, places {};
    for (const KeyTable::Entry& e : clusters.entries()) {
        const int c = WordClusters::classAt(e.value, 0);
        ++words[size_t(c)];
        if (gazetteer.lookup(phraseKey(&e.key, 1)) & kPlaceNames)
            ++places[size_t(c)];
    }
    std::vector<int> out;
    for (int c = 0; c < kClasses; ++c)
        if (words[size_t(c)] > 0 && places[size_t(c)] >= share * words[size_t(c)])
            out.push_back(c);
    return out;
}

void computeFacts(QStringView text, const TokenizedText& tokenized, const Gazetteer& gazetteer,
    const WordClusters& clusters, DocumentFacts& out)
{
    const auto& tokens = tokenized.tokens;
    out.tokens.assign(tokens.size(), TokenFacts {});
    out.matches.clear();
    for (size_t i = 0; i < tokens.size(); ++i) {
        const QStringView word = text.mid(tokens[i].begin, tokens[i].length());
        TokenFacts& f = out.tokens[i];
        UnitHasher exact, shape, folded;
        char16_t lastShape = 0;
        int letters = 0, uppers = 0, sameShapeRun = 0;
        std::array<char16_t, 4> head {}, tail {};
        int foldedLength = 0;
        for (qsizetype k = 0; k < word.size(); k += codePointWidth(word, k)) {
            const char32_t c = codePointAt(word, k);
            exact.add(word[k].unicode());
            const char16_t s = shapeClass(c);
            sameShapeRun = s == lastShape ? sameShapeRun + 1 : 0;
            if (sameShapeRun < 2) // "Xxxxx" and "Xxx" share a shape; "Xx" does not
                shape.add(s);
            lastShape = s;
            if (isLetter(c)) {
                ++letters;
                uppers += isUpper(c);
            }
            if (isDigit(c))
                f.flags |= HasDigit;
            if (c == u'.')
                f.flags |= HasPeriod;
            const char16_t fc = c < 0x10000 ? foldCodeUnit(char16_t(c)) : char16_t(c & 0xFFFF);
            if (fc == 0)
                continue;
            folded.add(fc);
            if (foldedLength < 4)
                head[size_t(foldedLength)] = fc;
            tail = { tail[1], tail[2], tail[3], fc };
            ++foldedLength;
        }
        f.key = tokenKey(word);
        f.wordClasses = clusters.lookup(f.key);
        f.exact = exact.value();
        f.shape = shape.value();
        auto affix = [](const char16_t* units, int n, std::uint64_t salt) {
            std::uint64_t h = salt;
            for (int k = 0; k < n; ++k)
                h = combineHash(h, units[k]);
            return h;
        };
        const int n = std::min(foldedLength, 4);
        f.prefix2 = foldedLength >= 2 ? affix(head.data(), 2, 2) : 0;
        f.prefix3 = foldedLength >= 3 ? affix(head.data(), 3, 3) : 0;
        f.suffix2 = foldedLength >= 2 ? affix(tail.data() + 2, 2, 12) : 0;
        f.suffix3 = foldedLength >= 3 ? affix(tail.data() + 1, 3, 13) : 0;
        f.suffix4 = n >= 4 ? affix(tail.data(), 4, 14) : 0;
        f.length = std::uint8_t(std::min<qsizetype>(word.size(), 255));
        if (letters == 0 && !(f.flags & HasDigit))
            f.flags |= Punctuation;
        const char32_t first = codePointAt(word, 0);
        if (isUpper(first))
            f.flags |= Capitalized;
        else if (isLower(first))
            f.flags |= Lowercase;
        if (letters >= 2 && uppers == letters)
            f.flags |= AllCaps;
    }
    for (const Sentence& s : tokenized.sentences) {
        out.tokens[size_t(s.firstToken)].flags |= SentenceStart;
        int words = 0, capitalized = 0, allCaps = 0;
        for (std::int32_t t = s.firstToken; t < s.endToken; ++t) {
            const std::uint16_t fl = out.tokens[size_t(t)].flags;
            if (fl & (Punctuation | HasDigit))
                continue;
            ++words;
            capitalized += (fl & Capitalized) && !(fl & SentenceStart) ? 1 : 0;
            allCaps += (fl & AllCaps) ? 1 : 0;
        }
        const SentenceCasing casing
            = casingOf(words, capitalized, allCaps, out.tokens[size_t(s.firstToken)].flags & Capitalized);
        for (std::int32_t t = s.firstToken; t < s.endToken; ++t)
            out.tokens[size_t(t)].sentenceCasing = casing;
    }

    // Document evidence: how the same word is written elsewhere.
    std::unordered_set<std::uint64_t> capitalizedMid, lowercase;
    for (const TokenFacts& f : out.tokens) {
        if ((f.flags & Capitalized) && !(f.flags & SentenceStart))
            capitalizedMid.insert(f.key);
        else if (f.flags & Lowercase)
            lowercase.insert(f.key);
    }
    for (TokenFacts& f : out.tokens) {
        if ((f.flags & SentenceStart) ? capitalizedMid.count(f.key) : false)
            f.flags |= CapitalizedMidSentenceElsewhere;
        if (!(f.flags & Lowercase) && lowercase.count(f.key))
            f.flags |= LowercaseElsewhere;
    }

    // Gazetteer positions, sentence by sentence (phrases never cross a sentence boundary).
    std::vector<std::uint64_t> keys;
    for (const Sentence& s : tokenized.sentences) {
        keys.clear();
        for (std::int32_t t = s.firstToken; t < s.endToken; ++t)
            keys.push_back(out.tokens[size_t(t)].key);
        gazetteer.matchAll(keys.data(), std::int32_t(keys.size()), s.firstToken, out.matches);
    }
    for (const GazetteerMatch& m : out.matches) {
        if (m.endToken - m.firstToken == 1) {
            out.tokens[size_t(m.firstToken)].gazUnit |= m.categories;
            continue;
        }
        out.tokens[size_t(m.firstToken)].gazBegin |= m.categories;
        for (std::int32_t t = m.firstToken + 1; t + 1 < m.endToken; ++t)
            out.tokens[size_t(t)].gazInside |= m.categories;
        out.tokens[size_t(m.endToken - 1)].gazLast |= m.categories;
    }
}

void emissionFeatures(
    const DocumentFacts& facts, const Sentence& sentence, std::int32_t i, std::vector<std::uint64_t>& out)
{
    const auto& tok = facts.tokens;
    const TokenFacts& f = tok[size_t(i)];
    auto wordAt = [&](std::int32_t j) {
        return (j < sentence.firstToken || j >= sentence.endToken) ? kBoundary : tok[size_t(j)].key;
    };
    auto shapeAt = [&](std::int32_t j) {
        return (j < sentence.firstToken || j >= sentence.endToken) ? kBoundary : tok[size_t(j)].shape;
    };
    const std::uint64_t prev = wordAt(i - 1), next = wordAt(i + 1);
    const std::uint64_t prevShape = shapeAt(i - 1), nextShape = shapeAt(i + 1);
    const std::uint64_t caps = f.flags & (Capitalized | AllCaps | Lowercase);

    out.push_back(feature(TBias, 0));
    out.push_back(feature(TWord, f.key));
    out.push_back(feature(TExact, f.exact));
    out.push_back(feature(TShape, f.shape));
    if (f.prefix2)
        out.push_back(feature(TPrefix2, f.prefix2));
    if (f.prefix3)
        out.push_back(feature(TPrefix3, f.prefix3));
    if (f.suffix2)
        out.push_back(feature(TSuffix2, f.suffix2));
    if (f.suffix3)
        out.push_back(feature(TSuffix3, f.suffix3));
    if (f.suffix4)
        out.push_back(feature(TSuffix4, f.suffix4));
    out.push_back(feature(TPrevWord, prev));
    out.push_back(feature(TNextWord, next));
    out.push_back(feature(TPrev2Word, wordAt(i - 2)));
    out.push_back(feature(TNext2Word, wordAt(i + 2)));
    out.push_back(feature(TPrevShape, prevShape));
    out.push_back(feature(TNextShape, nextShape));
    out.push_back(feature(TShapeTrigram, combineHash(prevShape, f.shape), nextShape));
    out.push_back(feature(TPrevWordShape, prev, f.shape));
    out.push_back(feature(TShapeNextWord, f.shape, next));
    out.push_back(feature(TWordNextWord, f.key, next));
    out.push_back(feature(TPrevWordWord, prev, f.key));
    if (f.flags & SentenceStart)
        out.push_back(feature(TFirstShape, f.shape));
    out.push_back(feature(TLengthCaps, std::min<int>(f.length, 8), caps));
    out.push_back(feature(
        TFlags, f.flags & (Capitalized | AllCaps | HasDigit | Punctuation | SentenceStart | HasPeriod)));
    out.push_back(
        feature(TDocument, f.flags & (CapitalizedMidSentenceElsewhere | LowercaseElsewhere | SentenceStart)));
    out.push_back(
        feature(TDocumentShape, f.flags & (CapitalizedMidSentenceElsewhere | LowercaseElsewhere), f.shape));

    const CategoryMask positions[4] = { f.gazBegin, f.gazInside, f.gazLast, f.gazUnit };
    for (int p = 0; p < 4; ++p) {
        for (CategoryMask bits = positions[p]; bits; bits &= bits - 1) {
            const int category = __builtin_ctz(bits);
            out.push_back(feature(TGazetteer, std::uint64_t(category * 4 + p)));
            out.push_back(feature(TGazetteerCaps, std::uint64_t(category * 4 + p), caps));
        }
    }
    // The categories together: "a city and nothing else" says more than "a city" when the same
    // word is also a common noun ("Mobile", "Reading") or a first name ("Florence").
    if (const CategoryMask all = f.gazBegin | f.gazInside | f.gazLast | f.gazUnit)
        out.push_back(feature(TGazetteerSet, combineHash(all, f.gazUnit), caps));
    // Capitals mean little in a headline or a shouted line, and their absence means little in
    // text typed all in lower case; the sentence's casing tells the tagger which case it is in.
    out.push_back(feature(TCasing, std::uint64_t(f.sentenceCasing), caps));
    out.push_back(feature(TCasingShape, std::uint64_t(f.sentenceCasing), f.shape));
    // Word classes: what kind of word this is in English at large, and what its neighbours are;
    // a word the classes do not know is itself a hint (rare names, misspellings, codes).
    auto classAt = [&](std::int32_t j, int level) -> std::uint64_t {
        if (j < sentence.firstToken || j >= sentence.endToken)
            return kBoundary;
        const std::uint32_t packed = tok[size_t(j)].wordClasses;
        return packed ? std::uint64_t(WordClusters::classAt(packed, level)) : kBoundary + 1;
    };
    for (int level = 0; level < WordClusters::kLevels; ++level)
        out.push_back(feature(TWordClass, std::uint64_t(level), classAt(i, level)));
    out.push_back(feature(TWordClassCaps, classAt(i, WordClusters::kLevels - 1), caps));
    out.push_back(feature(TPrevWordClass, classAt(i - 1, 1)));
    out.push_back(feature(TNextWordClass, classAt(i + 1, 1)));
    auto anyCategories = [](const TokenFacts& t) { return t.gazBegin | t.gazInside | t.gazLast | t.gazUnit; };
    if (i > sentence.firstToken)
        for (CategoryMask bits = anyCategories(tok[size_t(i - 1)]); bits; bits &= bits - 1)
            out.push_back(feature(TPrevGazetteer, std::uint64_t(__builtin_ctz(bits))));
    if (i + 1 < sentence.endToken)
        for (CategoryMask bits = anyCategories(tok[size_t(i + 1)]); bits; bits &= bits - 1)
            out.push_back(feature(TNextGazetteer, std::uint64_t(__builtin_ctz(bits))));
}

} // namespace crossread::core::ner
