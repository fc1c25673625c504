#pragma once

// A read-only map from a 64-bit key (never 0) to a 32-bit value: open addressing in a
// power-of-two table at most half full, so a lookup is one hash and a short probe, never an
// allocation. Used for the gazetteer's phrase keys and the word classes.
// THREAD SAFETY: immutable after build(); any number of threads may look up concurrently.

#include "core/util/hash.h"

#include <cstdint>
#include <vector>

namespace crossread::core {

class KeyTable
{
public:
    struct Entry
    {
        std::uint64_t key;
        std::uint32_t value;
    };

    // `entries` must not repeat a key.
    void build(const std::vector<Entry>& entries)
    {
        std::size_t capacity = 16;
        while (capacity < entries.size() * 2)
            capacity *= 2;
        m_slots.assign(capacity, Entry { 0, 0 });
        m_mask = capacity - 1;
        for (const Entry& e : entries) {
            std::uint64_t slot = mixHash(e.key) & m_mask;
            while (m_slots[slot].key != 0)
                slot = (slot + 1) & m_mask;
            m_slots[slot] = e;
        }
    }

    // 0 when the key is absent.
    [[nodiscard]] std::uint32_t find(std::uint64_t key) const
    {
        if (m_slots.empty())
            return 0;
        std::uint64_t slot = mixHash(key) & m_mask;
        while (true) {
            const Entry& e = m_slots[slot];
            if (e.key == key)
                return e.value;
            if (e.key == 0)
                return 0;
            slot = (slot + 1) & m_mask;
        }
    }

private:
    std::vector<Entry> m_slots; // key 0 = empty
    std::uint64_t m_mask = 0;
};

} // namespace crossread::core
