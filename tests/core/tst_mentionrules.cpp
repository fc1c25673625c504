// The rules over spans given to them directly, as if the tagger had found them: what the article as
// a whole says about a name, whatever a trained model happens to read in one sentence.

#include "core/ner/gazetteer.h"
#include "core/ner/mentionrules.h"
#include "core/ner/wordclusters.h"
#include "core/text/tokenizer.h"
#include "tests/testmain.h"

#include <QTest>

#include <algorithm>

using namespace crossread::core;
using namespace crossread::core::ner;

class TestMentionRules : public QObject
{
    Q_OBJECT

    Gazetteer m_gazetteer; // empty: only the article speaks
    WordClusters m_clusters;
    MentionRules m_rules { {}, {}, {} };

    // The rules' spans for `text`, given the tagger's: the occurrences of the phrase `tagged`
    // listed by number (0 = first), typed `type`. Returns the spans as "surface/type" in text order.
    QStringList apply(
        const QString& text, const QString& tagged, const QList<int>& occurrences, EntityType type)
    {
        return apply(text, { { tagged, occurrences, type } });
    }

    // The same for several phrases the tagger typed differently.
    struct Tagged
    {
        QString phrase;
        QList<int> occurrences;
        EntityType type;
    };
    QStringList apply(const QString& text, const QList<Tagged>& tagged)
    {
        const TokenizedText tokens = Tokenizer().tokenize(text);
        DocumentFacts facts;
        computeFacts(text, tokens, m_gazetteer, m_clusters, facts);
        auto wordAt = [&](std::int32_t t) {
            const Token& token = tokens.tokens[size_t(t)];
            return QStringView(text).mid(token.begin, token.length());
        };
        std::vector<TokenSpan> spans;
        const auto count = std::int32_t(tokens.tokens.size());
        for (const Tagged& phrase : tagged) {
            const QStringList words = phrase.phrase.split(u' ');
            int occurrence = 0;
            for (std::int32_t t = 0; t + std::int32_t(words.size()) <= count; ++t) {
                bool matches = true;
                for (qsizetype k = 0; k < words.size() && matches; ++k)
                    matches = wordAt(t + std::int32_t(k)) == words[k];
                if (matches && phrase.occurrences.contains(occurrence++))
                    spans.push_back({ t, t + std::int32_t(words.size()), phrase.type });
            }
        }
        std::sort(spans.begin(), spans.end(),
            [](const TokenSpan& a, const TokenSpan& b) { return a.firstToken < b.firstToken; });
        m_rules.apply(text, tokens, facts, spans);
        QStringList out;
        for (const TokenSpan& s : spans) {
            const qsizetype begin = tokens.tokens[size_t(s.firstToken)].begin;
            const qsizetype end = tokens.tokens[size_t(s.endToken - 1)].end;
            out << text.mid(begin, end - begin) + u'/' + entityTypeName(s.type);
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // A given name and a surname (the names the rules build from a known given name), head
        // words of names, an event listed as no name, and towns.
        QCOMPARE(m_gazetteer.addTsv(
                     u"Lando\tFIRST_NAME\nHarper\tSURNAME\nNails\tORG_KEYWORD\n"
                     u"Council\tORG_KEYWORD\nAirlines\tORG_KEYWORD\nRoad\tLOC_KEYWORD\nWorld Cup\tNONENTITY\n"
                     u"Tampa Bay\tCITY\nKansas City\tCITY\nEureka\tCITY\nUK\tCOUNTRY\n"
                     u"Carol\tFIRST_NAME\nBarry\tFIRST_NAME\nDelta\tCITY\n",
                     Tokenizer()),
            0);
        m_gazetteer.finalize();
        m_clusters.finalize();
    }

    void aListedEventIsNoOrganisation()
    {
        // Events are no mentions: a tagger that reads "World Cup" as an organisation is overruled.
        const QString text = QStringLiteral("After the World Cup, I took a long break.\n");
        QCOMPARE(apply(text, QStringLiteral("World Cup"), { 0 }, EntityType::Organization), QStringList());
    }

    void aPieceOfAListedEventIsNoName()
    {
        // "World" of "World Cup" read as a place would also be found at the event's other
        // occurrences; the name in front of the event stays.
        const QString text = QStringLiteral(
            "Sweden won at the World Cup on Monday. It was their first World Cup win since 1958.\n");
        QCOMPARE(apply(text, QStringLiteral("World"), { 0 }, EntityType::Location), QStringList());
        QCOMPARE(apply(text, QStringLiteral("Sweden"), { 0 }, EntityType::Location),
            QStringList({ QStringLiteral("Sweden/LOCATION") }));
    }

    void theStreetOfABranchIsNoPartOfTheShopsName()
    {
        const QString text
            = QStringLiteral("Our nails were done at Lovely Nails on Military Road last week.\n"
                             "She spoke at the Council on Foreign Relations in May.\n");
        QCOMPARE(apply(text, QStringLiteral("Military Road"), { 0 }, EntityType::Location),
            QStringList(
                { QStringLiteral("Lovely Nails/ORGANIZATION"), QStringLiteral("Military Road/LOCATION"),
                    QStringLiteral("Council on Foreign Relations/ORGANIZATION") }));
    }

    void theTownBeforeOnIsNoPartOfTheOrganisationAfterIt()
    {
        // The head word after "on" names the organisation; the town or person before it stays
        // itself. "Council on Foreign Relations" keeps its head before "on".
        const QString text = QStringLiteral("We flew to Atlanta on Southwest Airlines last week.\n"
                                            "She spoke at the Council on Foreign Relations in May.\n");
        QCOMPARE(apply(text, QStringLiteral("Atlanta"), { 0 }, EntityType::Location),
            QStringList(
                { QStringLiteral("Atlanta/LOCATION"), QStringLiteral("Southwest Airlines/ORGANIZATION"),
                    QStringLiteral("Council on Foreign Relations/ORGANIZATION") }));
    }

    void aTownAndAPluralNicknameNameATeam()
    {
        const QString baseball = QStringLiteral("Holt hit his first home run against the Tampa Bay Rays.\n");
        QCOMPARE(apply(baseball, QStringLiteral("Tampa Bay Rays"), { 0 }, EntityType::Location),
            QStringList({ QStringLiteral("Tampa Bay Rays/ORGANIZATION") }));
        // In a story of a result, also where only the town was found; the other side's nickname
        // alone is a team too.
        const QString football = QStringLiteral("The Kansas City Chiefs beat the Bills 31-17 on Sunday.\n");
        QCOMPARE(apply(football, QStringLiteral("Kansas City"), { 0 }, EntityType::Location),
            QStringList(
                { QStringLiteral("Kansas City Chiefs/ORGANIZATION"), QStringLiteral("Bills/ORGANIZATION") }));
        // A town named in the plural is a town; without a result the town stays alone.
        const QString towns
            = QStringLiteral("We drove to Eureka Springs, and then to Kansas City Chiefs country.\n");
        QCOMPARE(apply(towns, QStringLiteral("Eureka Springs"), { 0 }, EntityType::Location),
            QStringList({ QStringLiteral("Eureka Springs/LOCATION") }));
        QCOMPARE(apply(towns, QStringLiteral("Kansas City"), { 0 }, EntityType::Location),
            QStringList({ QStringLiteral("Kansas City/LOCATION") }));
    }

    void anAcronymBeforeItsStaffAndAPersonIsAnOrganisation()
    {
        const QString text
            = QStringLiteral("ISO spokesman Gregg Fishman said so. UK envoy Tom Harper came.\n");
        QCOMPARE(apply(text,
                     { { QStringLiteral("Gregg Fishman"), { 0 }, EntityType::Person },
                         { QStringLiteral("Tom Harper"), { 0 }, EntityType::Person } }),
            QStringList({ QStringLiteral("ISO/ORGANIZATION"), QStringLiteral("Gregg Fishman/PERSON"),
                QStringLiteral("UK/LOCATION"), QStringLiteral("Tom Harper/PERSON") }));
    }

    void aSaintsNameOpensASurnameAndAFortsTown()
    {
        // An e-mail signature: the tagger read the surname and the office code as a person.
        const QString signature = QStringLiteral("I would add setoff language . Carol St. Clair EB 3889\n");
        QCOMPARE(apply(signature, QStringLiteral("Clair EB"), { 0 }, EntityType::Person),
            QStringList({ QStringLiteral("Carol St. Clair/PERSON") }));
        // A street after a house number is no surname.
        const QString address = QStringLiteral("Mail it to 264 Carol St Clairview .\n");
        QCOMPARE(apply(address, QStringLiteral("Clairview"), { 0 }, EntityType::Location),
            QStringList({ QStringLiteral("Clairview/LOCATION") }));
        const QString fort = QStringLiteral("My dad is having surgery in Ft. Worth , so I will go .\n");
        QCOMPARE(apply(fort, QStringLiteral("Worth"), {}, EntityType::Location),
            QStringList({ QStringLiteral("Ft. Worth/LOCATION") }));
    }

    void aNicknameInQuotesJoinsASurnameTakenForATown()
    {
        const QString text = QStringLiteral("Barry \"Butch\" Wilmore launched in June.\n");
        QCOMPARE(apply(text,
                     { { QStringLiteral("Barry"), { 0 }, EntityType::Person },
                         { QStringLiteral("Wilmore"), { 0 }, EntityType::Location } }),
            QStringList({ QStringLiteral("Barry \"Butch\" Wilmore/PERSON") }));
    }

    void aNicknameInQuotesJoinsASurnameReadFromInsideTheQuotes()
    {
        const QString text = QStringLiteral("The killing of agent Enrique \"Kiki\" Camarena shocked them.\n");
        QCOMPARE(apply(text,
                     { { QStringLiteral("Enrique"), { 0 }, EntityType::Person },
                         { QStringLiteral("Kiki \" Camarena"), { 0 }, EntityType::Person } }),
            QStringList({ QStringLiteral("Enrique \"Kiki\" Camarena/PERSON") }));
    }

    void aCompanysFirstWordThatNamesATownActsAsTheCompany()
    {
        const QString text = QStringLiteral(
            "Delta Air Lines grounded flights. Delta, which cancelled 7,000 flights, will sue. We drove to "
            "Delta on Sunday.\n");
        QCOMPARE(apply(text,
                     { { QStringLiteral("Delta Air Lines"), { 0 }, EntityType::Organization },
                         { QStringLiteral("Delta"), { 1, 2 }, EntityType::Location } }),
            QStringList({ QStringLiteral("Delta Air Lines/ORGANIZATION"),
                QStringLiteral("Delta/ORGANIZATION"), QStringLiteral("Delta/LOCATION") }));
    }

    void anAcronymAPersonBelongsToIsAnOrganisation()
    {
        // A party, a broadcaster or a university no list knows, named with its member; the name
        // is then found all through the article.
        const QString party
            = QStringLiteral("DAB's Starry Lee kept her seat on Sunday.\nThe DAB won nine seats in all.\n");
        QCOMPARE(apply(party, QStringLiteral("Starry Lee"), { 0 }, EntityType::Person),
            QStringList({ QStringLiteral("DAB/ORGANIZATION"), QStringLiteral("Starry Lee/PERSON"),
                QStringLiteral("DAB/ORGANIZATION") }));
        const QString university
            = QStringLiteral("Priya Natarajan of MIT, who studies elections, said the polls were close.\n");
        QCOMPARE(apply(university, QStringLiteral("Priya Natarajan"), { 0 }, EntityType::Person),
            QStringList({ QStringLiteral("Priya Natarajan/PERSON"), QStringLiteral("MIT/ORGANIZATION") }));
        // ... also at the end of the text, as under a letter or a quotation.
        const QString signature = QStringLiteral("Thanks,\nPriya Natarajan of MIT\n");
        QCOMPARE(apply(signature, QStringLiteral("Priya Natarajan"), { 0 }, EntityType::Person),
            QStringList({ QStringLiteral("Priya Natarajan/PERSON"), QStringLiteral("MIT/ORGANIZATION") }));
        // A country's acronym stays a place.
        const QString country = QStringLiteral("The UK's Rishi Sunak sent a message.\n");
        QCOMPARE(apply(country, QStringLiteral("Rishi Sunak"), { 0 }, EntityType::Person),
            QStringList({ QStringLiteral("UK/LOCATION"), QStringLiteral("Rishi Sunak/PERSON") }));
    }

    void aNameFoundOnceIsFoundAtItsOtherOccurrences()
    {
        const QString text = QStringLiteral(
            "We signed the interconnect agreement with Questar on Monday. Questar will own the meter, and "
            "Questar has asked for a payment plan.\n");
        QCOMPARE(apply(text, QStringLiteral("Questar"), { 0 }, EntityType::Organization),
            QStringList({ QStringLiteral("Questar/ORGANIZATION"), QStringLiteral("Questar/ORGANIZATION"),
                QStringLiteral("Questar/ORGANIZATION") }));
    }

    void aNameFoundAtFewOfItsOccurrencesIsFoundAtAll()
    {
        // Consistency, not a vote against the name: a tagger that misses a rare name in most
        // sentences ("LibriVox" in an interview) is right where it finds it. (Treating such a word
        // as a term of the subject helped web forums but cost more on news and interviews.)
        const QString text = QStringLiteral(
            "The LibriVox website features a catalog of audiobooks. I launched LibriVox in 2005. Is there a "
            "LibriVox book that stands out? LibriVox was my first experience recording. Browse the "
            "LibriVox catalog for a full index.\n");
        QCOMPARE(apply(text, QStringLiteral("LibriVox"), { 1 }, EntityType::Organization).size(), 5);
    }

    void aWordDrawnOutByARepeatedLetterIsNoName()
    {
        const QString text = QStringLiteral("I was like Ummmm okay, and then Lumm said Hmmmmmm.\n");
        QCOMPARE(apply(text, QStringLiteral("Ummmm"), { 0 }, EntityType::Person), QStringList());
        QCOMPARE(apply(text, QStringLiteral("Hmmmmmm"), { 0 }, EntityType::Person), QStringList());
        QCOMPARE(apply(text, QStringLiteral("Lumm"), { 0 }, EntityType::Person),
            QStringList({ QStringLiteral("Lumm/PERSON") }));
    }

    void aGivenNameBeforeASurnameStartsAnotherPerson()
    {
        // "Lando Harper" is a name the article never had: no votes of its own (this once stopped
        // the analysis of the whole article).
        const QString text = QStringLiteral(
            "Lando Norris won the race. His cousin Lando Harper finished second, and Norris thanked the "
            "team.\n");
        QCOMPARE(apply(text, QStringLiteral("Lando Norris"), { 0 }, EntityType::Person),
            QStringList({ QStringLiteral("Lando Norris/PERSON"), QStringLiteral("Lando Harper/PERSON"),
                QStringLiteral("Norris/PERSON") }));
    }
};

int main(int argc, char** argv)
{
    TestMentionRules tests;
    return crossread::tests::runTests(tests, argc, argv);
}

#include "tst_mentionrules.moc"
