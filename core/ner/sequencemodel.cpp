#include "core/ner/sequencemodel.h"

#include "core/util/hash.h"

#include <QDataStream>
#include <QIODevice>

#include <cstring>
#include <limits>

namespace crossread::core::ner {

namespace {
constexpr char kMagic[8] = { 'C', 'R', 'N', 'E', 'R', 'M', 'D', 'L' };
constexpr quint32 kFormatVersion = 2; // 2: word classes

std::uint64_t checksum(const char* data, qsizetype size)
{
    std::uint64_t h = 0xcbf29ce484222325ULL;
    for (qsizetype i = 0; i < size; ++i) {
        h ^= static_cast<unsigned char>(data[i]);
        h *= 0x100000001b3ULL;
    }
    return h;
}
} // namespace

bool isAllowedTransition(int previousTag, int tag)
{
    const bool previousOpen = previousTag > 0
        && (positionOfTag(previousTag) == TagPosition::Begin
            || positionOfTag(previousTag) == TagPosition::Inside);
    if (previousOpen) {
        return tag > 0 && typeOfTag(tag) == typeOfTag(previousTag)
            && (positionOfTag(tag) == TagPosition::Inside || positionOfTag(tag) == TagPosition::Last);
    }
    return tag == 0 || positionOfTag(tag) == TagPosition::Begin || positionOfTag(tag) == TagPosition::Unit;
}

bool isAllowedEnd(int tag)
{
    return tag == 0 || positionOfTag(tag) == TagPosition::Last || positionOfTag(tag) == TagPosition::Unit;
}

void WeightTable::build(const std::vector<std::pair<std::uint64_t, TagScores>>& rows)
{
    std::size_t capacity = 16;
    while (capacity < rows.size() * 2)
        capacity *= 2;
    m_slots.assign(capacity, Slot {});
    m_rows.clear();
    m_rows.reserve(rows.size());
    m_mask = capacity - 1;
    for (const auto& [key, weights] : rows) {
        if (key == 0)
            continue;
        const std::uint32_t tag = tagOf(key);
        std::uint64_t slot = slotOf(key);
        while (m_slots[slot].tag != 0 && !(m_slots[slot].tag == tag && m_rows[m_slots[slot].row].key == key))
            slot = (slot + 1) & m_mask;
        if (m_slots[slot].tag != 0) { // a repeated key: the last row wins
            m_rows[m_slots[slot].row].weights = weights;
            continue;
        }
        m_slots[slot] = { tag, std::uint32_t(m_rows.size()) };
        m_rows.push_back({ key, weights });
    }
}

void viterbiDecode(const std::vector<TagScores>& emissions, const Transitions& transitions,
    std::vector<int>& tags, std::vector<std::array<std::int8_t, kTagCount>>& back)
{
    constexpr float kImpossible = -std::numeric_limits<float>::infinity();
    const size_t n = emissions.size();
    tags.assign(n, 0);
    if (n == 0)
        return;
    back.resize(n);
    // Transition scores by previous tag, padded to 16 lanes, -inf where BILOU forbids the step:
    // the step for all 13 tags is then 13 vector max-and-select passes the compiler vectorises,
    // not a loop over each tag's predecessors.
    constexpr int kLanes = 16;
    alignas(64) std::array<std::array<float, kLanes>, kTagCount> fromTo;
    for (int p = 0; p < kTagCount; ++p)
        for (int t = 0; t < kLanes; ++t)
            fromTo[size_t(p)][size_t(t)] = t < kTagCount && isAllowedTransition(p, t)
                ? transitions.score[size_t(p + 1)][size_t(t)]
                : kImpossible;
    alignas(64) std::array<float, kLanes> current;
    for (int t = 0; t < kLanes; ++t)
        current[size_t(t)] = t < kTagCount
            ? (isAllowedTransition(-1, t) ? transitions.score[0][size_t(t)] : kImpossible)
                + emissions[0][size_t(t)]
            : kImpossible;
    // Four lanes of four (SSE2 on any x86-64; GCC's vector extensions elsewhere).
    using Floats = float __attribute__((vector_size(16)));
    using Ints = std::int32_t __attribute__((vector_size(16)));
    constexpr int kVectors = kLanes / 4;
    for (size_t i = 1; i < n; ++i) {
        Floats best[kVectors];
        Ints bestPrevious[kVectors];
        for (int v = 0; v < kVectors; ++v) {
            best[v] = Floats {} + kImpossible;
            bestPrevious[v] = Ints {};
        }
        // Previous tags in ascending order and a strict comparison: ties go to the lowest one.
        for (int p = 0; p < kTagCount; ++p) {
            const Floats from = Floats {} + current[size_t(p)];
            const Ints previous = Ints {} + p;
            for (int v = 0; v < kVectors; ++v) {
                Floats row;
                std::memcpy(&row, fromTo[size_t(p)].data() + 4 * v, sizeof row);
                const Floats s = from + row;
                const Ints better = s > best[v]; // all ones where better
                best[v] = better ? s : best[v];
                bestPrevious[v] = better ? previous : bestPrevious[v];
            }
        }
        for (int t = 0; t < kTagCount; ++t) {
            current[size_t(t)] = best[t / 4][t % 4] + emissions[i][size_t(t)];
            back[i][size_t(t)] = std::int8_t(bestPrevious[t / 4][t % 4]);
        }
    }
    float best = kImpossible;
    int bestTag = 0;
    for (int t = 0; t < kTagCount; ++t) {
        if (isAllowedEnd(t) && current[size_t(t)] > best) {
            best = current[size_t(t)];
            bestTag = t;
        }
    }
    tags[n - 1] = bestTag;
    for (size_t i = n - 1; i > 0; --i)
        tags[i - 1] = back[i][size_t(tags[i])];
}

QByteArray SequenceModel::serialize() const
{
    QByteArray data;
    QDataStream out(&data, QIODevice::WriteOnly);
    out.setByteOrder(QDataStream::LittleEndian);
    out.setFloatingPointPrecision(QDataStream::SinglePrecision);
    out.writeRawData(kMagic, sizeof kMagic);
    out << kFormatVersion << quint32(kTagCount);
    for (const auto& row : m_transitions.score)
        for (float v : row)
            out << v;
    // Sorted, so that the same model always gives the same bytes.
    std::vector<std::pair<std::uint64_t, TagScores>> rows;
    m_weights.forEach([&](std::uint64_t key, const TagScores& w) { rows.emplace_back(key, w); });
    std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    out << quint64(rows.size());
    for (const auto& [key, weights] : rows) {
        out << quint64(key);
        for (float v : weights)
            out << v;
    }
    auto writeKeyValues = [&](const std::vector<KeyTable::Entry>& entries) {
        out << quint64(entries.size());
        for (const auto& e : entries)
            out << quint64(e.key) << quint32(e.value);
    };
    writeKeyValues(m_gazetteer.entries());
    writeKeyValues(m_wordClusters.entries());
    out << quint64(checksum(data.constData(), data.size()));
    return data;
}

bool SequenceModel::deserialize(const QByteArray& data, QString* error)
{
    auto fail = [&](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    if (data.size() < qsizetype(sizeof kMagic) + 16
        || std::memcmp(data.constData(), kMagic, sizeof kMagic) != 0)
        return fail(QStringLiteral("not a Crossread tagger model"));
    const qsizetype body = data.size() - 8;
    quint64 stored = 0;
    std::memcpy(
        &stored, data.constData() + body, 8); // little-endian machines only, as is QDataStream's LE here
    if (stored != checksum(data.constData(), body))
        return fail(QStringLiteral("the model file is damaged (checksum mismatch)"));
    m_fileChecksum = stored;
    QDataStream in(data);
    in.setByteOrder(QDataStream::LittleEndian);
    in.setFloatingPointPrecision(QDataStream::SinglePrecision);
    in.skipRawData(sizeof kMagic);
    quint32 version = 0, tagCount = 0;
    in >> version >> tagCount;
    if (version != kFormatVersion || tagCount != quint32(kTagCount))
        return fail(QStringLiteral("unsupported model version %1").arg(version));
    for (auto& row : m_transitions.score)
        for (float& v : row)
            in >> v;
    quint64 rowCount = 0;
    in >> rowCount;
    if (rowCount > quint64(data.size()))
        return fail(QStringLiteral("the model file is damaged"));
    // Read the weight rows straight from the buffer: QDataStream per float is slow for millions.
    qsizetype pos = in.device()->pos();
    constexpr qsizetype kRowBytes = 8 + 4 * kTagCount;
    if (pos + qsizetype(rowCount) * kRowBytes > body)
        return fail(QStringLiteral("the model file is truncated"));
    std::vector<std::pair<std::uint64_t, TagScores>> rows(rowCount);
    const char* p = data.constData() + pos;
    for (auto& [key, weights] : rows) {
        std::memcpy(&key, p, 8);
        std::memcpy(weights.data(), p + 8, 4 * kTagCount);
        p += kRowBytes;
    }
    pos += qsizetype(rowCount) * kRowBytes;
    m_weights.build(rows);
    // Two lists of (64-bit key, 32-bit value): the gazetteer, then the word classes.
    auto readKeyValues = [&](std::vector<KeyTable::Entry>& entries) {
        quint64 count = 0;
        if (pos + 8 > body)
            return false;
        std::memcpy(&count, data.constData() + pos, 8);
        pos += 8;
        if (count > quint64(body - pos) / 12)
            return false;
        entries.resize(count);
        for (auto& e : entries) {
            std::memcpy(&e.key, data.constData() + pos, 8);
            std::memcpy(&e.value, data.constData() + pos + 8, 4);
            pos += 12;
        }
        return true;
    };
    std::vector<KeyTable::Entry> gazetteerEntries, classEntries;
    if (!readKeyValues(gazetteerEntries) || !readKeyValues(classEntries) || pos != body)
        return fail(QStringLiteral("the model file is truncated"));
    m_gazetteer.setEntries(std::move(gazetteerEntries));
    m_wordClusters.setEntries(std::move(classEntries));
    return true;
}

} // namespace crossread::core::ner
