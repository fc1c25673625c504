#pragma once

// Phrase lists (countries, cities, names, organisations, titles, demonyms, ...) matched against
// token sequences after folding case and diacritics. A phrase is stored as the hash of its folded
// tokens, so lookups never allocate.
// THREAD SAFETY: immutable after construction; any number of threads may match concurrently.

#include "core/text/tokenizer.h"
#include "core/util/keytable.h"

#include <QString>
#include <QStringView>

#include <cstdint>
#include <vector>

namespace crossread::core::ner {

enum class GazetteerCategory : std::uint8_t {
    Country,
    City,
    Region,
    Place,
    Person,
    FirstName,
    Surname,
    Organization,
    OrgKeyword,
    LocKeyword,
    Title,
    Demonym,
    Common,
    NonEntity,
    Count
};
inline constexpr int kGazetteerCategoryCount = int(GazetteerCategory::Count);
using CategoryMask = std::uint32_t;
[[nodiscard]] constexpr CategoryMask maskOf(GazetteerCategory c)
{
    return CategoryMask(1) << int(c);
}
inline constexpr CategoryMask kLocationMask = maskOf(GazetteerCategory::Country)
    | maskOf(GazetteerCategory::City) | maskOf(GazetteerCategory::Region) | maskOf(GazetteerCategory::Place);

[[nodiscard]] int gazetteerCategoryFromName(QStringView name); // -1 when unknown

// The folded hash of one token, as used by phrase keys: lowercase, no diacritics, no periods
// ("U.S." and "US" are the same key), typographic apostrophes unified.
[[nodiscard]] std::uint64_t tokenKey(QStringView token);
[[nodiscard]] std::uint64_t phraseKey(const std::uint64_t* tokenKeys, int count);

struct GazetteerMatch
{
    std::int32_t firstToken = 0;
    std::int32_t endToken = 0;
    CategoryMask categories = 0;
};

class Gazetteer
{
public:
    static constexpr int kMaxPhraseTokens = 8;

    Gazetteer() = default;

    // Adds "phrase<TAB>CATEGORY" lines; '#' lines are comments. Returns the number of lines
    // that could not be understood.
    int addTsv(QStringView tsv, const Tokenizer& tokenizer);
    void add(std::uint64_t phraseKey, CategoryMask categories);
    void finalize(); // builds the lookup table; call once after the last add()

    [[nodiscard]] CategoryMask lookup(std::uint64_t phraseKey) const;
    [[nodiscard]] CategoryMask lookupPhrase(QStringView phrase, const Tokenizer& tokenizer) const;
    [[nodiscard]] std::size_t size() const { return m_entries.size(); }

    // Every match (any length, any start) inside one sentence's token keys.
    void matchAll(const std::uint64_t* tokenKeys, std::int32_t count, std::int32_t offset,
        std::vector<GazetteerMatch>& out) const;

    // Flat storage for the model file: phrase key -> CategoryMask.
    using Entry = KeyTable::Entry;
    [[nodiscard]] const std::vector<Entry>& entries() const { return m_entries; }
    void setEntries(std::vector<Entry> entries);

private:
    std::vector<Entry> m_entries; // sorted by key after finalize()
    KeyTable m_table;
};

} // namespace crossread::core::ner
