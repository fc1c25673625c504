#include "core/ner/wordclusters.h"

#include "core/ner/gazetteer.h"

#include <QList>

#include <algorithm>

namespace crossread::core::ner {

namespace {

// Bit 31 marks a known word, so that a word whose classes are all 0 is not "unknown".
constexpr std::uint32_t kKnownBit = std::uint32_t(1) << 31;

int shiftOf(int level)
{
    int shift = 0;
    for (int l = 0; l < level; ++l)
        shift += WordClusters::kLevelBits[size_t(l)];
    return shift;
}

} // namespace

int WordClusters::addTsv(QStringView tsv)
{
    int bad = 0;
    for (QStringView line : tsv.split(u'\n')) {
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const auto fields = line.split(u'\t');
        if (fields.size() != 1 + kLevels || fields[0].isEmpty()) {
            ++bad;
            continue;
        }
        std::uint32_t packed = kKnownBit;
        bool ok = true;
        for (int level = 0; level < kLevels && ok; ++level) {
            const int id = fields[size_t(1 + level)].toInt(&ok);
            ok = ok && id >= 0 && id < (1 << kLevelBits[size_t(level)]);
            packed |= std::uint32_t(id) << shiftOf(level);
        }
        if (!ok) {
            ++bad;
            continue;
        }
        m_entries.push_back({ tokenKey(fields[0]), packed });
    }
    return bad;
}

void WordClusters::finalize()
{
    // Stable: of several spellings with one folded key ("US", "us"), the first listed wins.
    std::stable_sort(m_entries.begin(), m_entries.end(),
        [](const KeyTable::Entry& a, const KeyTable::Entry& b) { return a.key < b.key; });
    m_entries.erase(std::unique(m_entries.begin(), m_entries.end(),
                        [](const KeyTable::Entry& a, const KeyTable::Entry& b) { return a.key == b.key; }),
        m_entries.end());
    m_table.build(m_entries);
}

void WordClusters::setEntries(std::vector<KeyTable::Entry> entries)
{
    m_entries = std::move(entries);
    finalize();
}

int WordClusters::classAt(std::uint32_t packed, int level)
{
    return int((packed >> shiftOf(level)) & ((1u << kLevelBits[size_t(level)]) - 1));
}

} // namespace crossread::core::ner
