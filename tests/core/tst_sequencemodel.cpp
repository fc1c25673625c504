// The tagger's inference core (core/ner/sequencemodel.h): the weight table gives every feature
// its own weights, whatever its hash looks like, and Viterbi decoding finds the best tag sequence
// that BILOU allows.

#include "core/ner/sequencemodel.h"
#include "tests/testmain.h"

#include <QTest>

#include <cmath>
#include <limits>
#include <optional>
#include <random>
#include <set>

using namespace crossread::core::ner;

namespace {

TagScores rowFor(std::uint64_t key)
{
    TagScores row;
    for (int t = 0; t < kTagCount; ++t)
        row[size_t(t)] = float(key % 1000) + float(t) / 16;
    return row;
}

// Score of a tag sequence, or nothing when BILOU forbids it.
std::optional<float> pathScore(
    const std::vector<int>& tags, const std::vector<TagScores>& emissions, const Transitions& transitions)
{
    float score = 0;
    int previous = -1;
    for (size_t i = 0; i < tags.size(); ++i) {
        if (!isAllowedTransition(previous, tags[i]))
            return std::nullopt;
        score += transitions.score[size_t(previous + 1)][size_t(tags[i])] + emissions[i][size_t(tags[i])];
        previous = tags[i];
    }
    if (!isAllowedEnd(previous))
        return std::nullopt;
    return score;
}

} // namespace

class TestSequenceModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The table keeps only 32 bits of a key next to its slot. Keys that share those bits (here
    // all of them) must still find their own weights, and absent ones none.
    void keysSharingTheirHighBitsKeepTheirOwnWeights()
    {
        constexpr std::uint64_t kSharedHighBits = std::uint64_t(0x5eed1234) << 32;
        // Random low bits (an arithmetic series would spread over the slots too evenly to
        // collide), each key's neighbour left out of the table.
        std::mt19937 random(7);
        std::vector<std::uint64_t> present;
        std::set<std::uint64_t> used;
        while (present.size() < 3000) {
            const std::uint64_t low = random() & ~1u;
            if (used.insert(low).second)
                present.push_back(kSharedHighBits | low);
        }
        std::vector<std::pair<std::uint64_t, TagScores>> rows;
        for (std::uint64_t key : present)
            rows.emplace_back(key, rowFor(key));
        SequenceModel model;
        model.setWeights(rows);
        QCOMPARE(model.weights().size(), rows.size());

        for (std::uint64_t key : present) {
            const TagScores* found = model.weights().find(key);
            QVERIFY(found);
            QCOMPARE(*found, rowFor(key));
            QVERIFY(!model.weights().find(key | 1));
            // Present and absent keys together, as extraction sums a token's features.
            const std::uint64_t features[] = { key | 1, key };
            TagScores scores;
            model.score(features, 2, scores);
            QCOMPARE(scores, rowFor(key));
        }
    }

    void aModelFileKeepsEveryRow()
    {
        std::vector<std::pair<std::uint64_t, TagScores>> rows;
        for (std::uint64_t i = 1; i <= 500; ++i)
            rows.emplace_back(i * 0x9E3779B97F4A7C15ULL, rowFor(i));
        SequenceModel model;
        model.setWeights(rows);
        SequenceModel reread;
        QString error;
        QVERIFY2(reread.deserialize(model.serialize(), &error), qPrintable(error));
        QCOMPARE(reread.weights().size(), rows.size());
        for (const auto& [key, row] : rows)
            QCOMPARE(*reread.weights().find(key), row);
        QCOMPARE(reread.serialize(), model.serialize());
    }

    // Against every one of the 13^n sequences, for random scores: the decoder skips the
    // transitions BILOU forbids instead of scoring them, so a slip would show here.
    void viterbiFindsTheBestSequenceBilouAllows()
    {
        std::mt19937 random(20261123);
        std::uniform_real_distribution<float> value(-3.0f, 3.0f);
        for (int round = 0; round < 40; ++round) {
            const int length = 1 + round % 4;
            Transitions transitions;
            for (auto& row : transitions.score)
                for (float& s : row)
                    s = value(random);
            std::vector<TagScores> emissions(static_cast<size_t>(length));
            for (TagScores& e : emissions)
                for (float& s : e)
                    s = value(random);

            std::vector<int> best;
            float bestScore = -std::numeric_limits<float>::infinity();
            std::vector<int> tags(size_t(length), 0);
            for (int code = 0; code < int(std::pow(kTagCount, length)); ++code) {
                for (int i = 0, rest = code; i < length; ++i, rest /= kTagCount)
                    tags[size_t(i)] = rest % kTagCount;
                const std::optional<float> score = pathScore(tags, emissions, transitions);
                if (score && *score > bestScore) {
                    bestScore = *score;
                    best = tags;
                }
            }

            std::vector<int> decoded;
            std::vector<std::array<std::int8_t, kTagCount>> backpointers;
            viterbiDecode(emissions, transitions, decoded, backpointers);
            const std::optional<float> decodedScore = pathScore(decoded, emissions, transitions);
            QVERIFY2(decodedScore.has_value(), "the decoder returned a sequence BILOU forbids");
            QVERIFY2(std::abs(*decodedScore - bestScore) < 1e-4f,
                qPrintable(QStringLiteral("round %1: %2 against the best %3")
                               .arg(round)
                               .arg(*decodedScore)
                               .arg(bestScore)));
        }
    }
};

int main(int argc, char** argv)
{
    TestSequenceModel tests;
    return crossread::tests::runTests(tests, argc, argv);
}

#include "tst_sequencemodel.moc"
