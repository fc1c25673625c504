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

// Feature id -> one score per tag. Open addressing over compact slots (a 32-bit tag of the key
// and a row number), the rows stored apart, one cache line each with their full key: most
// looked-up features are not in the model, and finding that out reads 8 bytes of a slot array
// small enough to stay in the L2 cache, not the weights.
class WeightTable
{
public:
    struct alignas(64) Row
    {
        std::uint64_t key = 0;
        TagScores weights {};
    };

    void build(const std::vector<std::pair<std::uint64_t, TagScores>>& rows);
    // Starts loading a key's slot, so that several lookups wait for memory at once.
    void prefetch(std::uint64_t key) const
    {
        if (!m_slots.empty())
            __builtin_prefetch(&m_slots[slotOf(key)]);
    }
    // The row whose slot tag matches the key's, or nullptr: the row's own key tells whether it is
    // the key's (a 1 in 2^32 chance per probed slot that it is not: find() then looks on). Reads
    // only the slots.
    [[nodiscard]] const Row* candidate(std::uint64_t key) const { return probe<false>(key); }
    [[nodiscard]] const TagScores* find(std::uint64_t key) const
    {
        const Row* row = probe<true>(key);
        return row ? &row->weights : nullptr;
    }
    [[nodiscard]] std::size_t size() const { return m_rows.size(); }
    void forEach(auto&& visit) const
    {
        for (const Row& r : m_rows)
            visit(r.key, r.weights);
    }

private:
    struct Slot
    {
        std::uint32_t tag = 0; // 0 = empty
        std::uint32_t row = 0;
    };
    // The first row on the key's probe path whose tag matches, and with `kVerify` whose key does.
    template <bool kVerify> [[nodiscard]] const Row* probe(std::uint64_t key) const
    {
        if (m_slots.empty())
            return nullptr;
        const std::uint32_t tag = tagOf(key);
        for (std::uint64_t slot = slotOf(key);; slot = (slot + 1) & m_mask) {
            const Slot& s = m_slots[slot];
            if (s.tag == tag && (!kVerify || m_rows[s.row].key == key))
                return &m_rows[s.row];
            if (s.tag == 0)
                return nullptr;
        }
    }
    [[nodiscard]] std::uint64_t slotOf(std::uint64_t key) const
    {
        return (key * 0x9E3779B97F4A7C15ULL >> 20) & m_mask;
    }
    // The key's high bits (the slot comes from its mixed low bits), never 0.
    [[nodiscard]] static std::uint32_t tagOf(std::uint64_t key)
    {
        const auto tag = std::uint32_t(key >> 32);
        return tag != 0 ? tag : 1;
    }
    std::vector<Slot> m_slots;
    std::vector<Row> m_rows;
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
    struct Candidate
    {
        const WeightTable::Row* row;
        std::uint64_t key; // the feature's
    };

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

    // Extraction scores a sentence in three overlapping steps, so that the weight table, larger
    // than the cache, is read ahead of need: prefetch() the slots of token i + 2, resolve() the
    // rows of token i + 1 (its slots are loaded by then; this starts loading its rows), and sum()
    // the rows of token i.
    void prefetch(const std::uint64_t* features, std::size_t count) const
    {
        for (std::size_t k = 0; k < count; ++k)
            m_weights.prefetch(features[k]);
    }
    // Replaces `rows` with the candidate rows of `features` (WeightTable::candidate) and starts
    // loading them.
    void resolve(const std::uint64_t* features, std::size_t count, std::vector<Candidate>& rows) const
    {
        rows.clear();
        for (std::size_t k = 0; k < count; ++k) {
            if (const WeightTable::Row* row = m_weights.candidate(features[k])) {
                rows.push_back({ row, features[k] });
                __builtin_prefetch(row);
            }
        }
    }
    // Sums the rows of `rows` into `scores`: the hottest loop of extraction, three 4-lane adds and
    // one scalar add per row (the -O2 build does not vectorise a 13-float loop by itself).
    void sum(const Candidate* rows, std::size_t count, TagScores& scores) const
    {
        static_assert(kTagCount == 13);
        using Lanes = float __attribute__((vector_size(16)));
        Lanes sum0 {}, sum1 {}, sum2 {};
        float sum3 = 0;
        for (std::size_t k = 0; k < count; ++k) {
            const float* w = rows[k].row->weights.data();
            if (rows[k].row->key != rows[k].key) { // another key's tag matched: look again
                const TagScores* found = m_weights.find(rows[k].key);
                if (!found)
                    continue;
                w = found->data();
            }
            Lanes lanes;
            std::memcpy(&lanes, w, sizeof lanes);
            sum0 += lanes;
            std::memcpy(&lanes, w + 4, sizeof lanes);
            sum1 += lanes;
            std::memcpy(&lanes, w + 8, sizeof lanes);
            sum2 += lanes;
            sum3 += w[12];
        }
        std::memcpy(scores.data(), &sum0, sizeof sum0);
        std::memcpy(scores.data() + 4, &sum1, sizeof sum1);
        std::memcpy(scores.data() + 8, &sum2, sizeof sum2);
        scores[12] = sum3;
    }
    // Sums the weights of `features` into `scores` (one row per tag), in one step.
    void score(const std::uint64_t* features, std::size_t count, TagScores& scores) const
    {
        std::vector<Candidate> rows;
        resolve(features, count, rows);
        sum(rows.data(), rows.size(), scores);
    }

private:
    std::uint64_t m_fileChecksum = 0;
    WeightTable m_weights;
    Transitions m_transitions;
    Gazetteer m_gazetteer;
    WordClusters m_wordClusters;
};

} // namespace crossread::core::ner
