#include "core/ner/trainer.h"

#include "core/ner/features.h"
#include "core/text/tokenizer.h"

#include <QElapsedTimer>

#include <algorithm>
#include <numeric>
#include <random>
#include <set>
#include <unordered_map>

namespace crossread::core::ner {

double DetectionScore::precision() const
{
    return truePositives + falsePositives ? double(truePositives) / (truePositives + falsePositives) : 0.0;
}
double DetectionScore::recall() const
{
    return truePositives + falseNegatives ? double(truePositives) / (truePositives + falseNegatives) : 0.0;
}
double DetectionScore::f1() const
{
    const double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}

void harmonizeConventions(std::vector<AnnotatedDocument>& documents, const Gazetteer& gazetteer)
{
    // GUM types countries acting as agents as organisations and groups of people ("Texans") as
    // persons; Crossread, like CoNLL and UNER, calls the first locations and the second no mention.
    const Tokenizer tokenizer;
    for (AnnotatedDocument& doc : documents) {
        QList<Mention> kept;
        for (Mention m : doc.mentions) {
            const CategoryMask categories = gazetteer.lookupPhrase(m.text, tokenizer);
            const bool organisationName = categories & maskOf(GazetteerCategory::Organization);
            if (m.type == EntityType::Organization && (categories & kLocationMask) && !organisationName)
                m.type = EntityType::Location;
            if ((categories & maskOf(GazetteerCategory::Demonym)) && !(categories & kLocationMask))
                continue;
            kept.append(m);
        }
        doc.mentions = kept;
    }
}

namespace {

struct PreparedSentence
{
    std::vector<std::uint32_t> featureOffsets; // per token, into features; size tokens + 1
    std::vector<std::uint32_t> features; // dense feature indices
    std::vector<int> gold;
};

struct Prepared
{
    std::vector<PreparedSentence> sentences;
};

std::vector<int> goldTags(const TokenizedText& tokens, const QList<Mention>& mentions)
{
    std::vector<int> tags(tokens.tokens.size(), 0);
    for (const Mention& m : mentions) {
        std::vector<std::int32_t> covered;
        for (std::int32_t t = 0; t < std::int32_t(tokens.tokens.size()); ++t) {
            const Token& tok = tokens.tokens[size_t(t)];
            if (tok.begin < m.span.end && m.span.begin < tok.end)
                covered.push_back(t);
        }
        if (covered.empty())
            continue;
        if (covered.size() == 1) {
            tags[size_t(covered[0])] = tagOf(m.type, TagPosition::Unit);
            continue;
        }
        for (size_t k = 0; k < covered.size(); ++k) {
            const TagPosition p = k == 0  ? TagPosition::Begin
                : k + 1 == covered.size() ? TagPosition::Last
                                          : TagPosition::Inside;
            tags[size_t(covered[k])] = tagOf(m.type, p);
        }
    }
    return tags;
}

// Gold tags must form a valid BILOU sequence inside each sentence; mentions crossing a sentence
// boundary (rare tokenisation disagreements) are dropped.
bool validSequence(const std::vector<int>& tags, size_t first, size_t end)
{
    int previous = -1;
    for (size_t i = first; i < end; ++i) {
        if (!isAllowedTransition(previous, tags[i]))
            return false;
        previous = tags[i];
    }
    return isAllowedEnd(previous < 0 ? 0 : previous);
}

struct RawSentence
{
    std::vector<std::vector<std::uint64_t>> tokenFeatures;
    std::vector<int> gold;
};

std::vector<RawSentence> extractRaw(
    const std::vector<AnnotatedDocument>& docs, const Gazetteer& gazetteer, const WordClusters& wordClusters)
{
    const Tokenizer tokenizer;
    std::vector<RawSentence> out;
    TokenizedText tokens;
    DocumentFacts facts;
    for (const AnnotatedDocument& doc : docs) {
        tokenizer.tokenize(doc.text, tokens);
        computeFacts(doc.text, tokens, gazetteer, wordClusters, facts);
        const std::vector<int> tags = goldTags(tokens, doc.mentions);
        for (const Sentence& s : tokens.sentences) {
            if (!validSequence(tags, size_t(s.firstToken), size_t(s.endToken)))
                continue;
            RawSentence raw;
            for (std::int32_t t = s.firstToken; t < s.endToken; ++t) {
                std::vector<std::uint64_t> f;
                emissionFeatures(facts, s, t, f);
                raw.tokenFeatures.push_back(std::move(f));
                raw.gold.push_back(tags[size_t(t)]);
            }
            out.push_back(std::move(raw));
        }
    }
    return out;
}

std::vector<PreparedSentence> densify(
    const std::vector<RawSentence>& raw, const std::unordered_map<std::uint64_t, std::uint32_t>& index)
{
    std::vector<PreparedSentence> out;
    out.reserve(raw.size());
    for (const RawSentence& r : raw) {
        PreparedSentence p;
        p.gold = r.gold;
        for (const auto& tokenFeatures : r.tokenFeatures) {
            p.featureOffsets.push_back(std::uint32_t(p.features.size()));
            for (std::uint64_t f : tokenFeatures)
                if (auto it = index.find(f); it != index.end())
                    p.features.push_back(it->second);
        }
        p.featureOffsets.push_back(std::uint32_t(p.features.size()));
        out.push_back(std::move(p));
    }
    return out;
}

void decode(const PreparedSentence& s, const std::vector<float>& weights, const Transitions& transitions,
    std::vector<TagScores>& emissions, std::vector<int>& tags,
    std::vector<std::array<std::int8_t, kTagCount>>& back)
{
    const size_t n = s.gold.size();
    emissions.resize(n);
    for (size_t i = 0; i < n; ++i) {
        TagScores& e = emissions[i];
        e.fill(0.0f);
        for (std::uint32_t k = s.featureOffsets[i]; k < s.featureOffsets[i + 1]; ++k) {
            const float* w = &weights[size_t(s.features[k]) * kTagCount];
            for (int t = 0; t < kTagCount; ++t)
                e[size_t(t)] += w[t];
        }
    }
    viterbiDecode(emissions, transitions, tags, back);
}

std::set<std::tuple<size_t, size_t, size_t, int>> spansOf(const std::vector<int>& tags, size_t sentence)
{
    std::set<std::tuple<size_t, size_t, size_t, int>> spans;
    size_t start = 0;
    for (size_t i = 0; i < tags.size(); ++i) {
        const int t = tags[i];
        if (t == 0)
            continue;
        const TagPosition p = positionOfTag(t);
        if (p == TagPosition::Begin || p == TagPosition::Unit)
            start = i;
        if (p == TagPosition::Last || p == TagPosition::Unit)
            spans.insert({ sentence, start, i + 1, int(typeOfTag(t)) });
    }
    return spans;
}

struct Run
{
    std::vector<float> weights; // averaged, feature-major
    Transitions transitions;
    int epoch = 0;
};

// One averaged-perceptron run: `epochs` passes over `train` in an order shuffled by `seed`,
// keeping the averaged weights of the epoch that scores best on `dev` (the last without dev).
Run trainOneRun(const std::vector<PreparedSentence>& train, const std::vector<PreparedSentence>& dev,
    size_t featureCount, int epochs, unsigned seed, float bootstrap, const QElapsedTimer& timer,
    const TrainingLog& log)
{
    std::vector<float> weights(featureCount * kTagCount, 0.0f), accumulated(featureCount * kTagCount, 0.0f);
    Transitions transitions, transitionsAccumulated;
    std::vector<float> averaged(featureCount * kTagCount);
    Transitions averagedTransitions;
    std::vector<float> bestWeights;
    Transitions bestTransitions;
    double bestF1 = -1;
    int bestEpoch = 0;
    float step = 1.0f;

    std::vector<size_t> order(train.size());
    std::iota(order.begin(), order.end(), 0);
    std::mt19937 random(seed);
    if (bootstrap > 0 && !train.empty()) {
        std::uniform_int_distribution<size_t> pick(0, train.size() - 1);
        order.resize(std::max<size_t>(1, size_t(double(train.size()) * double(bootstrap))));
        for (size_t& index : order)
            index = pick(random);
    }
    std::vector<TagScores> emissions;
    std::vector<int> predicted;
    std::vector<std::array<std::int8_t, kTagCount>> back;

    auto update = [&](const PreparedSentence& s, size_t i, int tag, float delta) {
        for (std::uint32_t k = s.featureOffsets[i]; k < s.featureOffsets[i + 1]; ++k) {
            const size_t at = size_t(s.features[k]) * kTagCount + size_t(tag);
            weights[at] += delta;
            accumulated[at] += step * delta;
        }
    };
    auto updateTransition = [&](int previous, int tag, float delta) {
        transitions.score[size_t(previous + 1)][size_t(tag)] += delta;
        transitionsAccumulated.score[size_t(previous + 1)][size_t(tag)] += step * delta;
    };

    for (int epoch = 1; epoch <= epochs; ++epoch) {
        std::shuffle(order.begin(), order.end(), random);
        size_t mistakes = 0;
        for (size_t index : order) {
            const PreparedSentence& s = train[index];
            decode(s, weights, transitions, emissions, predicted, back);
            if (predicted != s.gold) {
                ++mistakes;
                for (size_t i = 0; i < s.gold.size(); ++i) {
                    const int previousGold = i == 0 ? -1 : s.gold[i - 1];
                    const int previousPredicted = i == 0 ? -1 : predicted[i - 1];
                    if (s.gold[i] != predicted[i]) {
                        update(s, i, s.gold[i], 1.0f);
                        update(s, i, predicted[i], -1.0f);
                    }
                    if (s.gold[i] != predicted[i] || previousGold != previousPredicted) {
                        updateTransition(previousGold, s.gold[i], 1.0f);
                        updateTransition(previousPredicted, predicted[i], -1.0f);
                    }
                }
            }
            step += 1.0f;
        }
        for (size_t k = 0; k < weights.size(); ++k)
            averaged[k] = weights[k] - accumulated[k] / step;
        for (size_t r = 0; r < transitions.score.size(); ++r)
            for (size_t t = 0; t < size_t(kTagCount); ++t)
                averagedTransitions.score[r][t]
                    = transitions.score[r][t] - transitionsAccumulated.score[r][t] / step;
        DetectionScore score;
        for (size_t si = 0; si < dev.size(); ++si) {
            decode(dev[si], averaged, averagedTransitions, emissions, predicted, back);
            const auto want = spansOf(dev[si].gold, si);
            const auto got = spansOf(predicted, si);
            for (const auto& span : got)
                (want.count(span) ? score.truePositives : score.falsePositives)++;
            for (const auto& span : want)
                score.falseNegatives += got.count(span) ? 0 : 1;
        }
        log(QStringLiteral("epoch %1: %2 sentences wrong; dev P %3 R %4 F1 %5 (%6 s)")
                .arg(epoch)
                .arg(mistakes)
                .arg(score.precision(), 0, 'f', 4)
                .arg(score.recall(), 0, 'f', 4)
                .arg(score.f1(), 0, 'f', 4)
                .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
        if (dev.empty() || score.f1() > bestF1) {
            bestF1 = score.f1();
            bestEpoch = epoch;
            bestWeights = averaged;
            bestTransitions = averagedTransitions;
        }
    }
    return { std::move(bestWeights), bestTransitions, bestEpoch };
}

} // namespace

SequenceModel trainModel(const std::vector<AnnotatedDocument>& training,
    const std::vector<AnnotatedDocument>& development, Gazetteer gazetteer, WordClusters wordClusters,
    const TrainingOptions& options, const TrainingLog& log)
{
    QElapsedTimer timer;
    timer.start();
    const std::vector<RawSentence> rawTraining = extractRaw(training, gazetteer, wordClusters);
    const std::vector<RawSentence> rawDevelopment = extractRaw(development, gazetteer, wordClusters);

    std::unordered_map<std::uint64_t, std::uint32_t> counts;
    for (const RawSentence& s : rawTraining)
        for (const auto& f : s.tokenFeatures)
            for (std::uint64_t id : f)
                ++counts[id];
    const size_t distinctFeatures = counts.size();
    std::unordered_map<std::uint64_t, std::uint32_t> index;
    std::vector<std::uint64_t> ids;
    for (const auto& [id, count] : counts) {
        if (int(count) >= options.minFeatureCount) {
            index.emplace(id, std::uint32_t(ids.size()));
            ids.push_back(id);
        }
    }
    counts.clear();
    const std::vector<PreparedSentence> train = densify(rawTraining, index);
    const std::vector<PreparedSentence> dev = densify(rawDevelopment, index);
    size_t tokenCount = 0;
    for (const auto& s : train)
        tokenCount += s.gold.size();
    log(QStringLiteral(
        "training: %1 sentences, %2 tokens, %3 features seen %5+ times (of %4 distinct); dev: %6 sentences; "
        "prepared in %7 s")
            .arg(train.size())
            .arg(tokenCount)
            .arg(ids.size())
            .arg(distinctFeatures)
            .arg(options.minFeatureCount)
            .arg(dev.size())
            .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));

    const size_t featureCount = ids.size();
    // Each run shuffles differently; the saved model averages the runs' weights (their epoch
    // chosen on the development sets), which is steadier than any one run.
    const int runs = std::max(1, options.runs);
    std::vector<float> ensembleWeights(featureCount * kTagCount, 0.0f);
    Transitions ensembleTransitions;
    for (int run = 0; run < runs; ++run) {
        const Run one = trainOneRun(train, dev, featureCount, options.epochs, options.seed + unsigned(run),
            options.bootstrap, timer, log);
        log(QStringLiteral("run %1: keeping epoch %2").arg(run + 1).arg(one.epoch));
        for (size_t k = 0; k < one.weights.size(); ++k)
            ensembleWeights[k] += one.weights[k] / float(runs);
        for (size_t r = 0; r < one.transitions.score.size(); ++r)
            for (size_t t = 0; t < size_t(kTagCount); ++t)
                ensembleTransitions.score[r][t] += one.transitions.score[r][t] / float(runs);
    }

    std::vector<std::pair<std::uint64_t, TagScores>> rows;
    for (size_t f = 0; f < featureCount; ++f) {
        TagScores row;
        float largest = 0;
        for (int t = 0; t < kTagCount; ++t) {
            row[size_t(t)] = ensembleWeights[f * kTagCount + size_t(t)];
            largest = std::max(largest, std::abs(row[size_t(t)]));
        }
        if (largest >= options.pruneBelow)
            rows.emplace_back(ids[f], row);
    }
    SequenceModel model;
    model.setWeights(rows);
    model.setTransitions(ensembleTransitions);
    model.setGazetteer(std::move(gazetteer));
    model.setWordClusters(std::move(wordClusters));
    log(QStringLiteral("model: %1 feature rows, %2 gazetteer entries, %3 words with classes")
            .arg(rows.size())
            .arg(model.gazetteer().size())
            .arg(model.wordClusters().size()));
    return model;
}

} // namespace crossread::core::ner
