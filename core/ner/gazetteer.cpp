#include "core/ner/gazetteer.h"

#include "core/text/unicode.h"
#include "core/util/hash.h"

#include <QList>

#include <algorithm>
#include <array>

namespace crossread::core::ner {

namespace {

// Set on keys that begin a longer phrase, so matching can stop as soon as no phrase continues.
constexpr CategoryMask kPrefixBit = CategoryMask(1) << 31;

constexpr std::array<const char*, kGazetteerCategoryCount> kCategoryNames = {
    "COUNTRY",
    "CITY",
    "REGION",
    "PLACE",
    "PERSON",
    "FIRST_NAME",
    "SURNAME",
    "ORGANIZATION",
    "ORG_KEYWORD",
    "LOC_KEYWORD",
    "TITLE",
    "DEMONYM",
    "COMMON",
    "NONENTITY",
};

} // namespace

int gazetteerCategoryFromName(QStringView name)
{
    for (int i = 0; i < kGazetteerCategoryCount; ++i)
        if (name == QLatin1StringView(kCategoryNames[size_t(i)]))
            return i;
    return -1;
}

std::uint64_t tokenKey(QStringView token)
{
    UnitHasher hasher;
    for (QChar c : token) {
        const char16_t f = foldCodeUnit(c.unicode());
        if (f != 0 && f != u'.')
            hasher.add(f);
    }
    return hasher.value();
}

std::uint64_t phraseKey(const std::uint64_t* tokenKeys, int count)
{
    std::uint64_t h = 0x51ED270B27F4A1C3ULL;
    for (int i = 0; i < count; ++i)
        h = combineHash(h, tokenKeys[i]);
    return h ? h : 1;
}

int Gazetteer::addTsv(QStringView tsv, const Tokenizer& tokenizer)
{
    int bad = 0;
    TokenizedText tokens;
    std::vector<std::uint64_t> keys;
    for (QStringView line : tsv.split(u'\n')) {
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const qsizetype tab = line.lastIndexOf(u'\t');
        const int category = tab > 0 ? gazetteerCategoryFromName(line.mid(tab + 1).trimmed()) : -1;
        if (category < 0) {
            ++bad;
            continue;
        }
        const QStringView phrase = line.left(tab).trimmed();
        tokenizer.tokenize(phrase, tokens);
        const int count = int(tokens.tokens.size());
        if (count == 0 || count > kMaxPhraseTokens) {
            ++bad;
            continue;
        }
        keys.clear();
        for (const Token& t : tokens.tokens)
            keys.push_back(tokenKey(phrase.mid(t.begin, t.length())));
        for (int prefix = 1; prefix < count; ++prefix)
            add(phraseKey(keys.data(), prefix), kPrefixBit);
        add(phraseKey(keys.data(), count), maskOf(GazetteerCategory(category)));
    }
    return bad;
}

void Gazetteer::add(std::uint64_t key, CategoryMask categories)
{
    m_entries.push_back({ key, categories });
}

void Gazetteer::finalize()
{
    std::sort(
        m_entries.begin(), m_entries.end(), [](const Entry& a, const Entry& b) { return a.key < b.key; });
    std::vector<Entry> merged;
    for (const Entry& e : m_entries) {
        if (!merged.empty() && merged.back().key == e.key)
            merged.back().value |= e.value;
        else
            merged.push_back(e);
    }
    m_entries = std::move(merged);
    m_table.build(m_entries);
}

void Gazetteer::setEntries(std::vector<Entry> entries)
{
    m_entries = std::move(entries);
    finalize();
}

CategoryMask Gazetteer::lookup(std::uint64_t key) const
{
    return m_table.find(key);
}

CategoryMask Gazetteer::lookupPhrase(QStringView phrase, const Tokenizer& tokenizer) const
{
    const TokenizedText tokens = tokenizer.tokenize(phrase);
    std::vector<std::uint64_t> keys;
    for (const Token& t : tokens.tokens)
        keys.push_back(tokenKey(phrase.mid(t.begin, t.length())));
    if (keys.empty() || keys.size() > size_t(kMaxPhraseTokens))
        return 0;
    return lookup(phraseKey(keys.data(), int(keys.size()))) & ~kPrefixBit;
}

void Gazetteer::matchAll(const std::uint64_t* tokenKeys, std::int32_t count, std::int32_t offset,
    std::vector<GazetteerMatch>& out) const
{
    for (std::int32_t start = 0; start < count; ++start) {
        std::uint64_t h = 0x51ED270B27F4A1C3ULL;
        const std::int32_t maxEnd = std::min(count, start + kMaxPhraseTokens);
        for (std::int32_t end = start + 1; end <= maxEnd; ++end) {
            h = combineHash(h, tokenKeys[end - 1]);
            const CategoryMask found = lookup(h ? h : 1);
            if (const CategoryMask categories = found & ~kPrefixBit)
                out.push_back({ start + offset, end + offset, categories });
            if (!(found & kPrefixBit))
                break;
        }
    }
}

} // namespace crossread::core::ner
