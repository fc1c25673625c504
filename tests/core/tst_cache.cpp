// The analysis cache: reopening an unchanged folder takes every analysis from the cache with the
// same result, a changed file alone is extracted again, and a stale or damaged row is never used.

#include "core/corpus/analysiscache.h"
#include "tests/testmain.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace crossread::core;

class TestCache : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Extractor> m_extractor;
    QTemporaryDir m_dir;

    QString writeArticle(const QString& name, const QByteArray& text)
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(text);
        return QFileInfo(f).absoluteFilePath();
    }

    // Analyses `files` with `cache` as the reader does; returns how many came from the cache.
    int analyse(AnalysisCache& cache, const QStringList& files, std::vector<AnalysedArticle>* out = nullptr)
    {
        const CacheSnapshot snapshot = cache.lookupFolder(m_dir.path());
        std::vector<AnalysisCache::Row> rows;
        int fromCache = 0;
        for (const QString& file : files) {
            const FileAnalysis r = analyseFileWithCache(file, *m_extractor, &snapshot);
            const auto& a = std::get<AnalysedArticle>(r.result);
            fromCache += r.fromCache ? 1 : 0;
            if (!r.fromCache)
                rows.push_back({ a.article.path, { r.stamp, r.contentHash, serializeAnalysis(a) } });
            if (out)
                out->push_back(a);
        }
        cache.store(rows);
        return fromCache;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        m_extractor = Extractor::loadBuiltIn(&error);
        QVERIFY2(m_extractor, qPrintable(error));
        QVERIFY(!m_extractor->fingerprint().isEmpty());
    }

    void unchangedFilesComeFromTheCacheWithTheSameResult()
    {
        const QStringList files
            = { writeArticle("a.txt", "Talks\n\nAna Ribeiro met Tomas Lindqvist in Lisbon.\n"),
                  writeArticle("b.txt", "More\n\nThe European Commission in Brussels said it agreed.\n") };
        const QString db = m_dir.filePath("cache.sqlite");
        std::vector<AnalysedArticle> first, second;
        {
            AnalysisCache cache(m_extractor->fingerprint(), db);
            QVERIFY2(cache.isOpen(), qPrintable(cache.problem()));
            QCOMPARE(analyse(cache, files, &first), 0);
        }
        AnalysisCache reopened(m_extractor->fingerprint(), db);
        QCOMPARE(analyse(reopened, files, &second), 2);
        QCOMPARE(second.size(), first.size());
        for (size_t i = 0; i < first.size(); ++i) {
            QCOMPARE(second[i].mentions, first[i].mentions);
            QCOMPARE(second[i].sentences.size(), first[i].sentences.size());
        }

        // One file changed: it alone is extracted again, and its new text is what counts.
        QTest::qWait(20); // a different modification time
        writeArticle("b.txt", "More\n\nThe European Commission in Brussels said it agreed with Reuters.\n");
        std::vector<AnalysedArticle> third;
        QCOMPARE(analyse(reopened, files, &third), 1);
        QVERIFY(std::any_of(third[1].mentions.begin(), third[1].mentions.end(),
            [](const Mention& m) { return m.text == u"Reuters"; }));

        // Another extractor (a new model or version) never uses these rows.
        AnalysisCache otherModel(QStringLiteral("another-fingerprint"), db);
        QCOMPARE(analyse(otherModel, files), 0);
    }

    void damagedRowsAndAnUnusableCacheAreNoHarm()
    {
        AnalysedArticle article;
        article.article.text = QStringLiteral("Ana Ribeiro");
        QVERIFY(!deserializeAnalysis(QByteArray("garbage"), article));
        AnalysedArticle written = article;
        written.mentions.append({ { 0, 11 }, EntityType::Person, QStringLiteral("Ana Ribeiro") });
        QByteArray data = serializeAnalysis(written);
        QVERIFY(deserializeAnalysis(data, article));
        QCOMPARE(article.mentions, written.mentions);
        data.chop(3);
        QVERIFY(!deserializeAnalysis(data, article));
        article.article.text = QStringLiteral("Ana"); // a span past the end of a shorter text
        QVERIFY(!deserializeAnalysis(serializeAnalysis(written), article));

        // A cache file that cannot be created: analysis goes on without it, with a reason.
        AnalysisCache broken(m_extractor->fingerprint(), QStringLiteral("/proc/no-such-dir/cache.sqlite"));
        QVERIFY(!broken.isOpen());
        QVERIFY(!broken.problem().isEmpty());
        const QString file = writeArticle("c.txt", "Title\n\nMaria Costa spoke in Porto.\n");
        QCOMPARE(analyse(broken, { file }), 0);
    }
};

CROSSREAD_TEST_MAIN(TestCache, QCoreApplication)
#include "tst_cache.moc"
