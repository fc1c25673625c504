#pragma once

// The statistical tagger: BILOU tags over the three entity types, linear emission scores from
// hashed features, learned tag-transition scores, and Viterbi decoding restricted to valid BILOU
// sequences. Model-building code lives in trainer.h; this is inference only.
// THREAD SAFETY: immutable after load; decode() uses only the caller's DecodeScratch.

#include "core/ner/gazetteer.h"
#include "core/ner/wordclusters.h"
#include "core/types.h"

#include <QByteArray>
#include <QString>

#include <array>
#include <cstdint>
#include <cstring>
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

// Feature id -> one score per tag. Open addressing over compact (key, row) slots, the rows
// stored apart: most looked-up features are not in the model, and finding that out touches
// only the small slot array, not the weights.
class WeightTable
{
public:
    void build(const std::vector<std::pair<std::uint64_t, TagScores>>& rows);
    // Starts loading a key's slot, so that several lookups wait for memory at once.
    void prefetch(std::uint64_t key) const
    {
        if (!m_slots.empty())
            __builtin_prefetch(&m_slots[slotOf(key)]);
    }
    [[nodiscard]] const TagScores* find(std::uint64_t key) const
    {
        if (m_slots.empty())
            return nullptr;
        std::uint64_t slot = slotOf(key);
        while (true) {
            const Slot& s = m_slots[slot];
            if (s.key == key)
                return &m_rows[s.row];
            if (s.key == 0)
                return nullptr;
            slot = (slot + 1) & m_mask;
        }
    }
    [[nodiscard]] std::size_t size() const { return m_rows.size(); }
    void forEach(auto&& visit) const
    {
        for (const Slot& s : m_slots)
            if (s.key != 0)
                visit(s.key, m_rows[s.row]);
    }

private:
    struct Slot
    {
        std::uint64_t key = 0; // 0 = empty
        std::uint64_t row = 0;
    };
    [[nodiscard]] std::uint64_t slotOf(std::uint64_t key) const
    {
        return (key * 0x9E3779B97F4A7C15ULL >> 20) & m_mask;
    }
    std::vector<Slot> m_slots;
    std::vector<TagScores> m_rows;
    std::uint64_t m_mask = 0;
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
    [[nodiscard]] const WordClusters& wordClusters() const { return m_wordClusters; }
    // The checksum stored in the model file it was read from: the model's identity.
    [[nodiscard]] std::uint64_t fileChecksum() const { return m_fileChecksum; }

    void setWeights(const std::vector<std::pair<std::uint64_t, TagScores>>& rows) { m_weights.build(rows); }
    void setTransitions(const Transitions& t) { m_transitions = t; }
    void setGazetteer(Gazetteer g) { m_gazetteer = std::move(g); }
    void setWordClusters(WordClusters c) { m_wordClusters = std::move(c); }

    // The model file: magic, version, transitions, weights, gazetteer, word classes, checksum.
    [[nodiscard]] QByteArray serialize() const;
    [[nodiscard]] bool deserialize(const QByteArray& data, QString* error);

    // Starts loading the weight slots of `features`: call it for the next token before scoring
    // this one, and the memory of both is awaited at once.
    void prefetch(const std::uint64_t* features, std::size_t count) const
    {
        for (std::size_t k = 0; k < count; ++k)
            m_weights.prefetch(features[k]);
    }

    // Sums the weights of `features` into `scores` (one row per tag).
    void score(const std::uint64_t* features, std::size_t count, TagScores& scores) const
    {
        // The hottest loop of extraction: three 4-lane adds and one scalar add per feature (the
        // -O2 build does not vectorise a 13-float loop by itself).
        static_assert(kTagCount == 13);
        using Lanes = float __attribute__((vector_size(16)));
        Lanes sum0 {}, sum1 {}, sum2 {};
        float sum3 = 0;
        for (std::size_t k = 0; k < count; ++k) {
            if (const TagScores* w = m_weights.find(features[k])) {
                Lanes lanes;
                std::memcpy(&lanes, w->data(), sizeof lanes);
                sum0 += lanes;
                std::memcpy(&lanes, w->data() + 4, sizeof lanes);
                sum1 += lanes;
                std::memcpy(&lanes, w->data() + 8, sizeof lanes);
                sum2 += lanes;
                sum3 += (*w)[12];
            }
        }
        std::memcpy(scores.data(), &sum0, sizeof sum0);
        std::memcpy(scores.data() + 4, &sum1, sizeof sum1);
        std::memcpy(scores.data() + 8, &sum2, sizeof sum2);
        scores[12] = sum3;
    }

private:
    std::uint64_t m_fileChecksum = 0;
    WeightTable m_weights;
    Transitions m_transitions;
    Gazetteer m_gazetteer;
    WordClusters m_wordClusters;
};

} // namespace crossread::core::ner
