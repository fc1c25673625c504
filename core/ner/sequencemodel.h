#pragma once

// The statistical tagger: BILOU tags over the three entity types, linear emission scores from
// hashed features, learned tag-transition scores, and Viterbi decoding restricted to valid BILOU
// sequences. Model-building code lives in trainer.h; this is inference only.
// THREAD SAFETY: immutable after load; decode() uses only the caller's DecodeScratch.

#include "core/ner/gazetteer.h"
#include "core/types.h"

#include <QByteArray>
#include <QString>

#include <array>
#include <cstdint>
#include <vector>

namespace crossread::core::ner {

inline constexpr int kTagCount = 1 + 4 * kEntityTypeCount; // O, then B I L U per type
enum class TagPosition : std::uint8_t { Begin = 0, Inside = 1, Last = 2, Unit = 3 };

[[nodiscard]] constexpr int tagOf(EntityType type, TagPosition position)
{
    return 1 + 4 * int(type) + int(position);
}
[[nodiscard]] constexpr EntityType typeOfTag(int tag)
{
    return EntityType((tag - 1) / 4);
}
[[nodiscard]] constexpr TagPosition positionOfTag(int tag)
{
    return TagPosition((tag - 1) % 4);
}
[[nodiscard]] bool isAllowedTransition(int previousTag, int tag); // previousTag -1 = sentence start
[[nodiscard]] bool isAllowedEnd(int tag);

using TagScores = std::array<float, kTagCount>;

// Feature id -> one score per tag. Open addressing with one cache line per slot.
class WeightTable
{
public:
    struct alignas(64) Slot
    {
        std::uint64_t key = 0;
        TagScores weights {};
    };
    void build(const std::vector<std::pair<std::uint64_t, TagScores>>& rows);
    [[nodiscard]] const TagScores* find(std::uint64_t key) const
    {
        if (m_slots.empty())
            return nullptr;
        std::uint64_t slot = (key * 0x9E3779B97F4A7C15ULL >> 20) & m_mask;
        while (true) {
            const Slot& s = m_slots[slot];
            if (s.key == key)
                return &s.weights;
            if (s.key == 0)
                return nullptr;
            slot = (slot + 1) & m_mask;
        }
    }
    [[nodiscard]] std::size_t size() const { return m_count; }
    void forEach(auto&& visit) const
    {
        for (const Slot& s : m_slots)
            if (s.key != 0)
                visit(s.key, s.weights);
    }

private:
    std::vector<Slot> m_slots;
    std::uint64_t m_mask = 0;
    std::size_t m_count = 0;
};

struct Transitions
{
    // row 0 = sentence start, row 1 + t = after tag t
    std::array<std::array<float, kTagCount>, kTagCount + 1> score {};
};

// Viterbi over per-token emission scores. `tags` receives one tag per token.
void viterbiDecode(const std::vector<TagScores>& emissions, const Transitions& transitions,
    std::vector<int>& tags, std::vector<std::array<std::int8_t, kTagCount>>& backpointers);

class SequenceModel
{
public:
    [[nodiscard]] const WeightTable& weights() const { return m_weights; }
    [[nodiscard]] const Transitions& transitions() const { return m_transitions; }
    [[nodiscard]] const Gazetteer& gazetteer() const { return m_gazetteer; }
    // The checksum stored in the model file it was read from: the model's identity.
    [[nodiscard]] std::uint64_t fileChecksum() const { return m_fileChecksum; }

    void setWeights(const std::vector<std::pair<std::uint64_t, TagScores>>& rows) { m_weights.build(rows); }
    void setTransitions(const Transitions& t) { m_transitions = t; }
    void setGazetteer(Gazetteer g) { m_gazetteer = std::move(g); }

    // The model file: magic, version, transitions, weights, gazetteer, checksum.
    [[nodiscard]] QByteArray serialize() const;
    [[nodiscard]] bool deserialize(const QByteArray& data, QString* error);

    // Sums the weights of `features` into `scores` (one row per tag).
    void score(const std::uint64_t* features, std::size_t count, TagScores& scores) const
    {
        scores.fill(0.0f);
        for (std::size_t k = 0; k < count; ++k)
            if (const TagScores* w = m_weights.find(features[k]))
                for (int t = 0; t < kTagCount; ++t)
                    scores[size_t(t)] += (*w)[size_t(t)];
    }

private:
    std::uint64_t m_fileChecksum = 0;
    WeightTable m_weights;
    Transitions m_transitions;
    Gazetteer m_gazetteer;
};

} // namespace crossread::core::ner
