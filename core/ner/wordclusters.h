#pragma once

// Word classes learnt from how words are used in a large body of English (resources/clusters):
// words that occur in the same contexts share a class ("Paris", "Tokyo", "Cincinnati";
// "Microsoft", "Verizon", "Dropbox"), so the tagger generalises from the names it was trained on
// to names it never saw. Each word has a class at three granularities, coarse to fine.
// Words are looked up by their folded token key (see tokenKey()).
// THREAD SAFETY: immutable after finalize(); any number of threads may look up concurrently.

#include "core/util/keytable.h"

#include <QStringView>

#include <array>
#include <cstdint>
#include <vector>

namespace crossread::core::ner {

class WordClusters
{
public:
    static constexpr int kLevels = 3;
    static constexpr std::array<int, kLevels> kLevelBits = { 6, 8, 10 }; // 64, 256, 1024 classes

    // Adds "word<TAB>class<TAB>class<TAB>class" lines, most frequent words first (a later word
    // with the same folded key is ignored); '#' lines are comments. Returns the number of lines
    // that could not be understood.
    int addTsv(QStringView tsv);
    void finalize(); // builds the lookup table; call once after the last addTsv()

    // The word's classes packed into one value (see classAt()); 0 when the word is unknown.
    [[nodiscard]] std::uint32_t lookup(std::uint64_t tokenKey) const { return m_table.find(tokenKey); }
    [[nodiscard]] static int classAt(std::uint32_t packed, int level);
    [[nodiscard]] std::size_t size() const { return m_entries.size(); }

    // Flat storage for the model file.
    [[nodiscard]] const std::vector<KeyTable::Entry>& entries() const { return m_entries; }
    void setEntries(std::vector<KeyTable::Entry> entries);

private:
    std::vector<KeyTable::Entry> m_entries; // sorted by key after finalize()
    KeyTable m_table;
};

} // namespace crossread::core::ner
