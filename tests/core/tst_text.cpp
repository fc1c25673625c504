// Tokenizer conventions and Unicode helpers (folding with offset maps, code point offsets), and the
// capitalised-run scanner against the regular expression it stands for.

#include "core/text/capitalisedruns.h"
#include "core/text/tokenizer.h"
#include "core/text/unicode.h"
#include "tests/testmain.h"

#include <QTest>

#include <boost/regex/icu.hpp>

#include <random>

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
        QTest::newRow("a capital letter closing a paragraph")
            << "said in posts on X.\nHe left"
            << QStringList { "said", "in", "posts", "on", "X", ".", "He", "left" };
        QTest::newRow("...or the text") << "posts on X." << QStringList { "posts", "on", "X", "." };
        QTest::newRow("...or a sentence before a title")
            << "to block X. President Lula said"
            << QStringList { "to", "block", "X", ".", "President", "Lula", "said" };
        QTest::newRow("an initial inside a line keeps its period")
            << "George W. Bush" << QStringList { "George", "W.", "Bush" };
        QTest::newRow("numbers") << "1,000.5 tonnes" << QStringList { "1,000.5", "tonnes" };
        QTest::newRow("apostrophe name") << "O'Brien won't" << QStringList { "O'Brien", "wo", "n't" };
        QTest::newRow("acronym") << "Treaty Organization (NATO)"
                                 << QStringList { "Treaty", "Organization", "(", "NATO", ")" };
        QTest::newRow("diacritics") << "Miloš Vučević" << QStringList { "Miloš", "Vučević" };
        QTest::newRow("an e-mail address is one token") << "\"Leopold, Jason\" <Jason.Leopold@dowjones.com>."
                                                        << QStringList { "\"", "Leopold", ",", "Jason", "\"",
                                                               "<", "Jason.Leopold@dowjones.com", ">", "." };
        QTest::newRow("an address masked by a news group")
            << "Email: sfig...@houston.rr.com wrote"
            << QStringList { "Email", ":", "sfig...@houston.rr.com", "wrote" };
        QTest::newRow("an at sign is no address")
            << "Meet me @ 5. Or at Jones@ work."
            << QStringList { "Meet", "me", "@", "5", ".", "Or", "at", "Jones", "@", "work", "." };
        QTest::newRow("a mail system's user name keeps its underscore")
            << "Wayne Perry@ENRON_DEVELOPMENT\n25/01/2001 and my_file.doc, not _this_"
            << QStringList { "Wayne", "Perry@ENRON_DEVELOPMENT", "25", "/", "01", "/", "2001", "and",
                   "my_file", ".", "doc", ",", "not", "_", "this", "_" };
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

    // A legal form's, a suffix's or an initialism's period also ends the sentence when a word that
    // opens sentences follows; a title's never does, and a name after any of them stays in the
    // sentence.
    void sentencesEndingWithAnAbbreviation_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("firstWords");
        QTest::newRow("legal form") << "It is a unit of Lundin Mining Corp. The agency said so."
                                    << QStringList { "It", "The" };
        QTest::newRow("initialism") << "Sales rose in the U.S. It said so." << QStringList { "Sales", "It" };
        QTest::newRow("time") << "The fire began at 10 p.m. Shares fell." << QStringList { "The", "Shares" };
        QTest::newRow("suffix") << "He met Ferdinand Marcos Jr. Their talks ended."
                                << QStringList { "He", "Their" };
        QTest::newRow("a name after a legal form")
            << "Apple Inc. Chief Tim Cook spoke." << QStringList { "Apple" };
        QTest::newRow("a name after an initialism") << "The U.S. Army said so." << QStringList { "The" };
        QTest::newRow("a title") << "He met Gen. The Honourable Smith." << QStringList { "He" };
    }
    void sentencesEndingWithAnAbbreviation()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, firstWords);
        const TokenizedText t = Tokenizer().tokenize(text);
        QStringList got;
        for (const Sentence& s : t.sentences)
            got << text.mid(t.tokens[size_t(s.firstToken)].begin, t.tokens[size_t(s.firstToken)].length());
        QCOMPARE(got, firstWords);
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

    void capitalisedRuns_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("run");
        QTest::newRow("a name with 'of the'") << "Bank of the Philippine Islands said"
                                              << "Bank of the Philippine Islands";
        QTest::newRow("'of the' before a lower-case word ends the run") << "Bank of the year"
                                                                        << "Bank";
        QTest::newRow("initials with their periods") << "U.S. Steel fell"
                                                     << "U.S. Steel";
        QTest::newRow("an ampersand inside and between words") << "AT&T and Procter & Gamble"
                                                               << "AT&T and Procter & Gamble";
        QTest::newRow("an ordinal") << "21st Century Fox"
                                    << "21st Century Fox";
        QTest::newRow("a number is no run") << "2024 Olympics"
                                            << "";
        QTest::newRow("accents and hyphens") << "Société Générale de Banques au Cameroun"
                                             << "Société Générale de Banques";
        QTest::newRow("an abbreviation's period") << "Sony Corp. and Nintendo Co. Ltd"
                                                  << "Sony Corp. and Nintendo Co. Ltd";
        QTest::newRow("a line break ends the run") << "Foreign Ministry\nSpokesman"
                                                   << "Foreign Ministry";
        QTest::newRow("every connector")
            << "Banque de France and Bank for International Settlements, Institut für "
               "Weltwirtschaft"
            << "Banque de France and Bank for International Settlements";
        QTest::newRow("connectors of other languages")
            << "Café du Monde des Arts di Roma del Sol la Casa le Roi on Ice"
            << "Café du Monde des Arts di Roma del Sol la Casa le Roi on Ice";
        QTest::newRow("a plural's possessive apostrophe") << "Workers' Party of Korea"
                                                          << "Workers' Party of Korea";
        QTest::newRow("an apostrophe after s before a space stays with the word") << "Tass' said"
                                                                                  << "Tass'";
        QTest::newRow("an apostrophe before a letter ends the word") << "Jones'Bar"
                                                                     << "Jones";
        QTest::newRow("a letter outside the BMP")
            << QString::fromUtf16(u"\U0001D400lpha Group") << QString::fromUtf16(u"\U0001D400lpha Group");
    }
    void capitalisedRuns()
    {
        QFETCH(QString, text);
        QFETCH(QString, run);
        const qsizetype end = CapitalisedRunScanner(text).runEnd(0);
        QCOMPARE(end < 0 ? QString() : text.left(end), run);
    }
    // The scanner replaced this Boost.Regex (run at word starts, as the rules use it); on random
    // strings of tricky pieces both must end every run at the same place.
    void capitalisedRunsAgreeWithTheRegex()
    {
        const QString runWord = QStringLiteral(
            "(?:(?:\\p{Lu}\\.){2,}|\\p{Lu}[[:L*:][:M*:]\\d&\\-]*(?:\\.|(?<=[sS])['\\x{2019}](?![^ "
            "\\t]))?|\\d+(?:st|nd|rd|th))");
        const QString pattern = runWord
            + QStringLiteral(
                "(?:[ \\t]+(?:(?:(?:of|for|on|de|du|des|di|del|la|le|für)(?:[ \\t]+the)?|and|&)[ \\t]+)?")
            + runWord + QStringLiteral(")*");
        const auto* patternBegin = reinterpret_cast<const UChar*>(pattern.utf16());
        const boost::u32regex re
            = boost::make_u32regex(patternBegin, patternBegin + pattern.size(), boost::regex::perl);
        const char16_t* pieces[] = { u"U.", u"S.", u"A", u"Bank", u"of", u"the", u"theatre", u"for", u"on",
            u"de", u"des", u"del", u"du", u"di", u"la", u"le", u"für", u"and", u"&", u"AT&T", u"21st", u"3rd",
            u"12", u"Co.", u"Ocasio-Cortez", u"é", u"Élysée", u"\u0301", u"x", u"\U0001D400", u"\U0001F600",
            u" ", u"  ", u"\t", u"\n", u",", u".", u"'", u"-", u"\u01C5", u"\u03A3", u"\u0663", u"\u216B",
            u"Workers", u"\u2019", u"s", u"Veterans'" };
        std::mt19937 random(7);
        int compared = 0;
        // Words joined mostly by spaces, so that connectors between capitals come up often.
        const char16_t* separators[] = { u" ", u" ", u" ", u" ", u" ", u" ", u"", u"", u"\t", u"  ", u"\n" };
        for (int i = 0; i < 20000; ++i) {
            QString text;
            for (int n = 1 + int(random() % 10); n > 0; --n)
                text += QString::fromUtf16(pieces[random() % std::size(pieces)])
                    + QString::fromUtf16(separators[random() % std::size(separators)]);
            const auto* begin = reinterpret_cast<const UChar*>(text.utf16());
            const auto* end = begin + text.size();
            using Iterator = boost::u16_to_u32_iterator<const UChar*, UChar32>;
            const CapitalisedRunScanner scanner(text);
            for (qsizetype at = 0; at < text.size(); ++at) {
                if (text[at].isLowSurrogate())
                    continue;
                boost::match_results<Iterator> match;
                const bool found = boost::regex_search(Iterator(begin + at, begin, end),
                    Iterator(end, begin, end), match, re, boost::match_continuous);
                const qsizetype expected = found ? match[0].second.base() - begin : -1;
                if (scanner.runEnd(at) != expected)
                    QFAIL(qPrintable(QStringLiteral("at %1 of \"%2\": regex %3, scanner %4")
                                         .arg(at)
                                         .arg(text)
                                         .arg(expected)
                                         .arg(scanner.runEnd(at))));
                ++compared;
            }
        }
        QVERIFY(compared > 100000);
    }
};

CROSSREAD_TEST_MAIN(TestText, QCoreApplication)
#include "tst_text.moc"
