// Comparing two articles as stories: passages that say the same thing in other words and in
// another order are paired, the rest stand out as unique, and entities are sorted into both /
// left only / right only. Our own fixture pair always runs; the seed pair needs ../shared.

#include "core/compare/comparison.h"
#include "core/corpus/analysis.h"
#include "tests/testmain.h"

#include <QDir>
#include <QTest>

using namespace crossread::core;

namespace {

const QString kFixtures = QStringLiteral(CROSSREAD_SOURCE_DIR "/tests/fixtures/compare");
const QString kSeeds = QStringLiteral(CROSSREAD_SHARED_DIR "/corpus/seeds");

CorpusIndex corpusOf(const Extractor& extractor, const QStringList& files)
{
    std::vector<AnalysedArticle> articles;
    for (const QString& file : files) {
        AnalysisResult r = analyseFile(file, extractor);
        if (auto* a = std::get_if<AnalysedArticle>(&r))
            articles.push_back(std::move(*a));
    }
    return buildCorpus(std::move(articles), Linker(), {}, {});
}

QString passage(const CorpusIndex& index, std::int32_t article, TextSpan span)
{
    return index.articles()[size_t(article)].article.text.mid(span.begin, span.length());
}

// True when some aligned pair has `left` in its left passage and `right` in its right passage.
bool aligned(const CorpusIndex& index, const ArticleComparison& c, const QString& left, const QString& right)
{
    for (const AlignedPassage& p : c.aligned)
        if (passage(index, c.leftArticle, c.leftPassages[size_t(p.left)]).contains(left)
            && passage(index, c.rightArticle, c.rightPassages[size_t(p.right)]).contains(right))
            return true;
    return false;
}

bool isUnique(const CorpusIndex& index, const ArticleComparison& c, bool left, const QString& text)
{
    const auto& passages = left ? c.leftPassages : c.rightPassages;
    const auto& partners = left ? c.partnerOfLeft : c.partnerOfRight;
    for (size_t p = 0; p < passages.size(); ++p)
        if (passage(index, left ? c.leftArticle : c.rightArticle, passages[p]).contains(text))
            return partners[p] < 0;
    return false;
}

QString where(const CorpusIndex& index, const ArticleComparison& c, const QString& name)
{
    for (const EntityInBoth& e : c.entities)
        if (index.entity(e.entity).name == name)
            return (e.leftMentions && e.rightMentions) ? QStringLiteral("both")
                : e.leftMentions                       ? QStringLiteral("left")
                                                       : QStringLiteral("right");
    return QStringLiteral("absent");
}

} // namespace

class TestCompare : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Extractor> m_extractor;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        m_extractor = Extractor::loadBuiltIn(&error);
        QVERIFY2(m_extractor, qPrintable(error));
    }

    void aRewriteAlignsDespiteParaphraseAndReordering()
    {
        const CorpusIndex index
            = corpusOf(*m_extractor, { kFixtures + u"/original.txt", kFixtures + u"/rewrite.txt" });
        QCOMPARE(index.articles().size(), size_t(2));
        const ArticleComparison c = compareArticles(index, 0, 1);
        QVERIFY(aligned(index, c, "walked out on Monday", "Copper exports from Valparaíso stopped"));
        QVERIFY(aligned(index, c, "strike would last", "wants the Boric government"));
        QVERIFY(aligned(index, c, "We have waited two years", "We have waited two years"));
        QVERIFY(aligned(index, c, "Economists at the University", "Economists from the University"));
        QVERIFY(isUnique(index, c, true, "Andes Freight"));
        QVERIFY(isUnique(index, c, false, "fishermen"));
        QVERIFY(!aligned(index, c, "Andes Freight", ""));
        QCOMPARE(where(index, c, "Camila Rojas"), QStringLiteral("both"));
        QCOMPARE(where(index, c, "Andes Freight"), QStringLiteral("left"));
        QVERIFY(c.alignedShareLeft > 0.6 && c.alignedShareLeft < 1.0);
        QVERIFY(c.entityOverlap > 0.5);
    }

    void anArticleComparedWithItselfAlignsEverything()
    {
        const CorpusIndex index = corpusOf(*m_extractor, { kFixtures + u"/original.txt" });
        const ArticleComparison c = compareArticles(index, 0, 0);
        QCOMPARE(c.alignedShareLeft, 1.0);
        QCOMPARE(c.alignedShareRight, 1.0);
        QCOMPARE(c.entityOverlap, 1.0);
        for (size_t p = 0; p < c.partnerOfLeft.size(); ++p)
            QCOMPARE(c.partnerOfLeft[p], std::int32_t(p));
    }

    void seedRewritePairAlignsItsSharedPassages()
    {
        if (!QDir(kSeeds).exists())
            QSKIP("../shared is absent: the seed corpus is not available");
        const QStringList files = { kSeeds + u"/000_0c8a3af26a6aa0d0.txt",
            kSeeds + u"/001_f8f3d5f27f2a0fc7.txt", kSeeds + u"/004_8dd9d4aed26528bb.txt" };
        const CorpusIndex index = corpusOf(*m_extractor, files);
        const ArticleComparison c = compareArticles(index, 0, 1);
        QVERIFY2(aligned(index, c, "said Neil Thomas", "Neil Thomas, a researcher"), "the Neil Thomas quote");
        QVERIFY2(aligned(index, c, "in 1999", "In 1999"), "the 1999 embassy bombing");
        for (const char* name : { "Xi Jinping", "North Atlantic Treaty Organization", "Belgrade",
                 "Neil Thomas", "Asia Society Policy Institute" })
            QVERIFY2(where(index, c, QString::fromUtf8(name)) == u"both", name);
        const ArticleComparison unrelated = compareArticles(index, 0, 2);
        qInfo("000~001 aligned %.2f / %.2f; 000~004 aligned %.2f / %.2f", c.alignedShareLeft,
            c.alignedShareRight, unrelated.alignedShareLeft, unrelated.alignedShareRight);
        QVERIFY(unrelated.textSimilarity() < 0.1);
        QVERIFY(c.textSimilarity() > 2 * unrelated.textSimilarity() + 0.1);
        const ArticleComparison self = compareArticles(index, 2, 2);
        QCOMPARE(self.textSimilarity(), 1.0);
    }
};

CROSSREAD_TEST_MAIN(TestCompare, QCoreApplication)
#include "tst_compare.moc"
