#pragma once

// Small, fast, deterministic 64-bit hashing used for feature ids and phrase keys. Deterministic
// across runs and machines, because hashes are stored in the model file.

#include <cstdint>

namespace crossread::core {

[[nodiscard]] constexpr std::uint64_t mixHash(std::uint64_t x)
{
    // splitmix64 finaliser
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    x ^= x >> 31;
    return x;
}

[[nodiscard]] constexpr std::uint64_t combineHash(std::uint64_t seed, std::uint64_t value)
{
    return mixHash(seed * 0x9E3779B97F4A7C15ULL + value + 0x632BE59BD9B4E019ULL);
}

// FNV-1a over 16-bit units, finalised; a never-zero result (0 marks empty slots in tables).
class UnitHasher
{
public:
    void add(char16_t unit)
    {
        m_state ^= unit;
        m_state *= 0x100000001b3ULL;
    }
    [[nodiscard]] std::uint64_t value() const
    {
        const std::uint64_t h = mixHash(m_state);
        return h ? h : 1;
    }

private:
    std::uint64_t m_state = 0xcbf29ce484222325ULL;
};

} // namespace crossread::core
