// Word classes (core/ner/wordclusters.h): how the class list is read, that a model file keeps
// it, and that the tagger uses it to recognise names it was never trained on.

#include "core/extractor.h"
#include "core/ner/features.h"
#include "core/ner/trainer.h"
#include "core/ner/wordclusters.h"
#include "core/text/tokenizer.h"
#include "tests/testmain.h"

#include <QTemporaryDir>
#include <QTest>

using namespace crossread::core;
using namespace crossread::core::ner;

namespace {

std::uint32_t classesOf(const WordClusters& clusters, const char* word)
{
    return clusters.lookup(tokenKey(QString::fromUtf8(word)));
}

// Short articles in which a name's context says nothing about its type ("... is lovely."), so
// only the word itself, or its class, can tell a place from a person.
std::vector<AnnotatedDocument> toyCorpus()
{
    std::vector<AnnotatedDocument> docs;
    const QStringList places = { QStringLiteral("Paris"), QStringLiteral("Lisbon"), QStringLiteral("Oslo") };
    const QStringList people = { QStringLiteral("Anna"), QStringLiteral("Peter"), QStringLiteral("Maria") };
    for (int round = 0; round < 4; ++round) {
        for (int i = 0; i < 3; ++i) {
            // Places first in half of the articles, people first in the other half.
            const bool placeFirst = (round + i) % 2 == 0;
            const QString first = placeFirst ? places[i] : people[i];
            const QString second = placeFirst ? people[i] : places[i];
            AnnotatedDocument doc;
            doc.name = QStringLiteral("toy%1.txt").arg(docs.size());
            doc.text = first + QStringLiteral(" is lovely. ") + second + QStringLiteral(" is lovely.");
            const int secondAt = int(first.size()) + 12;
            doc.mentions.append(Mention {
                { 0, int(first.size()) }, placeFirst ? EntityType::Location : EntityType::Person, first });
            doc.mentions.append(Mention { { secondAt, secondAt + int(second.size()) },
                placeFirst ? EntityType::Person : EntityType::Location, second });
            docs.push_back(doc);
        }
    }
    return docs;
}

// A tagger trained on toyCorpus() with no gazetteer and the given word classes.
SequenceModel trainToy(WordClusters clusters, TrainingOptions options)
{
    Gazetteer gazetteer;
    gazetteer.finalize();
    clusters.finalize();
    options.minFeatureCount = 1;
    return trainModel(
        toyCorpus(), {}, std::move(gazetteer), std::move(clusters), options, [](const QString&) {});
}

// A toy tagger of `runs` perceptrons from `seed` on, each learning from a `bootstrap` share of the
// sentences (0: all of them), without pruning.
SequenceModel trainToyRuns(unsigned seed, int runs, float bootstrap, int epochs)
{
    TrainingOptions options;
    options.epochs = epochs;
    options.pruneBelow = 0;
    options.seed = seed;
    options.runs = runs;
    options.bootstrap = bootstrap;
    return trainToy(WordClusters(), options);
}

} // namespace

class TestWordClusters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classesAreReadAndFoundWhateverTheCase()
    {
        WordClusters clusters;
        const int bad = clusters.addTsv(u"# comment\n"
                                        u"paris\t5\t73\t13\n"
                                        u"us\t1\t2\t3\n"
                                        u"u.s.\t9\t9\t9\n" // same folded key as "us": the first listed wins
                                        u"broken line\n"
                                        u"tokyo\t64\t1\t1\n" // 64 does not fit the 64 coarse classes
                                        u"oslo\t0\t0\t0\n");
        clusters.finalize();
        QCOMPARE(bad, 2);
        QCOMPARE(clusters.size(), std::size_t(3));
        const std::uint32_t paris = classesOf(clusters, "Paris");
        QVERIFY(paris != 0);
        QCOMPARE(paris, classesOf(clusters, "PARIS"));
        QCOMPARE(WordClusters::classAt(paris, 0), 5);
        QCOMPARE(WordClusters::classAt(paris, 1), 73);
        QCOMPARE(WordClusters::classAt(paris, 2), 13);
        QCOMPARE(WordClusters::classAt(classesOf(clusters, "U.S."), 2), 3);
        QVERIFY(classesOf(clusters, "Oslo") != 0); // class 0 everywhere is still a known word
        QCOMPARE(classesOf(clusters, "Tokyo"), 0u);
        QCOMPARE(classesOf(clusters, "Vučić"), 0u);
    }

    void taggerRecognisesUnseenNamesThroughTheirClass_data()
    {
        QTest::addColumn<QString>("classes");
        QTest::addColumn<QString>("tokyo");
        QTest::addColumn<QString>("helga");
        // Tokyo and Helga never occur in training; only their class links them to what did.
        const QString places = QStringLiteral("paris\t1\t1\t1\nlisbon\t1\t1\t1\noslo\t1\t1\t1\n");
        const QString people = QStringLiteral("anna\t2\t2\t2\npeter\t2\t2\t2\nmaria\t2\t2\t2\n");
        QTest::newRow("Tokyo a place, Helga a person")
            << places + people + QStringLiteral("tokyo\t1\t1\t1\nhelga\t2\t2\t2\n") << "LOCATION"
            << "PERSON";
        QTest::newRow("classes swapped")
            << places + people + QStringLiteral("tokyo\t2\t2\t2\nhelga\t1\t1\t1\n") << "PERSON"
            << "LOCATION";
    }

    void taggerRecognisesUnseenNamesThroughTheirClass()
    {
        QFETCH(QString, classes);
        QFETCH(QString, tokyo);
        QFETCH(QString, helga);
        WordClusters clusters;
        QCOMPARE(clusters.addTsv(classes), 0);
        TrainingOptions options;
        options.epochs = 5;
        const SequenceModel model = trainToy(std::move(clusters), options);
        QCOMPARE(model.wordClusters().size(), std::size_t(8));

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("toy.model"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(model.serialize());
        file.close();
        QString error;
        const auto extractor = Extractor::loadModelFile(path, &error);
        QVERIFY2(extractor, qPrintable(error));
        QCOMPARE(extractor->wordClassCount(), std::size_t(8)); // the classes travel in the model file

        const QString text = QStringLiteral("Tokyo is lovely. Helga is lovely.");
        const QList<Mention> mentions = extractor->extract(text);
        QCOMPARE(mentions.size(), 2);
        QCOMPARE(text.mid(mentions[0].span.begin, mentions[0].span.length()), QStringLiteral("Tokyo"));
        QCOMPARE(entityTypeName(mentions[0].type), tokyo);
        QCOMPARE(text.mid(mentions[1].span.begin, mentions[1].span.length()), QStringLiteral("Helga"));
        QCOMPARE(entityTypeName(mentions[1].type), helga);
    }

    void averagedRunsAreTheMeanOfTheirRuns()
    {
        // `train --runs 2` must equal the mean of the two single runs it stands for: the same
        // emission scores for every token and the same transition scores.
        auto train = [](unsigned seed, int runs) { return trainToyRuns(seed, runs, 0, 3); };
        const SequenceModel first = train(7, 1), second = train(8, 1), averaged = train(7, 2);
        const QString text = QStringLiteral("Paris is lovely. Maria is lovely.");
        const TokenizedText tokens = Tokenizer().tokenize(text);
        DocumentFacts facts;
        computeFacts(text, tokens, averaged.gazetteer(), averaged.wordClusters(), facts);
        bool runsDiffer = false;
        for (const Sentence& sentence : tokens.sentences) {
            for (std::int32_t t = sentence.firstToken; t < sentence.endToken; ++t) {
                std::vector<std::uint64_t> features;
                emissionFeatures(facts, sentence, t, features);
                TagScores a {}, b {}, mean {};
                first.score(features.data(), features.size(), a);
                second.score(features.data(), features.size(), b);
                averaged.score(features.data(), features.size(), mean);
                for (size_t k = 0; k < a.size(); ++k) {
                    QVERIFY(std::abs(mean[k] - (a[k] + b[k]) / 2) < 1e-3f);
                    runsDiffer = runsDiffer || std::abs(a[k] - b[k]) > 1e-3f;
                }
            }
        }
        QVERIFY(runsDiffer); // otherwise the test would prove nothing
        for (size_t r = 0; r < averaged.transitions().score.size(); ++r)
            for (size_t k = 0; k < size_t(kTagCount); ++k)
                QVERIFY(std::abs(averaged.transitions().score[r][k]
                            - (first.transitions().score[r][k] + second.transitions().score[r][k]) / 2)
                    < 1e-3f);
    }

    void baggedRunsLearnFromTheSampleTheirSeedDraws()
    {
        // `train --bootstrap F`: a run learns from a share of the sentences drawn by its seed, so
        // the same seed gives the same model, and the sample, not all sentences, shapes it.
        auto train = [](float bootstrap, int runs) { return trainToyRuns(7, runs, bootstrap, 5); };
        const SequenceModel all = train(0, 1), bagged = train(0.5f, 1), again = train(0.5f, 1);
        QCOMPARE(bagged.serialize(), again.serialize());
        QVERIFY(bagged.serialize() != all.serialize());

        // Averaged over a few samples, the tagger still knows the names it saw.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile file(dir.filePath(QStringLiteral("bagged.model")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(train(0.7f, 4).serialize());
        file.close();
        QString error;
        const auto extractor = Extractor::loadModelFile(file.fileName(), &error);
        QVERIFY2(extractor, qPrintable(error));
        const QString text = QStringLiteral("Paris is lovely. Maria is lovely.");
        const QList<Mention> mentions = extractor->extract(text);
        QCOMPARE(mentions.size(), 2);
        QCOMPARE(text.mid(mentions[0].span.begin, mentions[0].span.length()), QStringLiteral("Paris"));
        QCOMPARE(entityTypeName(mentions[0].type), QStringLiteral("LOCATION"));
        QCOMPARE(text.mid(mentions[1].span.begin, mentions[1].span.length()), QStringLiteral("Maria"));
        QCOMPARE(entityTypeName(mentions[1].type), QStringLiteral("PERSON"));
    }

    void modelFileKeepsTheClassesAndRefusesACutOne()
    {
        WordClusters clusters;
        QCOMPARE(clusters.addTsv(u"paris\t1\t1\t1\n"), 0);
        clusters.finalize();
        SequenceModel model;
        model.setWordClusters(std::move(clusters));
        QByteArray data = model.serialize();
        QString error;
        SequenceModel reread;
        QVERIFY2(reread.deserialize(data, &error), qPrintable(error));
        QCOMPARE(reread.wordClusters().size(), std::size_t(1));
        data.remove(data.size() - 20, 12); // one class entry short, checksum kept
        QVERIFY(!reread.deserialize(data, &error));
        QVERIFY(!error.isEmpty());
    }
};

int main(int argc, char** argv)
{
    TestWordClusters tests;
    return crossread::tests::runTests(tests, argc, argv);
}

#include "tst_wordclusters.moc"
