#pragma once

// Known names of one entity ("US", "U.S.", "United States", "America"), read from the alias
// resources (resources/aliases/*.tsv) or any file of the same format:
//   TYPE<TAB>canonical name<TAB>alias<TAB>alias...
// Entries that share a name are merged; the entry read last names the result, so curated
// lists loaded after generated ones win.
// THREAD SAFETY: immutable after loading; lookups may run on any thread.

#include "core/types.h"

#include <QHash>
#include <QString>

#include <optional>
#include <vector>

namespace crossread::core {

class AliasTable
{
public:
    struct Entry
    {
        QString canonicalName;
        EntityType type = EntityType::Location;
    };

    // The tables built into the program (countries from iso-codes, then the curated list).
    [[nodiscard]] static AliasTable builtIn();

    // Adds the lines of one table; returns the number of lines that were not understood.
    int addTsv(const QString& tsv);

    // The entry a name belongs to, by name key (see namekey.h), or -1.
    [[nodiscard]] int find(const QString& nameKey) const { return m_entryOfKey.value(nameKey, -1); }
    [[nodiscard]] const Entry& entry(int index) const { return m_entries[size_t(index)]; }
    [[nodiscard]] std::size_t size() const { return m_entries.size(); }

private:
    std::vector<Entry> m_entries;
    QHash<QString, int> m_entryOfKey;
};

} // namespace crossread::core
