// Tokenizer conventions and Unicode helpers (folding with offset maps, code point offsets).

#include "core/text/tokenizer.h"
#include "core/text/unicode.h"
#include "tests/testmain.h"

#include <QTest>

using namespace crossread::core;

class TestText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tokens_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("tokens");
        QTest::newRow("hyphen") << "anti-US protests" << QStringList { "anti", "-", "US", "protests" };
        QTest::newRow("en dash") << "Budapest–Belgrade railway"
                                 << QStringList { "Budapest", "–", "Belgrade", "railway" };
        QTest::newRow("possessive") << "Xi’s trip and Putin's war"
                                    << QStringList { "Xi", "’s", "trip", "and", "Putin", "'s", "war" };
        QTest::newRow("possessive written apart")
            << "Ray 's Pizza and Putin ’s war"
            << QStringList { "Ray", "'s", "Pizza", "and", "Putin", "’s", "war" };
        QTest::newRow("a quoted word is no possessive")
            << "he said 'so' and 'sure'"
            << QStringList { "he", "said", "'", "so", "'", "and", "'", "sure", "'" };
        QTest::newRow("initialism") << "the U.S. and U.K. said"
                                    << QStringList { "the", "U.S.", "and", "U.K.", "said" };
        QTest::newRow("abbreviation") << "Mr. Smith of Acme Inc. left."
                                      << QStringList { "Mr.", "Smith", "of", "Acme", "Inc.", "left", "." };
        QTest::newRow("a month before its day") << "on Mar. 5" << QStringList { "on", "Mar.", "5" };
        QTest::newRow("a name ending a sentence like a month")
            << "near Viña del Mar. Then" << QStringList { "near", "Viña", "del", "Mar", ".", "Then" };
        QTest::newRow("numbers") << "1,000.5 tonnes" << QStringList { "1,000.5", "tonnes" };
        QTest::newRow("apostrophe name") << "O'Brien won't" << QStringList { "O'Brien", "wo", "n't" };
        QTest::newRow("acronym") << "Treaty Organization (NATO)"
                                 << QStringList { "Treaty", "Organization", "(", "NATO", ")" };
        QTest::newRow("diacritics") << "Miloš Vučević" << QStringList { "Miloš", "Vučević" };
    }
    void tokens()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, tokens);
        QStringList got;
        for (const Token& t : Tokenizer().tokenize(text).tokens)
            got << text.mid(t.begin, t.length());
        QCOMPARE(got, tokens);
    }

    void sentences()
    {
        const QString text = QStringLiteral(
            "Mr. Smith went to the U.S. Army base. He left.\n\nHeadline\nNext line. \"Quoted.\" Then");
        const TokenizedText t = Tokenizer().tokenize(text);
        QStringList firstWords;
        for (const Sentence& s : t.sentences)
            firstWords << text.mid(
                t.tokens[size_t(s.firstToken)].begin, t.tokens[size_t(s.firstToken)].length());
        QCOMPARE(firstWords, (QStringList { "Mr.", "He", "Headline", "Next", "\"", "Then" }));
    }

    void foldingKeepsAMapToTheOriginal()
    {
        const QString text = QStringLiteral("Vuc\u030Cic\u0301 Đorđe"); // combining marks inside
        const FoldedText folded = foldWithMap(text);
        QCOMPARE(folded.text, QStringLiteral("vucic dorde"));
        const std::vector<qsizetype> expected { 0, 1, 2, 4, 5, 7, 8, 9, 10, 11, 12, 13 };
        QCOMPARE(folded.toOriginal, expected);
        QCOMPARE(fold(u"Vučić"), fold(u"Vucic"));
        QCOMPARE(fold(u"HeSteel"), fold(u"Hesteel"));
        QVERIFY(fold(u"Vučić") != fold(u"Vučević"));
    }

    void codePointOffsetsDifferAfterAnAstralCharacter()
    {
        const QString text = QStringLiteral("A 😀 Belgrade");
        const CodePointMap map(text);
        const qsizetype belgrade = text.indexOf(QStringLiteral("Belgrade"));
        QCOMPARE(belgrade, 5);
        QCOMPARE(map.toCodePoints(belgrade), 4);
        QCOMPARE(map.toCodePoints(2), 2);
        QCOMPARE(map.toUtf16(4), 5);
        QCOMPARE(map.toUtf16(map.toCodePoints(text.size())), text.size());
    }
};

CROSSREAD_TEST_MAIN(TestText, QCoreApplication)
#include "tst_text.moc"
