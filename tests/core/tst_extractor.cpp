// Extraction on articles we wrote (resources/samples): what a reader must see highlighted,
// and what must not be highlighted.

#include "core/extractor.h"
#include "core/io/articlereader.h"
#include "tests/testmain.h"

#include <QRegularExpression>
#include <QTest>

using namespace crossread::core;

namespace {
QString typeAt(
    const QList<Mention>& mentions, const QString& text, const QString& surface, int occurrence = 0)
{
    qsizetype from = 0;
    qsizetype at = -1;
    for (int i = 0; i <= occurrence; ++i) {
        at = text.indexOf(surface, from);
        if (at < 0)
            return QStringLiteral("<not in text>");
        from = at + 1;
    }
    for (const Mention& m : mentions)
        if (m.span.begin == at && m.span.end == at + surface.size())
            return entityTypeName(m.type);
    return QStringLiteral("none");
}
} // namespace

class TestExtractor : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Extractor> m_extractor;

    // Tests whose rows each carry their own short article (the sports and list rules read the
    // whole story): the article, a surface form, which occurrence of it, and the type expected.
    static void addArticleColumns()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("surface");
        QTest::addColumn<int>("occurrence");
        QTest::addColumn<QString>("type");
    }
    void compareTypeInArticle()
    {
        QFETCH(QString, text);
        QFETCH(QString, surface);
        QFETCH(int, occurrence);
        QFETCH(QString, type);
        QCOMPARE(typeAt(m_extractor->extract(text), text, surface, occurrence), type);
    }

    QString sample(const char* name)
    {
        const auto r = readArticle(QStringLiteral(CROSSREAD_SOURCE_DIR "/resources/samples/harbour-story/")
            + QLatin1StringView(name));
        return std::get<Article>(r).text;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        m_extractor = Extractor::loadBuiltIn(&error);
        QVERIFY2(m_extractor, qPrintable(error));
        QVERIFY(m_extractor->featureCount() > 1000);
        QVERIFY(m_extractor->gazetteerSize() > 100000);
        QVERIFY(m_extractor->wordClassCount() > 50000);
    }

    void damagedModelIsRefusedWithAReason()
    {
        QString error;
        QVERIFY(!Extractor::loadModelFile(QStringLiteral(CROSSREAD_SOURCE_DIR "/CMakeLists.txt"), &error));
        QVERIFY(error.contains(QStringLiteral("not a Crossread tagger model")));
    }

    void sampleMentions_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("surface");
        QTest::addColumn<int>("occurrence");
        QTest::addColumn<QString>("type");
        const QString a = QStringLiteral("01-port-deal.txt"), b = QStringLiteral("02-port-reaction.md"),
                      c = QStringLiteral("03-port-analysis.html");
        QTest::newRow("title stripped") << a << "Ana Ribeiro" << 0 << "PERSON";
        QTest::newRow("title not in name") << a << "Prime Minister Ana Ribeiro" << 0 << "none";
        QTest::newRow("lone surname") << a << "Ribeiro" << 1 << "PERSON";
        QTest::newRow("possessive cut") << a << "Ribeiro" << 2 << "PERSON";
        QTest::newRow("city") << a << "Lisbon" << 0 << "LOCATION";
        QTest::newRow("country") << a << "Portugal" << 0 << "LOCATION";
        QTest::newRow("org head word") << a << "Meridian Shipping Group" << 0 << "ORGANIZATION";
        QTest::newRow("international body") << a << "European Commission" << 0 << "ORGANIZATION";
        QTest::newRow("after title") << a << "Tomas Lindqvist" << 0 << "PERSON";
        QTest::newRow("news agency") << a << "Reuters" << 0 << "ORGANIZATION";
        QTest::newRow("acronym defined") << a << "PS" << 0 << "ORGANIZATION";
        QTest::newRow("party") << a << "Socialist Party" << 0 << "ORGANIZATION";
        QTest::newRow("hyphen compound") << b << "EU" << 0 << "ORGANIZATION";
        QTest::newRow("initialism") << b << "U.S." << 0 << "LOCATION";
        QTest::newRow("demonym") << b << "Portuguese" << 0 << "none";
        QTest::newRow("html entity text") << c << "Europe" << 1 << "LOCATION";
        QTest::newRow("institute") << c << "Atlantic Trade Institute" << 0 << "ORGANIZATION";
        QTest::newRow("person in quote context") << c << "Maria Costa" << 0 << "PERSON";
        QTest::newRow("country phrase") << c << "United States" << 0 << "LOCATION";
        QTest::newRow("month is no name") << c << "May" << 0 << "none";
    }
    void sampleMentions()
    {
        QFETCH(QString, file);
        QFETCH(QString, surface);
        QFETCH(int, occurrence);
        QFETCH(QString, type);
        const QString text = sample(file.toUtf8().constData());
        QCOMPARE(typeAt(m_extractor->extract(text), text, surface, occurrence), type);
    }

    void mentionsAreSortedDisjointAndMatchTheText()
    {
        const QString text = sample("01-port-deal.txt");
        const QList<Mention> mentions = m_extractor->extract(text);
        QVERIFY(mentions.size() > 10);
        for (qsizetype i = 0; i < mentions.size(); ++i) {
            QCOMPARE(mentions[i].text, text.mid(mentions[i].span.begin, mentions[i].span.length()));
            if (i > 0)
                QVERIFY(mentions[i - 1].span.end <= mentions[i].span.begin);
        }
    }

    void namesNeverStartOrEndWithADashCommaOrQuote()
    {
        // Signature blocks and lists of web mail: "Name - remark", ", Inc." after a line break.
        const QString text = QStringLiteral(
            "Best regards ,\nDebra Lindqvist\nJackie Taylor - she is at Court House Concessionaire today .\n"
            "Omar Haddad -- the new director -- met Lena Novak , \"Maria Costa\" and Harbor Freight , Inc. "
            "in Lisbon .\n");
        const QList<Mention> mentions = m_extractor->extract(text);
        QVERIFY(mentions.size() >= 4);
        for (const Mention& m : mentions) {
            for (const QChar edge : { m.text.front(), m.text.back() })
                QVERIFY2(
                    !QStringView(u"-,;:\"'/\u2013\u2014\u201C\u201D").contains(edge), qPrintable(m.text));
        }
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Jackie Taylor"), 0), QStringLiteral("PERSON"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Omar Haddad"), 0), QStringLiteral("PERSON"));
    }

    void personNamesAcrossHyphensParticlesAndPlaceNames_data()
    {
        QTest::addColumn<QString>("surface");
        QTest::addColumn<int>("occurrence");
        QTest::addColumn<QString>("type");
        QTest::newRow("country as surname after title") << "Jim Jordan" << 0 << "PERSON";
        QTest::newRow("hyphenated surname after title") << "Lucia Moreno-Vidal" << 0 << "PERSON";
        QTest::newRow("hyphenated surname") << "Daniel Okafor-Briggs" << 0 << "PERSON";
        QTest::newRow("two people joined by a hyphen") << "Pereira" << 1 << "PERSON";
        QTest::newRow("two people joined by a hyphen, second") << "Castro" << 1 << "PERSON";
        QTest::newRow("two countries joined by a hyphen") << "US" << 0 << "LOCATION";
        QTest::newRow("two countries joined by a hyphen, second") << "China" << 0 << "LOCATION";
        QTest::newRow("en dash keeps places apart") << "Belgrade" << 0 << "LOCATION";
        QTest::newRow("particle ten") << "Erik ten Hag" << 0 << "PERSON";
        QTest::newRow("particle before a city name") << "Maria dos Santos" << 0 << "PERSON";
        QTest::newRow("hyphenated particle") << "Abdel Fattah el-Sisi" << 0 << "PERSON";
    }
    void personNamesAcrossHyphensParticlesAndPlaceNames()
    {
        QFETCH(QString, surface);
        QFETCH(int, occurrence);
        QFETCH(QString, type);
        const QString text = QStringLiteral(
            "Rep. Jim Jordan of Ohio said the bill would pass. Senator Lucia Moreno-Vidal disagreed, and her "
            "aide Daniel Okafor-Briggs declined to comment.\nGovernor Ana Pereira and Mayor Luis Castro met "
            "on "
            "Monday; the Pereira-Castro plan was published later. US-China talks resumed in the "
            "Budapest\u2013Belgrade corridor.\nThe coach, Erik ten Hag, praised Maria dos Santos.\nEgypt's "
            "President Abdel Fattah el-Sisi did not attend.\n");
        QCOMPARE(typeAt(m_extractor->extract(text), text, surface, occurrence), type);
    }

    void datelinesAndRomanisedGivenNames_data()
    {
        QTest::addColumn<QString>("surface");
        QTest::addColumn<QString>("type");
        QTest::newRow("dateline place") << "SEOUL"
                                        << "LOCATION";
        QTest::newRow("dateline country") << "South Korea"
                                          << "LOCATION";
        QTest::newRow("dateline agency") << "AP"
                                         << "ORGANIZATION";
        QTest::newRow("dateline place that is also a first name") << "PARIS"
                                                                  << "LOCATION";
        QTest::newRow("second agency") << "AFP"
                                       << "ORGANIZATION";
        QTest::newRow("capitals that are no dateline") << "BREAKING NEWS"
                                                       << "none";
        QTest::newRow("Korean given name") << "Lee Jae-myung"
                                           << "PERSON";
        QTest::newRow("Chinese given name") << "Lai Ching-te"
                                            << "PERSON";
        QTest::newRow("given name with English-looking syllable") << "Kim Jong-un"
                                                                  << "PERSON";
        QTest::newRow("name before an English compound") << "Joe Biden"
                                                         << "PERSON";
        QTest::newRow("name before a participle") << "Trump"
                                                  << "PERSON";
    }
    void datelinesAndRomanisedGivenNames()
    {
        QFETCH(QString, surface);
        QFETCH(QString, type);
        const QString text = QStringLiteral(
            "SEOUL, South Korea (AP) \u2014 President Lee Jae-myung met Taiwan's Lai Ching-te on Monday.\n"
            "PARIS (AFP) - Kim Jong-un was not invited. A Joe Biden-era rule and the Trump-backed plan were "
            "discussed.\nBREAKING NEWS - Markets fell.\n");
        QCOMPARE(typeAt(m_extractor->extract(text), text, surface), type);
    }

    void officesNamedAfterTheirOfficial()
    {
        const QString text
            = QStringLiteral("A man was arrested, the Harlan County Sheriff's Office said.\nThe Bronx "
                             "District Attorney\u2019s "
                             "Office declined to comment, and the governor's office said nothing.\n");
        const QList<Mention> mentions = m_extractor->extract(text);
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Harlan County Sheriff's Office")),
            QStringLiteral("ORGANIZATION"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Bronx District Attorney\u2019s Office")),
            QStringLiteral("ORGANIZATION"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("office")), QStringLiteral("none"));
    }

    void stormsAreNoPeople()
    {
        const QString text = QStringLiteral(
            "Hurricane Odette made landfall near Fort Myers on Wednesday. The National Hurricane Center in "
            "Miami said Odette was a Category 4 storm, and Typhoon Mawar hit Guam.\n");
        const QList<Mention> mentions = m_extractor->extract(text);
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Odette"), 0), QStringLiteral("none"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Odette"), 1), QStringLiteral("none"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Mawar")), QStringLiteral("none"));
        // The storm word inside an institution's name takes nothing away from it.
        QVERIFY(
            typeAt(mentions, text, QStringLiteral("National Hurricane Center")) != QStringLiteral("none"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Miami")), QStringLiteral("LOCATION"));
    }

    void aKnownNameWinsOverTheShorterNameInsideIt()
    {
        // "Republic of the Congo" is another country: the longer name must not lose its first word.
        const QString text
            = QStringLiteral("Officials in the Democratic Republic of the Congo said the Democratic "
                             "Republic of Congo would vote.\n");
        const QList<Mention> mentions = m_extractor->extract(text);
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Democratic Republic of the Congo")),
            QStringLiteral("LOCATION"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Democratic Republic of Congo")),
            QStringLiteral("LOCATION"));
        // A lone word taken for a person inside a place name; a place name opening a newspaper's.
        const QString more = QStringLiteral(
            "The mayor of St. Petersburg, Fla., spoke to the Los Angeles Times on Monday.\n");
        const QList<Mention> found = m_extractor->extract(more);
        QCOMPARE(typeAt(found, more, QStringLiteral("St. Petersburg")), QStringLiteral("LOCATION"));
        QCOMPARE(typeAt(found, more, QStringLiteral("Los Angeles Times")), QStringLiteral("ORGANIZATION"));
    }

    void sportsClubsNamedAfterTheirTown_data()
    {
        QTest::addColumn<QString>("surface");
        QTest::addColumn<QString>("type");
        QTest::newRow("town and club word") << "Leeds United"
                                            << "ORGANIZATION";
        QTest::newRow("club word and town") << "Real Madrid"
                                            << "ORGANIZATION";
        QTest::newRow("club word and region") << "Dynamo Kyiv"
                                              << "ORGANIZATION";
        QTest::newRow("the town itself") << "Madrid"
                                         << "LOCATION";
        QTest::newRow("a city named City") << "Mexico City"
                                           << "LOCATION";
        QTest::newRow("a country named United") << "United Arab Emirates"
                                                << "LOCATION";
    }
    void sportsClubsNamedAfterTheirTown()
    {
        QFETCH(QString, surface);
        QFETCH(QString, type);
        const QString text
            = QStringLiteral("Leeds United beat Real Madrid, and Dynamo Kyiv drew in Mexico City. "
                             "Fans flew home to Madrid and the United Arab Emirates.\n");
        const QList<Mention> mentions = m_extractor->extract(text);
        const qsizetype at = surface == u"Madrid" ? text.lastIndexOf(surface) : text.indexOf(surface);
        QString got = QStringLiteral("none");
        for (const Mention& m : mentions)
            if (m.span.begin == at && m.span.end == at + surface.size())
                got = entityTypeName(m.type);
        QCOMPARE(got, type);
    }

    void acronymsOfThingsAreNoOrganisations()
    {
        const QString text = QStringLiteral(
            "The most widely used bulb is the Compact Fluorescent Light (CFL). However, the main problem "
            "of CFL is the mercury. Errors are introduced into a System Under Test (SUT). The Harbour "
            "Workers Alliance (HWA) disagreed.\n");
        const QList<Mention> mentions = m_extractor->extract(text);
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Compact Fluorescent Light")), QStringLiteral("none"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("CFL")), QStringLiteral("none"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("SUT")), QStringLiteral("none"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Harbour Workers Alliance")),
            QStringLiteral("ORGANIZATION"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("HWA")), QStringLiteral("ORGANIZATION"));
    }

    void acronymsOfNamesTheArticleSpellsOut()
    {
        const QString text = QStringLiteral(
            "The ruling Harbour Workers Alliance lost its majority in the Department of Coastal Affairs. "
            "The HWA said it would talk to the DCA, but the XYZ refused.\n");
        const QList<Mention> mentions = m_extractor->extract(text);
        QCOMPARE(typeAt(mentions, text, QStringLiteral("HWA")), QStringLiteral("ORGANIZATION"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("DCA")), QStringLiteral("ORGANIZATION"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("XYZ")), QStringLiteral("none"));
    }

    void peopleKnownByTheirInitials_data()
    {
        addArticleColumns();
        const QString saudi = QStringLiteral(
            "Saudi Crown Prince Mohammed bin Salman (MBS) met the envoy on Monday. MBS later called the "
            "talks useful.\n");
        QTest::newRow("initials defined after a name with a particle") << saudi << "MBS" << 0 << "PERSON";
        QTest::newRow("...and used again") << saudi << "MBS" << 1 << "PERSON";
        const QString plot = QStringLiteral(
            "The plot was hatched by Khalid Shaikh Mohammed (\"KSM\"), officials said. KSM was captured "
            "in 2003.\n");
        QTest::newRow("quoted initials in brackets") << plot << "KSM" << 0 << "PERSON";
        QTest::newRow("...and used again") << plot << "KSM" << 1 << "PERSON";
        const QString congress = QStringLiteral(
            "Representative Alexandria Ocasio-Cortez criticised the bill on Tuesday. AOC said it would "
            "fail. Health Secretary Robert F. Kennedy Jr. did not comment, and RFK Jr. left early.\n");
        QTest::newRow("initials of a name the article spells out, hyphen and all")
            << congress << "AOC" << 0 << "PERSON";
        QTest::newRow("initials keep the name's suffix") << congress << "RFK Jr." << 0 << "PERSON";
        const QString race = QStringLiteral(
            "Sprinter Noah Lyles (USA) won the final ahead of Kishane Thompson (JAM) on Sunday.\n");
        QTest::newRow("capitals after a person that do not spell the name are not that person")
            << race << "JAM" << 0 << "none";
    }
    void peopleKnownByTheirInitials() { compareTypeInArticle(); }

    void namesThatSignAnEmail_data()
    {
        addArticleColumns();
        const QString mail = QStringLiteral(
            "The gas volumes for November are in the attached sheet.\nRegards ,\nQuenvira\n\n"
            "I will be out of the office Monday.\nThanks .\nDLT\n\nHere it is.\nThanks again\nWXB\n\n"
            "The numbers are attached.\nThanks,\nThe Team\n\nHere is the schedule.\nThank you\nFYI\n");
        QTest::newRow("a name no dictionary lists after 'Regards ,'") << mail << "Quenvira" << 0 << "PERSON";
        QTest::newRow("initials after 'Thanks .'") << mail << "DLT" << 0 << "PERSON";
        QTest::newRow("initials after 'Thanks again'") << mail << "WXB" << 0 << "PERSON";
        QTest::newRow("words after a closing formula are no one") << mail << "Team" << 0 << "none";
        QTest::newRow("nor is an abbreviation") << mail << "FYI" << 0 << "none";
    }
    void namesThatSignAnEmail() { compareTypeInArticle(); }

    void nicknamesParticiplesVenuesAndKnownPeople_data()
    {
        addArticleColumns();
        const QString cartel = QStringLiteral("Rival factions of the cartel have fought since the arrest in "
                                              "July of Ismael \"El Mayo\" Zambada in "
                                              "El Paso, Texas.\n");
        QTest::newRow("a nickname in quotes where the tagger stopped inside them")
            << cartel << "Ismael \"El Mayo\" Zambada" << 0 << "PERSON";
        const QString obituary = QStringLiteral(
            "Born Frederick Russell Jones in Pittsburgh, Jamal converted to Islam in the early 1950s. The "
            "National Endowment for the Arts named him a Jazz Master in 1994.\n");
        QTest::newRow("a participle opening the sentence is no given name")
            << obituary << "Frederick Russell Jones" << 0 << "PERSON";
        QTest::newRow("an endowment is an organisation")
            << obituary << "National Endowment for the Arts" << 0 << "ORGANIZATION";
        const QString venues = QStringLiteral(
            "The ceremony will be held at the Crypto.com Arena in Los Angeles. The Military Emergencies Unit "
            "(UME) sent troops to the Estadio Azteca and the Wembley Stadium car park.\n");
        QTest::newRow("an arena is a place") << venues << "Crypto.com Arena" << 0 << "LOCATION";
        QTest::newRow("a stadium is a place") << venues << "Wembley Stadium" << 0 << "LOCATION";
        QTest::newRow("a unit is an organisation")
            << venues << "Military Emergencies Unit" << 0 << "ORGANIZATION";
        QTest::newRow("...and so is its acronym") << venues << "UME" << 0 << "ORGANIZATION";
        const QString history = QStringLiteral(
            "He brokered the accords between Egypt's Anwar Sadat and Israel's Menachem Begin in 1978. Twelve "
            "soldiers died when a Black Hawk helicopter crashed.\n");
        QTest::newRow("a person the lists know, where the tagger saw nothing")
            << history << "Menachem Begin" << 0 << "PERSON";
        QTest::newRow("a thing named after a person is no person") << history << "Black Hawk" << 0 << "none";
    }
    void nicknamesParticiplesVenuesAndKnownPeople() { compareTypeInArticle(); }

    void sitesAndServicesNamedByAWord_data()
    {
        addArticleColumns();
        const QString tech = QStringLiteral(
            "The board named a co-founder of the streaming site Flicker as interim chief executive. Fans "
            "moved "
            "to the video service Vyndor, and the news website Beacon reported the deal.\n");
        QTest::newRow("a dictionary word after 'site'") << tech << "Flicker" << 0 << "ORGANIZATION";
        QTest::newRow("...after 'website'") << tech << "Beacon" << 0 << "ORGANIZATION";
        QTest::newRow("a name no dictionary lists after 'service'")
            << tech << "Vyndor" << 0 << "ORGANIZATION";
    }
    void sitesAndServicesNamedByAWord() { compareTypeInArticle(); }

    void investmentManagersRainforestsAndCommissioners_data()
    {
        addArticleColumns();
        const QString deal = QStringLiteral(
            "The drug maker has been under pressure from activist investor Elliott Investment Management.\n");
        QTest::newRow("an investment manager named after its founder")
            << deal << "Elliott Investment Management" << 0 << "ORGANIZATION";
        const QString summit = QStringLiteral(
            "Negotiators at the United Nations climate summit in Baku agreed on Sunday that rich countries "
            "would pay more.\n\nAzerbaijan's ecology minister Mukhtar Babayev presided over the talks.\n\n"
            "Next year's summit will be held in Belem, in Brazil's Amazon region. Wopke Hoekstra, the "
            "European "
            "Union's climate commissioner, said the EU would continue to lead.\n");
        QTest::newRow("a known company's name before 'region' is the place")
            << summit << "Amazon" << 0 << "LOCATION";
        const QString shares
            = QStringLiteral("Amazon shares rose 2% after the company raised its forecast.\n");
        QTest::newRow("a known company that is also a place and a word, before 'shares'")
            << shares << "Amazon" << 0 << "ORGANIZATION";
        const QString health = QStringLiteral(
            "Colorado Agriculture Commissioner Kate Greenberg said the state had ordered testing of all milk "
            "from dairies in Weld County.\n");
        QTest::newRow("a state before its commissioner's portfolio is the place")
            << health << "Colorado" << 0 << "LOCATION";
    }
    void investmentManagersRainforestsAndCommissioners() { compareTypeInArticle(); }

    void coAuthorsResortsAndRecordLabels_data()
    {
        addArticleColumns();
        const QString study = QStringLiteral("Co-author Jianhua Long said the results were robust.\n");
        QTest::newRow("'Co-author' is a title before a person") << study << "Jianhua Long" << 0 << "PERSON";
        const QString storm = QStringLiteral(
            "Disney World and Universal Orlando said their parks would close, and families left Disneyland "
            "early.\n");
        QTest::newRow("a known company's resort is a place, whole")
            << storm << "Disney World" << 0 << "LOCATION";
        const QString label = QStringLiteral("He later became a vice president at Mercury Records, one of "
                                             "the first Black executives at a major "
                                             "label.\n");
        QTest::newRow("a record label") << label << "Mercury Records" << 0 << "ORGANIZATION";
    }
    void coAuthorsResortsAndRecordLabels() { compareTypeInArticle(); }

    void officesOfPlacesCommonAcronymsProductsAndFormerNames_data()
    {
        addArticleColumns();
        const QString mayor = QStringLiteral(
            "Naga City Mayor Nelson Legacion said rescuers could not reach some neighbourhoods.\n");
        QTest::newRow("a place read on over a title into its holder ends before the title")
            << mayor << "Naga City" << 0 << "LOCATION";
        QTest::newRow("... and the holder is a person") << mayor << "Nelson Legacion" << 0 << "PERSON";
        QTest::newRow("a saint's name inside a place stays whole") << QStringLiteral(
            "I do not live in Lake St. Louis anymore, but deliveries were always correct.\n")
                                                                   << "Lake St. Louis" << 0 << "LOCATION";
        const QString apple = QStringLiteral("Apple opens AI features to developers as Siri gets an "
                                             "upgrade\n\nCUPERTINO, Calif. (AP) — Apple on "
                                             "Monday gave outside developers access to the language models "
                                             "behind Apple Intelligence, and said a "
                                             "revamped Siri would arrive next spring.\n");
        QTest::newRow("a common acronym is no name, whatever name it spells") << apple << "AI" << 0 << "none";
        const QString chip = QStringLiteral(
            "Deliveries of Gaudi, the company's newest artificial intelligence chip, will start in March. "
            "Nvidia, the chip maker, declined to comment. Airbus, the maker of the A320 jet, said orders "
            "were "
            "strong.\n");
        QTest::newRow("a product described after a comma is no mention") << chip << "Gaudi" << 0 << "none";
        QTest::newRow("... but the maker of a product is a company")
            << chip << "Nvidia" << 0 << "ORGANIZATION";
        QTest::newRow("... as is the maker of a product named after it")
            << chip << "Airbus" << 0 << "ORGANIZATION";
        QTest::newRow("a legal form closes a company's name, whatever the tagger read") << QStringLiteral(
            "Kellanova was spun off in 2023, when the cereal business became WK Kellogg Co. "
            "Mars, which is privately held, makes Snickers.\n") << "WK Kellogg Co." << 0 << "ORGANIZATION";
        QTest::newRow("a new name before its old one is the same kind of thing")
            << QStringLiteral("X, formerly known as Twitter, said it would pay the fine.\n") << "X" << 0
            << "ORGANIZATION";
    }
    void officesOfPlacesCommonAcronymsProductsAndFormerNames() { compareTypeInArticle(); }

    void stageNamesQuotedWorksResidentsAndClubsShortNames_data()
    {
        addArticleColumns();
        const QString music = QStringLiteral("Charli XCX led the nominations. When Count Basie arrived here "
                                             "in 1927, the clubs stayed open until "
                                             "dawn.\n");
        QTest::newRow("a stage name with a word in capitals") << music << "Charli XCX" << 0 << "PERSON";
        QTest::newRow("a known name after a capitalised function word")
            << music << "Count Basie" << 0 << "PERSON";
        const QString works = QStringLiteral(
            "She won album of the year for \"Jolene Parker,\" her third record. He sang on the single \"Tom "
            "Collins\" in 1999. In 1594 he published a book under the assumed name of \"Raphael "
            "Peregrino.\"\n");
        QTest::newRow("a quoted title after a kind of work is the work's")
            << works << "Jolene Parker" << 0 << "none";
        QTest::newRow("... a single's too") << works << "Tom Collins" << 0 << "none";
        QTest::newRow("... but a quoted name is a person's") << works << "Raphael Peregrino" << 0 << "PERSON";
        const QString residents = QStringLiteral("Officials in Suzu said rescuers could not reach some "
                                                 "villages. \"It was like a blowtorch,\" said Ojai "
                                                 "resident Tom Brandt. Officials in Biden's administration "
                                                 "said President Joe Biden would sign.\n");
        QTest::newRow("officials in a town") << residents << "Suzu" << 0 << "LOCATION";
        QTest::newRow("a town's resident") << residents << "Ojai" << 0 << "LOCATION";
        QTest::newRow("... not officials in a person's administration")
            << residents << "Biden" << 0 << "PERSON";
        const QString club = QStringLiteral(
            "The Premier League charged Leeds United with breaches of its rules. United said it was "
            "surprised, "
            "and fans of United protested outside the ground. The City of London was quiet.\n");
        QTest::newRow("a club goes by its last word after its full name")
            << club << "United" << 1 << "ORGANIZATION";
        QTest::newRow("... everywhere") << club << "United" << 2 << "ORGANIZATION";
        QTest::newRow("... not a place named with the word") << club << "City of London" << 0 << "LOCATION";
    }
    void stageNamesQuotedWorksResidentsAndClubsShortNames() { compareTypeInArticle(); }

    void surnamesThatAreWordsLongNamesDatelinesAndLabels_data()
    {
        addArticleColumns();
        const QString tennis = QStringLiteral(
            "An independent tribunal cleared world number one Jannik Sinner in August. Sinner said he was "
            "relieved.\n");
        QTest::newRow("a given name and a word the article uses alone are a person")
            << tennis << "Jannik Sinner" << 0 << "PERSON";
        QTest::newRow("... and so is the word alone") << tennis << "Sinner" << 1 << "PERSON";
        const QString osce
            = QStringLiteral("The Organization for Security and Cooperation in Europe said its observers saw "
                             "intimidation. The "
                             "Organization for Security and Co-operation in Europe sent 300 observers.\n");
        QTest::newRow("a known organisation grows over the place inside it")
            << osce << "Organization for Security and Cooperation in Europe" << 0 << "ORGANIZATION";
        QTest::newRow("a compound word is no legal form")
            << osce << "Organization for Security and Co-operation in Europe" << 0 << "ORGANIZATION";
        const QString capital = QStringLiteral(
            "Indonesia moves capital as Nusantara opens\n\nNUSANTARA, Indonesia (Reuters) - President Joko "
            "Wid"
            "odo held Indonesia's Independence Day ceremony in the unfinished new capital Nusantara for the "
            "first time on Saturday, as he prepares to hand over to Prabowo Subianto.\n\nThe $32 billion "
            "city "
            "in East Kalimantan on the island of Borneo is meant to replace Jakarta, which is sinking and co"
            "ngested. The Nusantara Capital Authority said about 12,000 civil servants would move by next ye"
            "ar.\n\nBasuki Hadimuljono, the public works minister who was appointed acting head of the "
            "authori"
            "ty in June, said foreign investors remained interested.\n");
        QTest::newRow("a dateline's place counts twice in the article's vote")
            << capital << "Nusantara" << 1 << "LOCATION";
        const QString groups = QStringLiteral(
            "The complaint, backed by civil society groups including Akbayan, was filed on Monday. Pakistan "
            "nurtured militant groups such as Harkat-ul-Jihad-al-Islami, officials said.\n");
        QTest::newRow("groups including a name") << groups << "Akbayan" << 0 << "ORGANIZATION";
        QTest::newRow("a listed name across hyphens and particles")
            << groups << "Harkat-ul-Jihad-al-Islami" << 0 << "ORGANIZATION";
        const QString rugby = QStringLiteral(
            "Rugby: Ireland beat New Zealand in Dublin thriller\n\nDUBLIN (AP) — Ireland beat New Zealand "
            "17-1"
            "2 at the Aviva Stadium on Friday, with Jack Crowley kicking four penalties and Tadhg Beirne sco"
            "ring the only try.\n\nAll Blacks coach Scott Robertson said his side had \"left points out "
            "there.\""
            " Beauden Barrett missed two kicks at goal.\n\nIreland, coached by Andy Farrell, face Argentina "
            "ne"
            "xt weekend. The Irish Rugby Football Union said a record 51,700 fans attended.\n");
        QTest::newRow("a sport labelling a headline is no name") << rugby << "Rugby" << 0 << "none";
    }
    void surnamesThatAreWordsLongNamesDatelinesAndLabels() { compareTypeInArticle(); }

    void firmsBranchesSeatsOfGovernmentAndPluralPossessives_data()
    {
        addArticleColumns();
        const QString shop = QStringLiteral(
            "They bought cones at Rosa & Lucy's on Main Street. Harry & Meghan visit Colombia.\n");
        QTest::newRow("two given names and an ampersand before a possessive name a firm")
            << shop << "Rosa & Lucy" << 0 << "ORGANIZATION";
        QTest::newRow("... not a couple") << shop << "Harry" << 0 << "PERSON";
        QTest::newRow("a known organisation's branch in a country written in capitals")
            << QStringLiteral("Shell said it would cut jobs. Greenpeace UK called the cuts \"a betrayal\".\n")
            << "Greenpeace UK" << 0 << "ORGANIZATION";
        QTest::newRow("a seat of government opening a sentence before its spokesman")
            << QStringLiteral(
                   "Ukraine said it hit a depot. Kremlin spokesman Dmitry Peskov declined to comment.\n")
            << "Kremlin" << 0 << "ORGANIZATION";
        const QString firms = QStringLiteral("The renovation was carried out by Chinese firms China Railway "
                                             "International and China Communications "
                                             "Construction Company. Rival Richemont said sales fell.\n");
        QTest::newRow("two companies joined by and that end a sentence are two")
            << firms << "China Railway International" << 0 << "ORGANIZATION";
        QTest::newRow("... the second too")
            << firms << "China Communications Construction Company" << 0 << "ORGANIZATION";
        const QString opening = QStringLiteral(
            "Meanwhile Google, the search company, said it would appeal. Independent Ireland, a new party, "
            "won "
            "four seats. Students Against Discrimination, the group that led the protests, welcomed him.\n");
        QTest::newRow("a word opening the sentence belongs to the organisation a description names")
            << opening << "Independent Ireland" << 0 << "ORGANIZATION";
        QTest::newRow("... a plural too")
            << opening << "Students Against Discrimination" << 0 << "ORGANIZATION";
        QTest::newRow("... not an adverb") << opening << "Google" << 0 << "ORGANIZATION";
        QTest::newRow("a plural's possessive inside a party's name")
            << QStringLiteral("The Workers' Party said the president would make a full recovery.\n")
            << "Workers' Party" << 0 << "ORGANIZATION";
    }
    void firmsBranchesSeatsOfGovernmentAndPluralPossessives() { compareTypeInArticle(); }

    void legalFormsAfterACommaVerbsBetweenNamesAwardsAndClubsInResults_data()
    {
        addArticleColumns();
        const QString firms
            = QStringLiteral("The deal values Constellation Power Source, Inc. at $2 billion. Yesterday Acme "
                             "Widgets, LLC filed for "
                             "bankruptcy. Chief Executive Tim Cook of Apple, Inc. declined to comment.\n");
        QTest::newRow("a legal form after a comma closes the whole name")
            << firms << "Constellation Power Source, Inc." << 0 << "ORGANIZATION";
        QTest::newRow("... not an adverb opening the sentence")
            << firms << "Acme Widgets, LLC" << 0 << "ORGANIZATION";
        QTest::newRow("... nor a person before of") << firms << "Apple, Inc." << 0 << "ORGANIZATION";
        QTest::newRow("... who stays a person") << firms << "Tim Cook" << 0 << "PERSON";
        const QString memo = QStringLiteral("Memo from STRATEGIC PLANNING Orwell Brandt, Inc. to staff. IBM "
                                            "Global Services, Inc. said it would hire.\n");
        QTest::newRow("... nor words in capitals that are no acronym")
            << memo << "Orwell Brandt, Inc." << 0 << "ORGANIZATION";
        QTest::newRow("... but a known name the tagger read on its own")
            << memo << "IBM Global Services, Inc." << 0 << "ORGANIZATION";
        const QString merger = QStringLiteral("A judge blocked the merger of Kroger Co. and Albertsons Cos., "
                                              "siding with regulators. Albertsons owns Safeway, Vons and "
                                              "Jewel-Osco.\n");
        QTest::newRow("two companies with legal forms joined by and are two")
            << merger << "Kroger Co." << 0 << "ORGANIZATION";
        QTest::newRow("... a plural legal form with its period")
            << merger << "Albertsons Cos." << 0 << "ORGANIZATION";
        QTest::newRow("a verb parts two names") << merger << "Albertsons owns Safeway" << 0 << "none";
        QTest::newRow("... the second is its own name") << merger << "Safeway" << 0 << "ORGANIZATION";
        const QString obituary = QStringLiteral(
            "Her death was announced by Virginia Tech, where she taught. She received the Langston Hughes "
            "Medal in 2009.\n");
        QTest::newRow("a university known by its state and Tech")
            << obituary << "Virginia Tech" << 0 << "ORGANIZATION";
        QTest::newRow("an award named after a person is no mention")
            << obituary << "Langston Hughes Medal" << 0 << "none";
        const QString football = QStringLiteral(
            "Mohamed Salah scored twice as Liverpool came from behind to beat Southampton 3-2 on Sunday. "
            "Arsenal, who drew 2-2 with Fulham, are second.\n");
        QTest::newRow("the subject of a clause that beats a club is a club")
            << football << "Liverpool" << 0 << "ORGANIZATION";
        QTest::newRow("a known club opening a sentence before its result")
            << football << "Arsenal" << 0 << "ORGANIZATION";
    }
    void legalFormsAfterACommaVerbsBetweenNamesAwardsAndClubsInResults() { compareTypeInArticle(); }

    void riversByKindCouncilsRatingAgenciesAndProductsSoldAs_data()
    {
        addArticleColumns();
        const QString text = QStringLiteral(
            "The River Taff burst its banks near Pontypridd on Sunday. Rhondda Cynon Taf council leader "
            "Andrew Morgan said residents had been evacuated. Moody's Ratings cut its outlook on Nissan to "
            "negative. Lilly's tirzepatide, sold as Zepbound, led to more weight loss. Lake Shore Drive was "
            "closed.\n");
        QTest::newRow("a river named by its kind first, the name known to no list")
            << text << "River Taff" << 0 << "LOCATION";
        QTest::newRow("... not before more capitals") << text << "Lake Shore Drive" << 0 << "none";
        QTest::newRow("a name before its council is a place")
            << text << "Rhondda Cynon Taf" << 0 << "LOCATION";
        QTest::newRow("... the council's leader a person") << text << "Andrew Morgan" << 0 << "PERSON";
        QTest::newRow("a rating agency named with a possessive")
            << text << "Moody's Ratings" << 0 << "ORGANIZATION";
        QTest::newRow("a product by the name it is sold as is no mention")
            << text << "Zepbound" << 0 << "none";
    }
    void riversByKindCouncilsRatingAgenciesAndProductsSoldAs() { compareTypeInArticle(); }

    void platformsPluralPossessivesEventsStreetsAndTeamsInTheSingular_data()
    {
        addArticleColumns();
        const QString text = QStringLiteral(
            "Bolsonaro denied wrongdoing in a post on X. His Liberal Party said the accusations were "
            "political. The Women's Tennis Association said Sabalenka won her first U.S. Open title. Crews "
            "worked at James P. Brawley Drive. The agency had been unable to reach Beit Lahiya.\n");
        QTest::newRow("where people post, a name is the platform") << text << "X" << 0 << "ORGANIZATION";
        QTest::newRow("... and the sentence ends after it") << text << "Liberal Party" << 0 << "ORGANIZATION";
        QTest::newRow("a plural's possessive opens a name")
            << text << "Women's Tennis Association" << 0 << "ORGANIZATION";
        QTest::newRow("a tournament is an event, its country no mention") << text << "U.S." << 0 << "none";
        QTest::newRow("a street named after a person") << text << "James P. Brawley Drive" << 0 << "LOCATION";
        QTest::newRow("a village named by an Arabic place word") << text << "Beit Lahiya" << 0 << "LOCATION";
        const QString basketball = QStringLiteral(
            "Shai Gilgeous-Alexander scored 39 points and the Oklahoma City Thunder beat the Dallas "
            "Mavericks "
            "118-104 on Sunday night. Jalen Williams added 22 for the Thunder, who have won six straight.\n");
        QTest::newRow("a town and a nickname in the singular winning by a score")
            << basketball << "Oklahoma City Thunder" << 0 << "ORGANIZATION";
        QTest::newRow("... the nickname alone after it") << basketball << "Thunder" << 1 << "ORGANIZATION";
    }
    void platformsPluralPossessivesEventsStreetsAndTeamsInTheSingular() { compareTypeInArticle(); }

    void listedPeopleProductsOfMakersLongNamesAndSeatsOfGovernment_data()
    {
        addArticleColumns();
        const QString text = QStringLiteral(
            "\"Gladiator II,\" from Paramount, took in $55.5 million. Directed by Ridley "
            "Scott, it stars Paul "
            "Mescal and Denzel Washington. Kellanova, the maker of Pringles and Cheez-It, "
            "agreed to the deal. "
            "Prabowo attended the Asia-Pacific Economic Cooperation summit in Lima. Anthropic, maker of the "
            "Claude chatbot, received $4 billion.\n");
        QTest::newRow("a name listed after a person is a person")
            << text << "Denzel Washington" << 0 << "PERSON";
        QTest::newRow("what a maker makes is no mention") << text << "Cheez" << 0 << "none";
        QTest::newRow("an organisation's long name the lists know")
            << text << "Asia-Pacific Economic Cooperation" << 0 << "ORGANIZATION";
        QTest::newRow("a maker described without an article") << text << "Anthropic" << 0 << "ORGANIZATION";
        const QString awards = QStringLiteral(
            "Zoe Saldana won best supporting actress for \"Emilia Perez,\" a Netflix release. The best-known "
            "critic, \"Pauline Kael,\" disagreed.\n");
        QTest::newRow("a title quoted after an award's category is no mention")
            << awards << "Emilia Perez" << 0 << "none";
        QTest::newRow("... not a name quoted after \"best-known\"")
            << awards << "Pauline Kael" << 0 << "PERSON";
        const QString shares = QStringLiteral(
            "Shares of Grupo Financiero Galicia and YPF rose on Wall Street. I would call TIGER HEATING and "
            "AIR again.\n");
        QTest::newRow("initials after and name a company of their own")
            << shares << "Grupo Financiero Galicia" << 0 << "ORGANIZATION";
        QTest::newRow("... the initials too") << shares << "YPF" << 0 << "ORGANIZATION";
        QTest::newRow("... not a shouted name's last word") << shares << "AIR" << 0 << "none";
        const QString seat
            = QStringLiteral("Russia fired a missile at Dnipro, President Vladimir Putin said. "
                             "The Pentagon said Washington had been notified in advance.\n");
        QTest::newRow("a capital standing for its government is the place")
            << seat << "Washington" << 0 << "LOCATION";
    }
    void listedPeopleProductsOfMakersLongNamesAndSeatsOfGovernment() { compareTypeInArticle(); }

    void billsRacesModelsTeamsPublicationsCountiesAndSecondSurnames_data()
    {
        addArticleColumns();
        const QString laws = QStringLiteral(
            "The law, known as House Bill 18, was signed by Governor Greg Abbott. Bill C-18 is Canada's "
            "law, and Bill Gates watched. Max Verstappen won the Sao Paulo Grand Prix on Sunday. The "
            "recall covers the Model S, Model X, Model 3 and Model Y built since 2012.\n");
        QTest::newRow("a bill by its number is no mention") << laws << "House Bill" << 0 << "none";
        QTest::newRow("... nor by its letter and number") << laws << "Bill C" << 0 << "none";
        QTest::newRow("... and Bill stays a given name") << laws << "Bill Gates" << 0 << "PERSON";
        QTest::newRow("a race is no mention, nor the place it is named after")
            << laws << "Sao Paulo" << 0 << "none";
        QTest::newRow("a model by its letter is a product") << laws << "Model S" << 0 << "none";
        const QString health = QStringLiteral(
            "ATLANTA — The Centers for Disease Control and Prevention reported 124 cases, most in Gaines "
            "County. Vaccination rates in Gaines fell, the U.S. Centers for Disease Control and Prevention "
            "said. In Kherson Oblast, shelling continued.\n");
        QTest::newRow("a known name after a dateline")
            << health << "Centers for Disease Control and Prevention" << 0 << "ORGANIZATION";
        QTest::newRow("a known name the tagger cut short")
            << health << "U.S. Centers for Disease Control and Prevention" << 0 << "ORGANIZATION";
        QTest::newRow("a county named without its head word") << health << "Gaines" << 1 << "LOCATION";
        QTest::newRow("a preposition opening the sentence is no part of a place")
            << health << "Kherson Oblast" << 0 << "LOCATION";
        const QString culture = QStringLiteral(
            "Travis Kelce, the Kansas City Chiefs tight end, did not attend because the Chiefs played on "
            "Friday. Jones co-founded Vibe magazine and wrote for Travel and Leisure magazine. Uruguay's "
            "Luis Lacalle Pou signed the statement.\n");
        QTest::newRow("a known team outside a game story")
            << culture << "Kansas City Chiefs" << 0 << "ORGANIZATION";
        QTest::newRow("... and its nickname alone") << culture << "Chiefs" << 1 << "ORGANIZATION";
        QTest::newRow("a name before magazine is the magazine") << culture << "Vibe" << 0 << "ORGANIZATION";
        QTest::newRow("... with and inside") << culture << "Travel and Leisure" << 0 << "ORGANIZATION";
        QTest::newRow("a second surname no list knows") << culture << "Luis Lacalle Pou" << 0 << "PERSON";
    }
    void billsRacesModelsTeamsPublicationsCountiesAndSecondSurnames() { compareTypeInArticle(); }

    void prefixesFirmsTitlesClubsKnownNamesArmiesFilmTitlesFamiliesAndMissions_data()
    {
        addArticleColumns();
        const QString fraud = QStringLiteral(
            "Ex-FTX executive Caroline Ellison, who ran Alameda Research, was sentenced. Victims called the "
            "Anti-Fraud Centre.\n");
        QTest::newRow("a capitalised prefix is no part of the name after it")
            << fraud << "FTX" << 0 << "ORGANIZATION";
        QTest::newRow("... but of a name it begins") << fraud << "Anti-Fraud Centre" << 0 << "ORGANIZATION";
        QTest::newRow("research closes a firm's name") << fraud << "Alameda Research" << 0 << "ORGANIZATION";
        const QString match = QStringLiteral(
            "Liverpool win at Southampton\n\nSOUTHAMPTON, England — Mohamed Salah scored twice as Liverpool "
            "came from behind to beat Southampton 3-2 on Sunday. Southampton, who were promoted in May, "
            "remain bottom.\n");
        QTest::newRow("a club in its result, where the dateline names its town")
            << match << "Southampton" << 1 << "ORGANIZATION";
        QTest::newRow("... and the town in the headline stays the town")
            << match << "Southampton" << 0 << "LOCATION";
        const QString council = QStringLiteral(
            "Council Member Robin Wonsley, who voted no, said the budget was unfair. Alderman Tom Reyes "
            "agreed.\n");
        QTest::newRow("a council member's title is no part of her name")
            << council << "Robin Wonsley" << 0 << "PERSON";
        QTest::newRow("... nor an alderman's") << council << "Tom Reyes" << 0 << "PERSON";
        const QString known = QStringLiteral(
            "SEATTLE — Amazon.com Inc will require corporate employees to work in the office five days a "
            "week "
            "from January, Chief Executive Andy Jassy said in a memo on Monday. The United Nations Interim "
            "Force in Lebanon, UNIFIL, urged restraint.\n");
        QTest::newRow("a known name with a web domain") << known << "Amazon.com Inc" << 0 << "ORGANIZATION";
        QTest::newRow("a known name with \"in\" a country")
            << known << "United Nations Interim Force in Lebanon" << 0 << "ORGANIZATION";
        const QString described = QStringLiteral(
            "The Congolese army, known as FARDC, and allied militias known as Wazalendo retreated. Clint "
            "Eastwood used the song in his 1971 film \"Play Misty for Me.\" The show's host said \"Trump is "
            "bad,\" and left.\n");
        QTest::newRow("an army known as a name") << described << "FARDC" << 0 << "ORGANIZATION";
        QTest::newRow("... militias too") << described << "Wazalendo" << 0 << "ORGANIZATION";
        QTest::newRow("a name inside a film's quoted title is no mention")
            << described << "Misty" << 0 << "none";
        QTest::newRow("... but a name in a quoted sentence is") << described << "Trump" << 0 << "PERSON";
        const QString crew = QStringLiteral(
            "The crew — NASA astronauts Reid Wiseman, Victor Glover and Christina Koch and Canadian Space "
            "Agency astronaut Jeremy Hansen — trained in Houston. The Ford family owns a stake.\n");
        QTest::newRow("a person listed before an organisation is no part of it")
            << crew << "Christina Koch" << 0 << "PERSON";
        QTest::newRow("... nor the organisation of the person")
            << crew << "Canadian Space Agency" << 0 << "ORGANIZATION";
        QTest::newRow("a company's name before family is the family's") << crew << "Ford" << 0 << "PERSON";
        const QString missions = QStringLiteral("NASA pushed the Artemis II crewed flight to April 2026. The "
                                                "heat shield eroded during the uncrewed "
                                                "Artemis I flight. Queen Elizabeth II visited.\n");
        QTest::newRow("a space mission by its number is no mention")
            << missions << "Artemis II" << 0 << "none";
        QTest::newRow("... nor its name before the number") << missions << "Artemis" << 1 << "none";
        QTest::newRow("... but a monarch by hers is a person") << missions << "Elizabeth II" << 0 << "PERSON";
        const QString transfer = QStringLiteral(
            "Estevao will join Chelsea in July after the Club World Cup in the United States.\n");
        QTest::newRow("a club competition is an event, no mention")
            << transfer << "Club World Cup" << 0 << "none";
    }
    void prefixesFirmsTitlesClubsKnownNamesArmiesFilmTitlesFamiliesAndMissions() { compareTypeInArticle(); }

    void acronymsShopsClubsTownsUniversitiesUnionsTitlesFirmsRegionsBuildingsAndTeams_data()
    {
        addArticleColumns();
        const QString facility = QStringLiteral(
            "Energy traders said the company's Off Balance Sheet Facility (OBSF) was renegotiated with "
            "Barclays in March. The recall of all OBSF stock began in April. The Economic Community of West "
            "African States (ECOWAS) met in Abuja; ECOWAS leaders said little.\n");
        QTest::newRow("an acronym spelling out a thing is no organisation")
            << facility << "OBSF" << 0 << "none";
        QTest::newRow("... nor where a later cue would make it one") << facility << "OBSF" << 1 << "none";
        QTest::newRow("an acronym spelling out an organisation stays one")
            << facility << "ECOWAS" << 1 << "ORGANIZATION";
        const QString dinner = QStringLiteral(
            "After the game we had dinner at Modell's. The band played at Fraiser's last night. We drove "
            "back from Chicago's.\n");
        QTest::newRow("a shop named by a possessive, where the tagger saw a place")
            << dinner << "Modell's" << 0 << "LOCATION";
        QTest::newRow("... before a word of time") << dinner << "Fraiser's" << 0 << "LOCATION";
        QTest::newRow("... but a known place's possessive stays the place")
            << dinner << "Chicago" << 0 << "LOCATION";
        const QString floods = QStringLiteral(
            "VALENCIA, Spain — Flash floods swept through towns around the city of Valencia, and rain turned "
            "streets into rivers in Paiporta, Chiva and Utiel. The weather agency said Chiva received more "
            "rain in eight hours than in 20 months. The federation postponed matches involving Valencia "
            "CF.\n");
        QTest::newRow("a town and a club's abbreviation is the club")
            << floods << "Valencia CF" << 0 << "ORGANIZATION";
        QTest::newRow("... so the town stays a place") << floods << "Valencia" << 0 << "LOCATION";
        QTest::newRow("a name listed between places is a place") << floods << "Chiva" << 0 << "LOCATION";
        QTest::newRow("... in the whole article") << floods << "Chiva" << 1 << "LOCATION";
        const QString study = QStringLiteral(
            "Scientists at Northeastern University and Boston University found a new antibiotic. \"This is "
            "new,\" said Kim Lewis, who directs a lab at Northeastern. Police in Boston were not "
            "involved.\n");
        QTest::newRow("a university goes by its first word")
            << study << "Northeastern" << 1 << "ORGANIZATION";
        QTest::newRow("... but a place stays a place") << study << "Boston" << 1 << "LOCATION";
        const QString strike = QStringLiteral(
            "Boeing workers ended their strike. The International Association of Machinists and Aerospace "
            "Workers said the vote was clear, and the Teamsters backed it.\nAirlines including Southwest "
            "Airlines and Ryanair have complained about delays.\n");
        QTest::newRow("a union with \"and\" in its name")
            << strike << "International Association of Machinists and Aerospace Workers" << 0
            << "ORGANIZATION";
        QTest::newRow("a union named by a plural") << strike << "Teamsters" << 0 << "ORGANIZATION";
        QTest::newRow("a plural noun opening a sentence before its examples is no name")
            << strike << "Airlines" << 0 << "none";
        const QString arrest = QStringLiteral(
            "The suspect, identified as Marcus Lee of Aurora, was arrested in Lakewood. Aurora police said "
            "he acted alone. President William Ruto kept only Prime Cabinet Secretary Musalia Mudavadi.\n");
        QTest::newRow("a town after a person's name and of is the person's town")
            << arrest << "Aurora" << 0 << "LOCATION";
        QTest::newRow("... in the whole article") << arrest << "Aurora" << 1 << "LOCATION";
        QTest::newRow("a cabinet secretary's title is no organisation")
            << arrest << "Prime Cabinet" << 0 << "none";
        QTest::newRow("... nor part of his name") << arrest << "Musalia Mudavadi" << 0 << "PERSON";
        const QString shipping = QStringLiteral(
            "The drought forced shipping lines such as Maersk and Hapag-Lloyd to reroute vessels. Activist "
            "investors Elliott Management and Starboard Value took stakes.\n");
        QTest::newRow("a name listed after a plural kind of company is a company")
            << shipping << "Hapag-Lloyd" << 0 << "ORGANIZATION";
        QTest::newRow("a company closed by its head word ends before \"and\"")
            << shipping << "Elliott Management" << 0 << "ORGANIZATION";
        const QString truce = QStringLiteral(
            "The Lebanese army and the UN peacekeeping force UNIFIL will deploy in the south.\n");
        QTest::newRow("a name after a force that describes it") << truce << "UNIFIL" << 0 << "ORGANIZATION";
        const QString measles = QStringLiteral(
            "Measles cases in West Texas rose to 146, and families in Northern California were warned. "
            "Clinics in western Ukraine stayed open.\n");
        QTest::newRow("a capitalised point of the compass names the region with the place")
            << measles << "West Texas" << 0 << "LOCATION";
        QTest::newRow("... Northern too") << measles << "Northern California" << 0 << "LOCATION";
        QTest::newRow("... not in lower case") << measles << "Ukraine" << 0 << "LOCATION";
        const QString launch = QStringLiteral(
            "Tim Cook presented the phones at the company's Steve Jobs Theater on Monday. Flights at John F. "
            "Kennedy International Airport were delayed.\n");
        QTest::newRow("a person's name before a building's head word names the building")
            << launch << "Steve Jobs Theater" << 0 << "LOCATION";
        QTest::newRow("... with the tagger's place after the name")
            << launch << "John F. Kennedy International Airport" << 0 << "LOCATION";
        QTest::newRow("... and the person alone stays one") << launch << "Tim Cook" << 0 << "PERSON";
        const QString klassiker = QStringLiteral(
            "Bayern Munich 5 Borussia Dortmund 0: Harry Kane scored a hat-trick. Dortmund have not won in "
            "Munich since 2014, and fans in Dortmund were angry.\n");
        QTest::newRow("a club's town before a plural verb is the club")
            << klassiker << "Dortmund" << 1 << "ORGANIZATION";
        QTest::newRow("... not where it is no subject") << klassiker << "Dortmund" << 2 << "LOCATION";
        QTest::newRow("... and the other town stays a town") << klassiker << "Munich" << 1 << "LOCATION";
        const QString envoy = QStringLiteral(
            "The U.S. ambassador in Manila, MaryKay Carlson, condemned the maneuvers. Officials in "
            "Springfield, Illinois, met on Monday.\n");
        QTest::newRow("a person's name in apposition after a place is no region")
            << envoy << "MaryKay Carlson" << 0 << "PERSON";
        QTest::newRow("... a state after its town stays a place") << envoy << "Illinois" << 0 << "LOCATION";
    }
    void acronymsShopsClubsTownsUniversitiesUnionsTitlesFirmsRegionsBuildingsAndTeams()
    {
        compareTypeInArticle();
    }

    void analystsOfFirmsCapitalsAppositionsCountiesAndListedFirms_data()
    {
        addArticleColumns();
        const QString analyst = QStringLiteral(
            "Shares of the carmaker fell 2%. \"The cost is manageable,\" said Koji Endo of Tenma "
            "Securities. The Daughters of Charity Health System declined to comment.\n");
        QTest::newRow("an analyst no list knows before \"of\" and a firm")
            << analyst << "Koji Endo" << 0 << "PERSON";
        QTest::newRow("... and the firm") << analyst << "Tenma Securities" << 0 << "ORGANIZATION";
        QTest::newRow("... not the whole run") << analyst << "Koji Endo of Tenma Securities" << 0 << "none";
        const QString capital = QStringLiteral(
            "Fighters entered Wad Kabbas, the capital of Gezira state, on Saturday. Gunmen later attacked "
            "Wad Hashim, a village near Kassala. Anna Berg, a state senator, called for talks.\n");
        QTest::newRow("a capital in apposition is a place") << capital << "Wad Kabbas" << 0 << "LOCATION";
        QTest::newRow("... and so is a village") << capital << "Wad Hashim" << 0 << "LOCATION";
        QTest::newRow("... but a person described stays one") << capital << "Anna Berg" << 0 << "PERSON";
        const QString storm = QStringLiteral(
            "Crews restored power in King and Snohomish counties on Friday. Lawyers from the firms Lowey "
            "Marten and Bursor & Kell sought fees. The Smith and Jones families met the mayor.\n");
        QTest::newRow("names listed before a plural kind of settlement are places")
            << storm << "King" << 0 << "LOCATION";
        QTest::newRow("... each of them") << storm << "Snohomish" << 0 << "LOCATION";
        QTest::newRow("firms named right after their plural kind are organisations")
            << storm << "Lowey Marten" << 0 << "ORGANIZATION";
        QTest::newRow("... and families stay people") << storm << "Smith" << 0 << "PERSON";
    }
    void analystsOfFirmsCapitalsAppositionsCountiesAndListedFirms() { compareTypeInArticle(); }

    void firmsSharingAHeadInitialsSuburbsAndGivenNamesOpeningSentences_data()
    {
        addArticleColumns();
        const QString markets = QStringLiteral(
            "Economists at Capital Economics and Oxford Economics expect two cuts next year. Nestlé and JDE "
            "Peet's, the maker of Jacobs, raised prices in Europe. Residents returned to the city's southern "
            "suburbs, known as Dahiyeh. Lando Norris of McLaren finished second. Whereas Saddam Hussein "
            "ruled alone, Replacing Norris was hard.\n");
        QTest::newRow("two firms closed by the same word are two")
            << markets << "Capital Economics" << 0 << "ORGANIZATION";
        QTest::newRow("... the second") << markets << "Oxford Economics" << 0 << "ORGANIZATION";
        QTest::newRow("initials opening a name make a company, with its possessive")
            << markets << "JDE Peet's" << 0 << "ORGANIZATION";
        QTest::newRow("suburbs known by a name are a place") << markets << "Dahiyeh" << 0 << "LOCATION";
        QTest::newRow("a given name no list knows opening a sentence")
            << markets << "Lando Norris" << 0 << "PERSON";
        QTest::newRow("... but no conjunction") << markets << "Saddam Hussein" << 0 << "PERSON";
        QTest::newRow("... nor an inflected word") << markets << "Replacing Norris" << 0 << "none";
    }
    void firmsSharingAHeadInitialsSuburbsAndGivenNamesOpeningSentences() { compareTypeInArticle(); }

    void teamsStartupsAndPartiesNamedLikeWords_data()
    {
        addArticleColumns();
        const QString week = QStringLiteral(
            "The Las Vegas Raiders lost again on Sunday. Raiders coach Antonio Pierce was angry. Charlie "
            "Javice founded the student-aid startup Frank, with help from investors. The firm Smith founded "
            "failed. The Social Democrats and the Greens lost their majority. Esteban Ocon drives for "
            "Alpine. "
            "They skied past Alpine villages. He lived in Alpine, Arizona.\n");
        QTest::newRow("a team's plural last word alone is the team")
            << week << "Raiders" << 1 << "ORGANIZATION";
        QTest::newRow("a given name after a kind of company, no verb after it")
            << week << "Frank" << 0 << "ORGANIZATION";
        QTest::newRow("... but a person who founded a firm stays one") << week << "Smith" << 0 << "PERSON";
        QTest::newRow("a known party named like a nationality") << week << "Greens" << 0 << "ORGANIZATION";
        QTest::newRow("a known team named like an adjective") << week << "Alpine" << 0 << "ORGANIZATION";
        QTest::newRow("... not where it describes") << week << "Alpine" << 1 << "none";
    }
    void teamsStartupsAndPartiesNamedLikeWords() { compareTypeInArticle(); }

    void companiesByTheirCapitalsTheirTownAndTheirStores_data()
    {
        addArticleColumns();
        const QString local = QStringLiteral(
            "CoxHealth will close three rural clinics next month. The building was sold to Brightline "
            "Development, a Cincinnati firm that plans apartments. Mary Jones, a Boston lawyer, objected. "
            "The "
            "brewery sells its beer at Ingles and Harris Teeter stores across the state. Prices rose at U.S. "
            "and U.K. stores. PlayStation games sold well.\n");
        QTest::newRow("a word with a capital inside that acts as a company")
            << local << "CoxHealth" << 0 << "ORGANIZATION";
        QTest::newRow("... but a product stays a product") << local << "PlayStation" << 0 << "none";
        QTest::newRow("a firm described by its town")
            << local << "Brightline Development" << 0 << "ORGANIZATION";
        QTest::newRow("... and a person so described stays one") << local << "Mary Jones" << 0 << "PERSON";
        QTest::newRow("chains listed before their stores") << local << "Ingles" << 0 << "ORGANIZATION";
        QTest::newRow("... each of them") << local << "Harris Teeter" << 0 << "ORGANIZATION";
        QTest::newRow("... but countries stay places") << local << "U.K." << 0 << "LOCATION";
    }
    void companiesByTheirCapitalsTheirTownAndTheirStores() { compareTypeInArticle(); }

    void aNameWithAnArticleAndItsLeaderIsAnOrganisation_data()
    {
        addArticleColumns();
        const QString vote = QStringLiteral(
            "The Samagi Jana Balawegaya of opposition leader Sajith Premadasa came second with 40 seats. The "
            "John Murray archive holds letters of the poet.\n");
        QTest::newRow("a name with an article and its leader after of")
            << vote << "Samagi Jana Balawegaya" << 0 << "ORGANIZATION";
        QTest::newRow("... the leader stays a person") << vote << "Sajith Premadasa" << 0 << "PERSON";
        QTest::newRow("... and a person named attributively too") << vote << "John Murray" << 0 << "PERSON";
    }
    void aNameWithAnArticleAndItsLeaderIsAnOrganisation() { compareTypeInArticle(); }

    void aCompanysFirstWordBeforeItsStaffAndDescriptionsNamingPlaces_data()
    {
        addArticleColumns();
        const QString strike = QStringLiteral(
            "The union says hospitals run by Allina Health, Fairview Health Services and HealthPartners are "
            "understaffed. Allina spokesperson Mary Schmitz said replacement nurses were hired. Copa-Cogeca, "
            "the main EU farm lobby, organised the march. Mary Jones, the Boston lawyer, objected.\n");
        QTest::newRow("a company's first word before its spokesperson")
            << strike << "Allina" << 1 << "ORGANIZATION";
        QTest::newRow("a description naming an organisation inside it")
            << strike << "Copa-Cogeca" << 0 << "ORGANIZATION";
        QTest::newRow("... a person so described stays one") << strike << "Mary Jones" << 0 << "PERSON";
        const QString aid = QStringLiteral(
            "Armed men looted nearly 100 trucks carrying food into Gaza on Saturday, the U.N. agency for "
            "Palestinian refugees said.\n");
        QTest::newRow("... a day before a description is no name") << aid << "on Saturday" << 0 << "none";
        QTest::newRow("... nor the day alone") << aid << "Saturday" << 0 << "none";
        const QString units = QStringLiteral(
            "Toyota said its Daihatsu unit admitted rigging safety tests. He once headed the CIA's Bin Laden "
            "unit.\n");
        QTest::newRow("a company's unit named before the word") << units << "Daihatsu" << 0 << "ORGANIZATION";
        QTest::newRow("... but a unit named after a person keeps the person")
            << units << "Bin Laden" << 0 << "PERSON";
    }
    void aCompanysFirstWordBeforeItsStaffAndDescriptionsNamingPlaces() { compareTypeInArticle(); }

    void knownOrganisationsByTheirLastWord_data()
    {
        addArticleColumns();
        const QString match = QStringLiteral(
            "Aston Villa lost 2-1 to Arsenal on Saturday. Ollie Watkins had given Villa the lead, and Villa "
            "coach Unai Emery said his team deserved more. Berkshire Hathaway bought shares, and Hathaway "
            "said it had cash. Lockheed Martin won the contract, Martin Bashir reported. Martin said the "
            "deal was large.\n");
        QTest::newRow("a club named in full goes by its last word")
            << match << "Villa" << 1 << "ORGANIZATION";
        QTest::newRow("...before its coach") << match << "Villa" << 2 << "ORGANIZATION";
        QTest::newRow("a company named in full goes by its last word")
            << match << "Hathaway" << 1 << "ORGANIZATION";
        QTest::newRow("a person the article names with the word stays a person")
            << match << "Martin" << 2 << "PERSON";
    }
    void knownOrganisationsByTheirLastWord() { compareTypeInArticle(); }

    void knownCompaniesListedWithPlacesAndBritishLegalForms_data()
    {
        addArticleColumns();
        const QString chile = QStringLiteral(
            "Police would open new stations in Arica, Iquique and Antofagasta. Shares of Antofagasta plc "
            "rose, and Toyota, Honda and Nissan reported profits. He visited Paris, Toyota and Nagoya.\n");
        QTest::newRow("a company's name listed with places is the place")
            << chile << "Antofagasta" << 0 << "LOCATION";
        QTest::newRow("a British company's plc closes its name")
            << chile << "Antofagasta plc" << 0 << "ORGANIZATION";
        QTest::newRow("companies listed together stay companies") << chile << "Honda" << 0 << "ORGANIZATION";
        QTest::newRow("a company's name between places is the place") << chile << "Toyota" << 1 << "LOCATION";
    }
    void knownCompaniesListedWithPlacesAndBritishLegalForms() { compareTypeInArticle(); }

    void monthsWrittenShortAreNoPartOfAName_data()
    {
        addArticleColumns();
        const QString party = QStringLiteral(
            "The shop will host a block party with Flying Dog Brewery on Oct. 12, and the Frederick Arts "
            "Council on Nov. 3.\n");
        QTest::newRow("a brewery before a date") << party << "Flying Dog Brewery" << 0 << "ORGANIZATION";
        QTest::newRow("a council before a date") << party << "Frederick Arts Council" << 0 << "ORGANIZATION";
    }
    void monthsWrittenShortAreNoPartOfAName() { compareTypeInArticle(); }

    void aCompanyNamedWithAWordAfterItsKind_data()
    {
        addArticleColumns();
        const QString deals = QStringLiteral(
            "Google bought Picasa, Blogger, and satellite imaging company Keyhole, so why not Firefox? The "
            "airborne L-band Sensor (PALS) flew twice, and the company Tuesday said profits rose.\n");
        QTest::newRow("a capitalised word closing a company's description")
            << deals << "Keyhole" << 0 << "ORGANIZATION";
        QTest::newRow("...not a kind glued to a letter") << deals << "Sensor" << 0 << "none";
        QTest::newRow("...nor a day") << deals << "Tuesday" << 0 << "none";
    }
    void aCompanyNamedWithAWordAfterItsKind() { compareTypeInArticle(); }

    void sitesListedByTheirTowns_data()
    {
        addArticleColumns();
        const QString clinics = QStringLiteral(
            "CoxHealth will close clinics in Ava, Cassville and Bolivar next month. The chain also has "
            "stores in Walmart and Target and offices in Springfield.\n");
        QTest::newRow("towns listed after a site's kind") << clinics << "Ava" << 0 << "LOCATION";
        QTest::newRow("...each of them") << clinics << "Cassville" << 0 << "LOCATION";
        QTest::newRow("...the last one") << clinics << "Bolivar" << 0 << "LOCATION";
        QTest::newRow("companies the lists know stay companies")
            << clinics << "Target" << 0 << "ORGANIZATION";
    }
    void sitesListedByTheirTowns() { compareTypeInArticle(); }

    void aWordNoListKnowsAfterNearIsAPlace_data()
    {
        addArticleColumns();
        const QString border = QStringLiteral(
            "Migrants crossing near Colchane had overwhelmed local police. Troops met near Smith's farm "
            "and near Christmas.\n");
        QTest::newRow("an unknown word after near") << border << "Colchane" << 0 << "LOCATION";
        QTest::newRow("...not a person's farm") << border << "Smith" << 0 << "PERSON";
        QTest::newRow("...nor a holiday") << border << "Christmas" << 0 << "none";
    }
    void aWordNoListKnowsAfterNearIsAPlace() { compareTypeInArticle(); }

    void whatADirectorLeadsIsAnOrganisation_data()
    {
        addArticleColumns();
        const QString leaders = QStringLiteral(
            "\"The ruling protects free speech,\" said Chris Marchese, director of the NetChoice Litigation "
            "Center. Jane Doe, director of the Brennan Center, agreed, as did the director of the Dallas "
            "chapter and the chairman of Ford in Germany.\n");
        QTest::newRow("a centre no list knows")
            << leaders << "NetChoice Litigation Center" << 0 << "ORGANIZATION";
        QTest::newRow("...named after a person") << leaders << "Brennan Center" << 0 << "ORGANIZATION";
        QTest::newRow("a town describing a chapter stays a town") << leaders << "Dallas" << 0 << "LOCATION";
        QTest::newRow("a place after a company stays a place") << leaders << "Germany" << 0 << "LOCATION";
    }
    void whatADirectorLeadsIsAnOrganisation() { compareTypeInArticle(); }

    void aCentreThatSpeaksIsAnOrganisation_data()
    {
        addArticleColumns();
        const QString vote = QStringLiteral(
            "The Carter Center, which sent observers, said the vote did not meet international standards. "
            "Crowds met outside the Metro Toronto Convention Centre.\n");
        QTest::newRow("past a relative clause") << vote << "Carter Center" << 0 << "ORGANIZATION";
        QTest::newRow("a venue that says nothing stays a place")
            << vote << "Metro Toronto Convention Centre" << 0 << "LOCATION";
    }
    void aCentreThatSpeaksIsAnOrganisation() { compareTypeInArticle(); }

    void twoCapitalsAsAGivenNameAfterAPersonsRole_data()
    {
        addArticleColumns();
        const QString game = QStringLiteral(
            "The Knicks, playing without injured forward OG Anunoby, trailed at halftime. Quarterback AJ "
            "McCarron left the game. Orders go to IT Merchanting.\n");
        QTest::newRow("after a player's position") << game << "OG Anunoby" << 0 << "PERSON";
        QTest::newRow("...opening a sentence") << game << "AJ McCarron" << 0 << "PERSON";
        QTest::newRow("a department stays no one") << game << "IT Merchanting" << 0 << "none";
    }
    void twoCapitalsAsAGivenNameAfterAPersonsRole() { compareTypeInArticle(); }

    void placesNamedByTheirHeadWord_data()
    {
        addArticleColumns();
        const QString trek = QStringLiteral(
            "The trek starts at the Tiger Leaping Gorge and ends near the Khumbu Glacier. Microsoft "
            "raised the price of Xbox Game Pass.\n");
        QTest::newRow("a gorge the tagger took for an organisation")
            << trek << "Tiger Leaping Gorge" << 0 << "LOCATION";
        QTest::newRow("a glacier") << trek << "Khumbu Glacier" << 0 << "LOCATION";
        QTest::newRow("a pass that is a product is no place") << trek << "Pass" << 0 << "none";
        const QString cricket = QStringLiteral(
            "India beat South Africa at Kensington Oval, and Australia play at the Adelaide Oval next. Trump "
            "watched from the Oval Office.\n");
        QTest::newRow("a cricket ground") << cricket << "Kensington Oval" << 0 << "LOCATION";
        QTest::newRow("...named after its city") << cricket << "Adelaide Oval" << 0 << "LOCATION";
        QTest::newRow("...not the president's office") << cricket << "Oval Office" << 0 << "ORGANIZATION";
    }
    void placesNamedByTheirHeadWord() { compareTypeInArticle(); }

    void aPortfolioBeforeAMinistersTitleIsNoOrganisation_data()
    {
        addArticleColumns();
        const QString cabinet = QStringLiteral(
            "Local Government Minister Simeon Brown had warned councils to keep rates down. NATO "
            "Secretary General Mark Rutte flew in, and Raiders coach Antonio Pierce said his team played "
            "hard.\n");
        QTest::newRow("a portfolio no list knows") << cabinet << "Local Government" << 0 << "none";
        QTest::newRow("...the minister is named") << cabinet << "Simeon Brown" << 0 << "PERSON";
        QTest::newRow("an acronym keeps its name") << cabinet << "NATO" << 0 << "ORGANIZATION";
        QTest::newRow("a team before its coach") << cabinet << "Raiders" << 0 << "ORGANIZATION";
    }
    void aPortfolioBeforeAMinistersTitleIsNoOrganisation() { compareTypeInArticle(); }

    void settlementsNamedAfterTheirKind_data()
    {
        addArticleColumns();
        const QString strikes = QStringLiteral(
            "Strikes hit the villages of Aita al-Shaab and Kfar Kila on Sunday. Later the village of Deir "
            "al-Hawa was shelled.\n");
        QTest::newRow("villages listed after their kind") << strikes << "Aita al-Shaab" << 0 << "LOCATION";
        QTest::newRow("...the second one") << strikes << "Kfar Kila" << 0 << "LOCATION";
        QTest::newRow("a village with an Arabic article") << strikes << "Deir al-Hawa" << 0 << "LOCATION";
        const QString mayors = QStringLiteral(
            "Bayrou was mayor of Pau in southwestern France. The mayor of London Sadiq Khan welcomed him.\n");
        QTest::newRow("a mayor's town the tagger took for a given name")
            << mayors << "Pau" << 0 << "LOCATION";
        QTest::newRow("...a mayor named after the town stays a person")
            << mayors << "Sadiq Khan" << 0 << "PERSON";
        const QString floods = QStringLiteral(
            "The army sent boats to the towns of Canoas, Eldorado do Sul and Cachoeira do Sul, Lula da Silva "
            "said. The Banco do Brasil gave money.\n");
        QTest::newRow("a Portuguese place name joined by 'do'")
            << floods << "Eldorado do Sul" << 0 << "LOCATION";
        QTest::newRow("...another") << floods << "Cachoeira do Sul" << 0 << "LOCATION";
        QTest::newRow("...not a person's particle") << floods << "Lula da Silva" << 0 << "PERSON";
        QTest::newRow("...nor a bank's") << floods << "Banco do Brasil" << 0 << "ORGANIZATION";
    }
    void settlementsNamedAfterTheirKind() { compareTypeInArticle(); }

    void playersAndClubsAcrossAGamesVerb_data()
    {
        addArticleColumns();
        const QString trade = QStringLiteral(
            "The Celtics acquired Marcus Webb from the Detroit Pistons on Monday. Webb scored 30 points in "
            "his last game.\n");
        QTest::newRow("a player acquired stays a person") << trade << "Marcus Webb" << 0 << "PERSON";
        const QString fixtures = QStringLiteral(
            "Atletico Madrid host Girona in La Liga on Saturday, and Ipswich play Newcastle United "
            "in the Premier League. Spain face Italy in March.\n");
        QTest::newRow("a town after a club and 'host'") << fixtures << "Girona" << 0 << "ORGANIZATION";
        QTest::newRow("a town before 'play' and a club") << fixtures << "Ipswich" << 0 << "ORGANIZATION";
        QTest::newRow("a country stays a place") << fixtures << "Italy" << 0 << "LOCATION";
    }
    void playersAndClubsAcrossAGamesVerb() { compareTypeInArticle(); }

    void civicGroupsPlatformsZonesAndMissions_data()
    {
        addArticleColumns();
        const QString civic
            = QStringLiteral("Groups including People's Coalition for Clean Water protested in Busan.\n");
        QTest::newRow("'People's' opens a group's name")
            << civic << "People's Coalition for Clean Water" << 0 << "ORGANIZATION";
        const QString parties = QStringLiteral(
            "The European People's Party and the Swiss People's Party met. He flew to the People's Republic "
            "of China.\n");
        QTest::newRow("a nationality opens a party's name")
            << parties << "European People's Party" << 0 << "ORGANIZATION";
        QTest::newRow("...another") << parties << "Swiss People's Party" << 0 << "ORGANIZATION";
        QTest::newRow("...a country stays one") << parties << "People's Republic of China" << 0 << "LOCATION";
        const QString cars = QStringLiteral(
            "Workers at carmakers such as Toyota, Ford and Honda got raises. Governor Wes Ford visited the "
            "plant.\n");
        QTest::newRow("a listed company keeps its type beside a person's surname")
            << cars << "Ford" << 0 << "ORGANIZATION";
        QTest::newRow("...and the person stays one") << cars << "Wes Ford" << 0 << "PERSON";
        const QString apps = QStringLiteral(
            "The law covers platforms such as TikTok, Reddit and X, and the owner of X objected.\n");
        QTest::newRow("a platform named by a letter in a list") << apps << "X" << 0 << "ORGANIZATION";
        QTest::newRow("...and again in the article") << apps << "X" << 1 << "ORGANIZATION";
        const QString zones
            = QStringLiteral("The plant stands in the Tema Free Trade Zone. Shoppers like Comfort Zone.\n");
        QTest::newRow("a trade zone is a place") << zones << "Tema Free Trade Zone" << 0 << "LOCATION";
        const QString missions = QStringLiteral(
            "Budget Cuts Hit Selene Plans\n\nThe Selene II mission will fly in May, the agency said. "
            "Selene III follows in 2028.\n");
        QTest::newRow("a programme's name in a headline") << missions << "Selene" << 0 << "none";
        QTest::newRow("...with another number") << missions << "Selene III" << 0 << "none";
        const QString merger
            = QStringLiteral("The deal merged Hyundai Rotem and Doosan Industries in 2015.\n");
        QTest::newRow("a known company's unit before 'and'")
            << merger << "Hyundai Rotem" << 0 << "ORGANIZATION";
        QTest::newRow("...and the company after it") << merger << "Doosan Industries" << 0 << "ORGANIZATION";
    }
    void civicGroupsPlatformsZonesAndMissions() { compareTypeInArticle(); }

    void kindsWrittenWithAHyphen_data()
    {
        addArticleColumns();
        const QString deal = QStringLiteral(
            "The chipmaker bought the start-up Veltrix in 2021, and a court later ruled on the Veltrix "
            "licence.\n");
        QTest::newRow("a name after 'start-up'") << deal << "Veltrix" << 0 << "ORGANIZATION";
        QTest::newRow("...and its other occurrence") << deal << "Veltrix" << 1 << "ORGANIZATION";
    }
    void kindsWrittenWithAHyphen() { compareTypeInArticle(); }

    void initialsWrittenTogether_data()
    {
        addArticleColumns();
        const QString board = QStringLiteral(
            "Chief executive K.T. Lin told analysts that demand was strong, and economist J.R. Halvorsen "
            "agreed. The U.S. Army and D.C. United were not involved.\n");
        QTest::newRow("initials and a surname after a role") << board << "K.T. Lin" << 0 << "PERSON";
        QTest::newRow("...where the tagger kept the surname") << board << "J.R. Halvorsen" << 0 << "PERSON";
        QTest::newRow("a country's initials stay its own") << board << "U.S. Army" << 0 << "ORGANIZATION";
        QTest::newRow("...and a town's") << board << "D.C. United" << 0 << "ORGANIZATION";
    }
    void initialsWrittenTogether() { compareTypeInArticle(); }

    void shortNamesInBracketsAndWildfires_data()
    {
        addArticleColumns();
        const QString fire = QStringLiteral(
            "The Oregon Department of Forestry and Fire Protection (Or Fire) said the Ridge Fire had burned "
            "9,000 acres, more than the Pine and Dalton fires together. Or Fire crews dug lines as Governor "
            "Tina Kotek fires her adviser.\n");
        QTest::newRow("the starts of an organisation's words") << fire << "Or Fire" << 0 << "ORGANIZATION";
        QTest::newRow("...and the short name again") << fire << "Or Fire" << 1 << "ORGANIZATION";
        QTest::newRow("a wildfire is no person") << fire << "Ridge Fire" << 0 << "none";
        QTest::newRow("...nor a name before 'fires'") << fire << "Dalton" << 0 << "none";
        QTest::newRow("...where it is no verb") << fire << "Tina Kotek" << 0 << "PERSON";
    }
    void shortNamesInBracketsAndWildfires() { compareTypeInArticle(); }

    void knownPlacesAndTransportAuthorities_data()
    {
        addArticleColumns();
        const QString visit = QStringLiteral(
            "The Holy See press office confirmed the visit. The Netherlands sent a minister. The Hague "
            "hosted the talks.\n");
        QTest::newRow("the Holy See") << visit << "Holy See" << 0 << "LOCATION";
        QTest::newRow("the Netherlands") << visit << "Netherlands" << 0 << "LOCATION";
        QTest::newRow("a city named with 'The' keeps it") << visit << "The Hague" << 0 << "LOCATION";
        const QString rail = QStringLiteral(
            "Trains were cancelled, Transport for Wales said. Transport for London (TfL) said the Tube "
            "would run.\n");
        QTest::newRow("a transport authority named for its place")
            << rail << "Transport for Wales" << 0 << "ORGANIZATION";
        QTest::newRow("...and its initials in mixed case") << rail << "TfL" << 0 << "ORGANIZATION";
        const QString museum = QStringLiteral(
            "The Louvre museum stayed shut, and visitors queued to see the Mona Lisa near the Pont des "
            "Arts.\n");
        QTest::newRow("a museum the dictionary knows as a word") << museum << "Louvre" << 0 << "LOCATION";
        QTest::newRow("a painting is no person") << museum << "Mona Lisa" << 0 << "none";
        QTest::newRow("a bridge named in French") << museum << "Pont des Arts" << 0 << "LOCATION";
        const QString pipeline = QStringLiteral(
            "The pipeline passes the Fort Berthold Reservation, and the Three Affiliated Tribe said it was "
            "not consulted.\n");
        QTest::newRow("a reservation is a place")
            << pipeline << "Fort Berthold Reservation" << 0 << "LOCATION";
        QTest::newRow("a tribe's government an organisation")
            << pipeline << "Three Affiliated Tribe" << 0 << "ORGANIZATION";
    }
    void knownPlacesAndTransportAuthorities() { compareTypeInArticle(); }

    void employersByTheirShortNameAndHyphenatedPlaces_data()
    {
        addArticleColumns();
        const QString lab = QStringLiteral(
            "Ana Ruiz, a biologist at Cornell University, led the study. \"It is a big step,\" said Ruiz, a "
            "biologist at Cornell. Farmers from Ithaca helped.\n");
        QTest::newRow("an employer by its first word") << lab << "Cornell" << 1 << "ORGANIZATION";
        QTest::newRow("...a town stays a place") << lab << "Ithaca" << 0 << "LOCATION";
        const QString trip = QStringLiteral(
            "The president flew to Mar-a-Lago on Friday and then to Saint-Jean-de-Luz for a summit.\n");
        QTest::newRow("a place joined around a lower-case word") << trip << "Mar-a-Lago" << 0 << "LOCATION";
        QTest::newRow("...and one the tagger read as a person")
            << trip << "Saint-Jean-de-Luz" << 0 << "LOCATION";
    }
    void employersByTheirShortNameAndHyphenatedPlaces() { compareTypeInArticle(); }

    void capitalDatelinesArticlesAndCompaniesThatMove_data()
    {
        addArticleColumns();
        const QString court
            = QStringLiteral("FORT PIERCE, Fla. — A Secret Service agent testified on Monday.\n");
        QTest::newRow("a dateline's place opening with a word") << court << "FORT PIERCE" << 0 << "LOCATION";
        QTest::newRow("'A' opening a sentence") << court << "Secret Service" << 0 << "ORGANIZATION";
        const QString markets = QStringLiteral(
            "Shell rose 2% after the results, and Mercedes' new chief spoke in Stuttgart.\n");
        QTest::newRow("a known company that is a word, moving") << markets << "Shell" << 0 << "ORGANIZATION";
        QTest::newRow("a team known by a given name") << markets << "Mercedes" << 0 << "ORGANIZATION";
        const QString review = QStringLiteral("Great service! Mercedes and Tom were friendly and quick.\n");
        QTest::newRow("...which stays a person beside one") << review << "Mercedes" << 0 << "PERSON";
    }
    void capitalDatelinesArticlesAndCompaniesThatMove() { compareTypeInArticle(); }

    void aPlaceNamedLikeAPersonReadBothWays_data()
    {
        addArticleColumns();
        const QString aid = QStringLiteral(
            "Aid trucks entered Gaza through the Kerem Shalom crossing. More trucks passed through Kerem "
            "Shalom crossing on Sunday.\n");
        QTest::newRow("before a lower-case 'crossing'") << aid << "Kerem Shalom" << 0 << "LOCATION";
        QTest::newRow("...and where the tagger saw a person") << aid << "Kerem Shalom" << 1 << "LOCATION";
    }
    void aPlaceNamedLikeAPersonReadBothWays() { compareTypeInArticle(); }

    void hyphenatedCompaniesAndAcronymsOfCompounds_data()
    {
        addArticleColumns();
        const QString bottler
            = QStringLiteral("Coca-Cola FEMSA chief executive Ian Craig said the deal would cut costs.\n");
        QTest::newRow("a hyphenated company opening the sentence before 'chief'")
            << bottler << "Coca-Cola FEMSA" << 0 << "ORGANIZATION";
        const QString party = QStringLiteral(
            "Pakistan Tehreek-e-Insaf (PTI) spokesman Zulfi Bukhari called the verdict a travesty. The PTI "
            "will appeal.\n");
        QTest::newRow("an acronym of a name with a hyphenated particle")
            << party << "PTI" << 0 << "ORGANIZATION";
        QTest::newRow("...and again") << party << "PTI" << 1 << "ORGANIZATION";
    }
    void hyphenatedCompaniesAndAcronymsOfCompounds() { compareTypeInArticle(); }

    void surnamesWithHyphensAndParticles_data()
    {
        addArticleColumns();
        const QString trial
            = QStringLiteral("Exchange Founder Hollis-Grant Jailed\n\nTom Hollis-Grant was sentenced on "
                             "Thursday. His parents, "
                             "Anne Hollis and Peter Grant, were in court. Hollis-Grant will appeal.\n");
        QTest::newRow("a compound surname after a given name")
            << trial << "Tom Hollis-Grant" << 0 << "PERSON";
        QTest::newRow("...alone in the headline") << trial << "Hollis-Grant" << 0 << "PERSON";
        QTest::newRow("...and later") << trial << "Hollis-Grant" << 2 << "PERSON";
        QTest::newRow("his mother stays herself") << trial << "Anne Hollis" << 0 << "PERSON";
        const QString summit = QStringLiteral(
            "Leaders backed Ursula von der Leyen on Thursday. Meloni abstained on von der Leyen. Von der "
            "Leyen thanked them.\n");
        QTest::newRow("a surname with its particles") << summit << "von der Leyen" << 1 << "PERSON";
        QTest::newRow("...opening a sentence") << summit << "Von der Leyen" << 0 << "PERSON";
    }
    void surnamesWithHyphensAndParticles() { compareTypeInArticle(); }

    void aLegalFormAloneNamesNothing_data()
    {
        addArticleColumns();
        const QString prize
            = QStringLiteral("Co-chair Toshiyuki Mimaki wept in Hiroshima. Shares of Kroger Co. fell.\n");
        QTest::newRow("the start of 'Co-chair'") << prize << "Co" << 0 << "none";
        QTest::newRow("...the person after it") << prize << "Toshiyuki Mimaki" << 0 << "PERSON";
        QTest::newRow("a legal form closing a name") << prize << "Kroger Co." << 0 << "ORGANIZATION";
    }
    void aLegalFormAloneNamesNothing() { compareTypeInArticle(); }

    void longKnownNamesBrandsAndNamesSaidToBeKnownAs_data()
    {
        addArticleColumns();
        const QString monitors = QStringLiteral(
            "Monitors from the Organization for Security and Co-operation in Europe arrived in Tbilisi.\n");
        QTest::newRow("a known name of nine tokens")
            << monitors << "Organization for Security and Co-operation in Europe" << 0 << "ORGANIZATION";
        const QString airline = QStringLiteral(
            "Shares in easyJet rose 6% on Tuesday, and Kenton Jarvis sold a watch on eBay.\n");
        QTest::newRow("a brand with a small first letter") << airline << "easyJet" << 0 << "ORGANIZATION";
        QTest::newRow("...another") << airline << "eBay" << 0 << "ORGANIZATION";
        const QString cocoa = QStringLiteral(
            "The Velmar Cocoa Board, known as Velcob, said on Thursday it had secured financing. The "
            "regulator's chief executive, Randy Abbey, said the money would allow Velcob to pay farmers.\n");
        QTest::newRow("a name known as another") << cocoa << "Velcob" << 0 << "ORGANIZATION";
        QTest::newRow("...at its other occurrences too") << cocoa << "Velcob" << 1 << "ORGANIZATION";
        const QString committee = QStringLiteral(
            "The Norwegian Nobel Committee praised the group. Renew Europe backed the commission.\n");
        QTest::newRow("a nationality opening a listed name")
            << committee << "Norwegian Nobel Committee" << 0 << "ORGANIZATION";
        QTest::newRow("a listed group named with a verb")
            << committee << "Renew Europe" << 0 << "ORGANIZATION";
        const QString founded = QStringLiteral(
            "Anthropic, founded by former OpenAI employees, is raising money from Amazon.\n");
        QTest::newRow("a known company named by a word, described after it")
            << founded << "Anthropic" << 0 << "ORGANIZATION";
    }
    void longKnownNamesBrandsAndNamesSaidToBeKnownAs() { compareTypeInArticle(); }

    void placesAfterAnArticleOrBeforeACampAndGivenNamesThatAreTowns_data()
    {
        addArticleColumns();
        const QString siege = QStringLiteral(
            "A convoy reached the besieged city of el-Fasher on Sunday. Residents fled el-Fasher for "
            "Tawila. Residents of the Zamzam camp told reporters the Trump camp had said nothing.\n");
        QTest::newRow("a town after an Arabic article") << siege << "el-Fasher" << 0 << "LOCATION";
        QTest::newRow("...at its other occurrences too") << siege << "el-Fasher" << 1 << "LOCATION";
        QTest::newRow("a camp named before the word") << siege << "Zamzam" << 0 << "LOCATION";
        QTest::newRow("...not a person's side") << siege << "Trump" << 0 << "PERSON";
        const QString tennis = QStringLiteral(
            "Keys beats Sabalenka to reach final\n\nMELBOURNE, Australia — Madison Keys reached the "
            "final on Wednesday with a 6-3 2-6 7-5 win over Aryna Sabalenka. Keys, 29, will face Iga "
            "Swiatek, who beat Elina Svitolina. \"I just tried to stay aggressive,\" Keys said.\n");
        QTest::newRow("a given name that is also a town") << tennis << "Madison Keys" << 0 << "PERSON";
        const QString summit = QStringLiteral(
            "BEIJING (Reuters) — Vietnam's top leader To Lam met Chinese President Xi Jinping in Beijing on "
            "Monday, as the two communist neighbours signed deals on railways linking Lao Cai and Hanoi "
            "with the Chinese city of Kunming. Lam, general secretary of the Communist Party of Vietnam, "
            "said relations had reached a new height.\n");
        QTest::newRow("a surname spelled like a word") << summit << "To Lam" << 0 << "PERSON";
    }
    void placesAfterAnArticleOrBeforeACampAndGivenNamesThatAreTowns() { compareTypeInArticle(); }

    void riversNamedByAWordAndTownsThatVisitAClub_data()
    {
        addArticleColumns();
        const QString storm
            = QStringLiteral("Flood warnings were in place along the River Severn and the River Wye.\n");
        QTest::newRow("a river named by a dictionary word") << storm << "River Wye" << 0 << "LOCATION";
        const QString game = QStringLiteral(
            "LeBron James scored 36 points as the Lakers beat the Golden State Warriors 118-104 on "
            "Thursday. Los Angeles visits the Denver Nuggets on Saturday.\n");
        QTest::newRow("a town that visits a club") << game << "Los Angeles" << 0 << "ORGANIZATION";
        const QString derby = QStringLiteral("Chelsea visit Brighton on Sunday after beating Arsenal 2-1.\n");
        QTest::newRow("a town a club visits") << derby << "Brighton" << 0 << "ORGANIZATION";
    }
    void riversNamedByAWordAndTownsThatVisitAClub() { compareTypeInArticle(); }

    void universitiesInTheirLanguageCricketFormatsAndCharities_data()
    {
        addArticleColumns();
        const QString science = QStringLiteral(
            "\"It is the first time,\" said Pierre Roy of the Trottier Institute at the Université de "
            "Montréal. India won the T20 World Cup, and Kohli retired from T20 internationals. Volunteers "
            "from Catholic Charities helped.\n");
        QTest::newRow("a university named in French")
            << science << "Université de Montréal" << 0 << "ORGANIZATION";
        QTest::newRow("a cricket format is no place") << science << "T20" << 0 << "none";
        QTest::newRow("...nor later") << science << "T20" << 1 << "none";
        QTest::newRow("a charity named by dictionary words")
            << science << "Catholic Charities" << 0 << "ORGANIZATION";
    }
    void universitiesInTheirLanguageCricketFormatsAndCharities() { compareTypeInArticle(); }

    void listedPeopleTwoPartStatesAndCourtDistricts_data()
    {
        addArticleColumns();
        const QString golf = QStringLiteral(
            "McIlroy joins Gene Sarazen, Ben Hogan, Gary Player, Jack Nicklaus and Tiger Woods.\n");
        QTest::newRow("a given name that is a word, after people listed in full")
            << golf << "Tiger Woods" << 0 << "PERSON";
        const QString landing
            = QStringLiteral("WHITE SANDS, N.M. — Boeing's Starliner capsule landed early on Saturday.\n");
        QTest::newRow("a dateline's town before a state written with initials")
            << landing << "WHITE SANDS" << 0 << "LOCATION";
        const QString court = QStringLiteral(
            "Prosecutors in the Southern District of New York said he took bribes. Judge Amy Kwan of the "
            "Northern District of California agreed.\n");
        QTest::newRow("a court's district with its state")
            << court << "Southern District of New York" << 0 << "LOCATION";
        QTest::newRow("...another") << court << "Northern District of California" << 0 << "LOCATION";
        const QString county = QStringLiteral(
            "Hours later, a judge in King County Superior Court in Seattle ruled in a separate case.\n");
        QTest::newRow("a county named by a title")
            << county << "King County Superior Court" << 0 << "ORGANIZATION";
    }
    void listedPeopleTwoPartStatesAndCourtDistricts() { compareTypeInArticle(); }

    void rolesWithCoGameVerbsInsideANameAndCapitalisedParticles_data()
    {
        addArticleColumns();
        const QString sacked = QStringLiteral(
            "United sack Ten Hag\n\nMANCHESTER, England — Manchester United sacked manager Erik ten Hag on "
            "Monday. Ruud van Nistelrooy, Ten Hag's assistant, takes charge. Co-owner Jim Ratcliffe had "
            "backed him. United host Chelsea on Sunday. Blue Star Ferries cancelled sailings.\n");
        QTest::newRow("a surname's particle in a headline") << sacked << "Ten Hag" << 0 << "PERSON";
        QTest::newRow("...and with a capital inside a sentence") << sacked << "Ten Hag" << 1 << "PERSON";
        QTest::newRow("a role written with 'Co-' is no organisation")
            << sacked << "Jim Ratcliffe" << 0 << "PERSON";
        QTest::newRow("a game's verb parts two clubs") << sacked << "Chelsea" << 0 << "ORGANIZATION";
        QTest::newRow("a ferry company") << sacked << "Blue Star Ferries" << 0 << "ORGANIZATION";
    }
    void rolesWithCoGameVerbsInsideANameAndCapitalisedParticles() { compareTypeInArticle(); }

    void utilitiesCarriersAndPoliceNamedByWords_data()
    {
        addArticleColumns();
        const QString storm = QStringLiteral(
            "Thames Water's creditors met on Monday. ScotRail suspended services and Gardaí closed roads "
            "in Donegal. Hapag-Lloyd said the Hamburg-based carrier expected delays. Jet2 said bookings "
            "were strong. Davy Stockbrokers said so at the Boulder County Fairgrounds.\n");
        QTest::newRow("a water company named by its river") << storm << "Thames Water" << 0 << "ORGANIZATION";
        QTest::newRow("a rail operator") << storm << "ScotRail" << 0 << "ORGANIZATION";
        QTest::newRow("a police force named by a word") << storm << "Gardaí" << 0 << "ORGANIZATION";
        QTest::newRow("a shipping line with a hyphen") << storm << "Hapag-Lloyd" << 0 << "ORGANIZATION";
        QTest::newRow("an airline with a digit") << storm << "Jet2" << 0 << "ORGANIZATION";
        QTest::newRow("a broker named by its trade") << storm << "Davy Stockbrokers" << 0 << "ORGANIZATION";
        QTest::newRow("fairgrounds are a place") << storm << "Boulder County Fairgrounds" << 0 << "LOCATION";
        const QString football = QStringLiteral(
            "Man Utd sack Amorim\n\nShares of Albemarle fell; it mines with Tianqi Lithium and IGO Ltd. "
            "Rivals SQM and Pilbara Minerals cut output.\n");
        QTest::newRow("a club's short name") << football << "Man Utd" << 0 << "ORGANIZATION";
        QTest::newRow("a lithium company before a list's 'and'")
            << football << "Tianqi Lithium" << 0 << "ORGANIZATION";
        QTest::newRow("...and a mining company") << football << "Pilbara Minerals" << 0 << "ORGANIZATION";
    }
    void utilitiesCarriersAndPoliceNamedByWords() { compareTypeInArticle(); }

    void legalFormsPrefixesBranchesSaintsAndModels_data()
    {
        addArticleColumns();
        const QString deal = QStringLiteral(
            "OTTAWA — Rogers Communications Inc agreed to sell a stake to Blackstone Inc for C$7 billion. "
            "Rogers said the deal cuts debt. Ex-Fox Corp executive Hernan Lopez was cleared. Sean Suggs, "
            "president of Toyota North America, spoke. Co-owner Sir Jim Ratcliffe backed him.\n");
        QTest::newRow("a legal form closes the name before 'for'")
            << deal << "Blackstone Inc" << 0 << "ORGANIZATION";
        QTest::newRow("a company's first word that is also a town named after someone")
            << deal << "Rogers" << 1 << "ORGANIZATION";
        QTest::newRow("'Ex-' is no part of the company") << deal << "Fox Corp" << 0 << "ORGANIZATION";
        QTest::newRow("a company's branch on a continent")
            << deal << "Toyota North America" << 0 << "ORGANIZATION";
        QTest::newRow("a role with 'Co-' before a knight is no organisation")
            << deal << "Co-owner" << 0 << "none";
        QTest::newRow("...and the knight is a person") << deal << "Jim Ratcliffe" << 0 << "PERSON";
        const QString storm = QStringLiteral(
            "The utility cut power to much of St. Elizabeth parish. Both switches on the Air India Boeing "
            "787 were moved, Britain's Air Accidents Investigation Branch said.\n");
        QTest::newRow("a saint's name before 'parish' is the place")
            << storm << "St. Elizabeth" << 0 << "LOCATION";
        QTest::newRow("an airline before a maker's model") << storm << "Air India" << 0 << "ORGANIZATION";
        QTest::newRow("...and the maker") << storm << "Boeing" << 0 << "ORGANIZATION";
        QTest::newRow("an accident investigator")
            << storm << "Air Accidents Investigation Branch" << 0 << "ORGANIZATION";
    }
    void legalFormsPrefixesBranchesSaintsAndModels() { compareTypeInArticle(); }

    void listedLabelsProvincialMinistersAndAdvisers_data()
    {
        addArticleColumns();
        const QString music = QStringLiteral(
            "Spotify pays labels such as Universal Music Group, Sony Music and Warner Music Group. Ontario "
            "Transportation Minister Prabmeet Sarkaria said so. Chief Adviser Muhammad Yunus's government "
            "asked. Non-Aligned Movement leaders met.\n");
        QTest::newRow("a known company's unit listed after a comma")
            << music << "Sony Music" << 0 << "ORGANIZATION";
        QTest::newRow("...and the next") << music << "Warner Music Group" << 0 << "ORGANIZATION";
        QTest::newRow("a province before a minister's portfolio") << music << "Ontario" << 0 << "LOCATION";
        QTest::newRow("...and the portfolio is none") << music << "Ontario Transportation" << 0 << "none";
        QTest::newRow("an adviser's title is no part of the name")
            << music << "Muhammad Yunus" << 0 << "PERSON";
        QTest::newRow("'Non-' opens a name of a word")
            << music << "Non-Aligned Movement" << 0 << "ORGANIZATION";
    }
    void listedLabelsProvincialMinistersAndAdvisers() { compareTypeInArticle(); }

    void nicknamesInQuotesFilipinoParticlesAndHyphenatedRegions_data()
    {
        addArticleColumns();
        const QString verdict = QStringLiteral(
            "Combs guilty\n\nNEW YORK — A jury found Sean \"Diddy\" Combs guilty. Senator Bato dela Rosa has "
            "not been seen. Red alerts were issued for Andalusia and parts of Castile-La Mancha.\n");
        QTest::newRow("a nickname in quotes inside a person's name")
            << verdict << "Sean \"Diddy\" Combs" << 0 << "PERSON";
        QTest::newRow("a Filipino surname's particle") << verdict << "Bato dela Rosa" << 0 << "PERSON";
        QTest::newRow("a region named by two with a hyphen")
            << verdict << "Castile-La Mancha" << 0 << "LOCATION";
    }
    void nicknamesInQuotesFilipinoParticlesAndHyphenatedRegions() { compareTypeInArticle(); }

    void businessChannelsCourtsAndJournals_data()
    {
        addArticleColumns();
        const QString ruling = QStringLiteral(
            "Bessent told Fox Business afterwards. The lower General Court had sided with Apple, and the "
            "Federal Circuit ruled against the tariffs. It rose, according to a study published Monday in "
            "Nature Medicine.\n");
        QTest::newRow("a business channel") << ruling << "Fox Business" << 0 << "ORGANIZATION";
        QTest::newRow("a court named by a title's words") << ruling << "General Court" << 0 << "ORGANIZATION";
        QTest::newRow("a circuit court") << ruling << "Federal Circuit" << 0 << "ORGANIZATION";
        QTest::newRow("a journal") << ruling << "Nature Medicine" << 0 << "ORGANIZATION";
    }
    void businessChannelsCourtsAndJournals() { compareTypeInArticle(); }

    void derbiesPlayersClubsAndUnionsNamedByWords_data()
    {
        addArticleColumns();
        const QString derby
            = QStringLiteral("Real Madrid beat Barcelona in first Clásico under Alonso\n\nMADRID — "
                             "Bellingham headed in from a "
                             "Vinícius Júnior cross in the Clásico. Madrid face Juventus, while Barça host "
                             "Olympiacos. Workers "
                             "United said it had not been consulted, and Luckin Coffee gained.\n");
        QTest::newRow("a derby's name is no organisation") << derby << "Clásico" << 1 << "none";
        QTest::newRow("a player known by two given names") << derby << "Vinícius Júnior" << 0 << "PERSON";
        QTest::newRow("a club's short name with a cedilla") << derby << "Barça" << 0 << "ORGANIZATION";
        QTest::newRow("a Greek club") << derby << "Olympiacos" << 0 << "ORGANIZATION";
        QTest::newRow("a union named by words") << derby << "Workers United" << 0 << "ORGANIZATION";
        QTest::newRow("a coffee chain") << derby << "Luckin Coffee" << 0 << "ORGANIZATION";
    }
    void derbiesPlayersClubsAndUnionsNamedByWords() { compareTypeInArticle(); }

    void possessivesInsideNamesConstabulariesAndParties_data()
    {
        addArticleColumns();
        const QString stabbing = QStringLiteral(
            "The train was heading for London King's Cross. Samir Zitouni remained at Addenbrooke's "
            "Hospital in Cambridge, and a girl at Boston Children's Hospital. Cambridgeshire Constabulary "
            "declared a major incident. NZ First leader Winston Peters spoke, and the Democratic Socialists "
            "of America cheered. Kyiv's Academy of Sciences said so.\n");
        QTest::newRow("a station whose name has a possessive")
            << stabbing << "London King's Cross" << 0 << "LOCATION";
        QTest::newRow("a hospital named after someone")
            << stabbing << "Addenbrooke's Hospital" << 0 << "ORGANIZATION";
        QTest::newRow("a place owns what follows") << stabbing << "Kyiv" << 0 << "LOCATION";
        QTest::newRow("a county's police force")
            << stabbing << "Cambridgeshire Constabulary" << 0 << "ORGANIZATION";
        QTest::newRow("a party named by its country") << stabbing << "NZ First" << 0 << "ORGANIZATION";
    }
    void possessivesInsideNamesConstabulariesAndParties() { compareTypeInArticle(); }

    void peopleNamedToARoleAndMexicanBanks_data()
    {
        addArticleColumns();
        const QString cabinet = QStringLiteral(
            "Takaichi named Satsuki Katayama as finance minister. The board appointed Goldman Sachs as "
            "adviser. Banorte analyst Alejandro Padilla said so.\n");
        QTest::newRow("a person named to a role") << cabinet << "Satsuki Katayama" << 0 << "PERSON";
        QTest::newRow("...not a company") << cabinet << "Goldman Sachs" << 0 << "ORGANIZATION";
        QTest::newRow("a Mexican bank") << cabinet << "Banorte" << 0 << "ORGANIZATION";
    }
    void peopleNamedToARoleAndMexicanBanks() { compareTypeInArticle(); }

    void brandsListedWithACompanyAndProxyAdvisers_data()
    {
        addArticleColumns();
        const QString meeting = QStringLiteral(
            "Proxy advisers Institutional Shareholder Services and Glass Lewis had opposed it. Denholm said "
            "the board had to keep Musk focused on Tesla rather than SpaceX, xAI and Neuralink.\n");
        QTest::newRow("a proxy adviser named by two surnames")
            << meeting << "Glass Lewis" << 0 << "ORGANIZATION";
        QTest::newRow("a brand with a small first letter") << meeting << "xAI" << 0 << "ORGANIZATION";
        QTest::newRow("a company no dictionary knows") << meeting << "Neuralink" << 0 << "ORGANIZATION";
    }
    void brandsListedWithACompanyAndProxyAdvisers() { compareTypeInArticle(); }

    void clubsListedFirstFirmsOpenedByBancoAndPartiesSetOffByCommas_data()
    {
        addArticleColumns();
        const QString football = QStringLiteral(
            "The verdict matters beyond Manchester. Arsenal, Brighton and Tottenham Hotspur have asked the "
            "league to publish its reasons.\n");
        QTest::newRow("a club named by a word opening a list of clubs")
            << football << "Arsenal" << 0 << "ORGANIZATION";
        const QString markets = QStringLiteral("Shares of Banco Macro and Banco do Brasil rose on Monday. "
                                               "Depositors queued outside Banco Galicia. Shares of "
                                               "TGS and Banco Supervielle also gained. Economists at "
                                               "Lakemoor Bank and Capital Economics said the "
                                               "rally could fade.\n");
        QTest::newRow("a firm's name opened by Banco, before and")
            << markets << "Banco Macro" << 0 << "ORGANIZATION";
        QTest::newRow("a known bank after and") << markets << "Banco do Brasil" << 0 << "ORGANIZATION";
        QTest::newRow("Banco before a region is the bank")
            << markets << "Banco Galicia" << 0 << "ORGANIZATION";
        QTest::newRow("initials listed before a bank")
            << markets << "Banco Supervielle" << 0 << "ORGANIZATION";
        QTest::newRow("a bank and a consultancy, first") << markets << "Lakemoor Bank" << 0 << "ORGANIZATION";
        QTest::newRow("a bank and a consultancy, second")
            << markets << "Capital Economics" << 0 << "ORGANIZATION";
        const QString politics = QStringLiteral(
            "Ortega's party, Nueva Esperanza Civica, holds nine seats. Her party, Frente Amplio Sur, holds "
            "four.\n");
        QTest::newRow("a party set off by commas after a possessive")
            << politics << "Nueva Esperanza Civica" << 0 << "ORGANIZATION";
        QTest::newRow("a party set off by commas after her")
            << politics << "Frente Amplio Sur" << 0 << "ORGANIZATION";
        const QString composer = QStringLiteral(
            "Brahms recommended the young composer to his publisher, Hellwig, who soon commissioned a set of "
            "dances.\n");
        QTest::newRow("a trade's agent noun names a person too") << composer << "Hellwig" << 0 << "PERSON";
        const QString hospital = QStringLiteral(
            "At Mercy Hospital in Dayton, run by Kestrel Healthcare, staff worked without water.\n");
        QTest::newRow("a hospital group named by Healthcare")
            << hospital << "Kestrel Healthcare" << 0 << "ORGANIZATION";
        // Guards: one name with "and" inside stays one; a place listed first stays a place.
        const QString guards = QStringLiteral(
            "He studied at the London School of Economics and Political Science. Paris, Lyon and Marseille "
            "host the games.\n");
        QTest::newRow("one name with and inside")
            << guards << "London School of Economics and Political Science" << 0 << "ORGANIZATION";
        QTest::newRow("a town opening a list of towns") << guards << "Paris" << 0 << "LOCATION";
    }
    void clubsListedFirstFirmsOpenedByBancoAndPartiesSetOffByCommas() { compareTypeInArticle(); }

    void partiesByAcronymAndSpelledOutBeforeTheirKind_data()
    {
        addArticleColumns();
        const QString coalition = QStringLiteral(
            "The deal joins the VVD of former Prime Minister Anna Kessel and the Honest Work Agenda (HWA) "
            "party. In Pretoria, he met the ANC of President Thabo Ndlovu. Two lawmakers backed the Common "
            "Ground (CG) alliance.\n");
        QTest::newRow("a Dutch party by its acronym") << coalition << "VVD" << 0 << "ORGANIZATION";
        QTest::newRow("a South African party by its acronym") << coalition << "ANC" << 0 << "ORGANIZATION";
        QTest::newRow("a long form before its acronym and party")
            << coalition << "Honest Work Agenda" << 0 << "ORGANIZATION";
        QTest::newRow("the acronym before party") << coalition << "HWA" << 0 << "ORGANIZATION";
        QTest::newRow("a long form before its acronym and alliance")
            << coalition << "Common Ground" << 0 << "ORGANIZATION";
        // A thing spelled out stays a thing, whatever kind of firm follows it.
        const QString lamps = QStringLiteral("A Compact Fluorescent Light (CFL) maker said sales fell.\n");
        QTest::newRow("a thing spelled out before maker")
            << lamps << "Compact Fluorescent Light" << 0 << "none";
    }
    void partiesByAcronymAndSpelledOutBeforeTheirKind() { compareTypeInArticle(); }

    void hometownsBeforeTheirCountyChainsAndKoreanDistricts_data()
    {
        addArticleColumns();
        const QString court = QStringLiteral(
            "Liam Foster, 38, of Carlisle, and Owen Pryce, 31, of Wigton, Cumbria, will appear before "
            "magistrates on Monday. She works for Apple, California's largest company.\n");
        QTest::newRow("a town before its county, after of") << court << "Wigton" << 0 << "LOCATION";
        QTest::newRow("a company before a place's possessive stays one")
            << court << "Apple" << 0 << "ORGANIZATION";
        const QString cinemas = QStringLiteral("The film, distributed by AMC Theatres, earned $90 million. "
                                               "Regal Cinemas closed two screens, and "
                                               "MGM Resorts said bookings fell.\n");
        QTest::newRow("a cinema chain by Theatres") << cinemas << "AMC Theatres" << 0 << "ORGANIZATION";
        QTest::newRow("a cinema chain by Cinemas") << cinemas << "Regal Cinemas" << 0 << "ORGANIZATION";
        QTest::newRow("a resort group") << cinemas << "MGM Resorts" << 0 << "ORGANIZATION";
        const QString downtown
            = QStringLiteral("Downtown has the Art Deco Fox and Paramount Theaters and many bars.\n");
        QTest::newRow("two theatres joined by and are no chain")
            << downtown << "Art Deco Fox and Paramount Theaters" << 0 << "none";
        const QString seoul = QStringLiteral(
            "He spoke from his residence in Hannam-dong. Police in Jongno-gu said the march was peaceful.\n");
        QTest::newRow("a Korean neighbourhood with its suffix") << seoul << "Hannam-dong" << 0 << "LOCATION";
        QTest::newRow("a Korean district with its suffix") << seoul << "Jongno-gu" << 0 << "LOCATION";
        const QString wildfire = QStringLiteral(
            "Evacuation orders covered parts of Zelmor and Santa Monica. Ma said she was in Houston, She was "
            "happy.\n");
        QTest::newRow("an unknown word listed before a known town")
            << wildfire << "Zelmor" << 0 << "LOCATION";
        QTest::newRow("a pronoun after a comma is no place") << wildfire << "She" << 0 << "none";
    }
    void hometownsBeforeTheirCountyChainsAndKoreanDistricts() { compareTypeInArticle(); }

    void parliamentByItsName_data()
    {
        addArticleColumns();
        const QString resignation
            = QStringLiteral("HALDEN, Jan 6 (Reuters) - Prime Minister Ana Lutz said on Monday she would "
                             "resign as leader of the "
                             "ruling Unity Party once a successor is chosen, and that Parliament would be "
                             "suspended until March "
                             "24. Protesters gathered outside the Houses of Parliament.\n");
        QTest::newRow("the legislature by its name") << resignation << "Parliament" << 0 << "ORGANIZATION";
        QTest::newRow("the building keeps its name")
            << resignation << "Houses of Parliament" << 0 << "LOCATION";
    }
    void parliamentByItsName() { compareTypeInArticle(); }

    void missIsATitleBeforeANameOnly_data()
    {
        addArticleColumns();
        const QString letters = QStringLiteral(
            "In 1803 he fell in love with Miss Hartwell, who was engaged to another man. Miss Universe 2023 "
            "was crowned in San Salvador.\n");
        QTest::newRow("the name after Miss") << letters << "Hartwell" << 0 << "PERSON";
        QTest::newRow("Miss is no part of the name") << letters << "Miss Hartwell" << 0 << "none";
        QTest::newRow("a pageant after Miss names no one") << letters << "Universe" << 0 << "none";
    }
    void missIsATitleBeforeANameOnly() { compareTypeInArticle(); }

    void organisationNamesAroundAndAndOf_data()
    {
        QTest::addColumn<QString>("surface");
        QTest::addColumn<QString>("type");
        QTest::newRow("no sentence-initial word before of") << "Meridian Shipping Group"
                                                            << "ORGANIZATION";
        QTest::newRow("two companies joined by and") << "Northwind Air Lines"
                                                     << "ORGANIZATION";
        QTest::newRow("two companies joined by and, second") << "Southern Coast Airlines"
                                                             << "ORGANIZATION";
        QTest::newRow("one name with and inside") << "Bill and Melinda Gates Foundation"
                                                  << "ORGANIZATION";
        QTest::newRow("one name with and inside, second") << "Department of Housing and Urban Development"
                                                          << "ORGANIZATION";
        QTest::newRow("one word before and is no name of its own") << "Unity and Progress Party"
                                                                   << "ORGANIZATION";
        QTest::newRow("firm named with an ampersand") << "Hollis & Wainwright"
                                                      << "ORGANIZATION";
        QTest::newRow("firm named with an ampersand, place first") << "Kettering Power & Light"
                                                                   << "ORGANIZATION";
        QTest::newRow("dictionary words around an ampersand") << "Social Science & Medicine"
                                                              << "none";
        QTest::newRow("a name found on each side of and") << "Morvain Chase and Bank of Carvela"
                                                          << "none";
        QTest::newRow("a name found on each side of and, second") << "Bank of Carvela"
                                                                  << "ORGANIZATION";
        QTest::newRow("the party of its leader") << "Unity and Progress Party of President Tomas Varga"
                                                 << "none";
        QTest::newRow("the party of its leader, leader") << "Tomas Varga"
                                                         << "PERSON";
        QTest::newRow("a title between an organisation and a name") << "Dana Whitcombe"
                                                                    << "PERSON";
        QTest::newRow("a title between an organisation and a name, whole")
            << "Dressler Police Chief Dana Whitcombe"
            << "none";
    }
    void organisationNamesAroundAndAndOf()
    {
        QFETCH(QString, surface);
        QFETCH(QString, type);
        const QString text
            = QStringLiteral("Shares of Meridian Shipping Group rose.\nNorthwind Air Lines and "
                             "Southern Coast Airlines canceled flights.\nThe Bill and Melinda Gates "
                             "Foundation gave money.\nHollis & Wainwright hired three partners, and "
                             "customers of Kettering Power & Light lost power.\nShe studied Social "
                             "Science & Medicine in Leeds.\nMorvain Chase and Bank of Carvela reported "
                             "profits.\nThe Department of Housing and Urban Development issued a rule.\n"
                             "Dressler Police Chief Dana Whitcombe said the road was closed.\nThe Unity and "
                             "Progress Party of President Tomas Varga won the vote.\n");
        QCOMPARE(typeAt(m_extractor->extract(text), text, surface), type);
    }

    void knownCompaniesGivenNamesAndTitles_data()
    {
        QTest::addColumn<QString>("surface");
        QTest::addColumn<int>("occurrence");
        QTest::addColumn<QString>("type");
        // Company names that are also a city ("Honda"), a surname ("Ferrari") or unknown words.
        QTest::newRow("company that is also a city") << "Honda" << 0 << "ORGANIZATION";
        QTest::newRow("company the tagger does not know") << "Hyundai" << 0 << "ORGANIZATION";
        QTest::newRow("company with its legal word") << "Ford Motor" << 0 << "ORGANIZATION";
        QTest::newRow("company that is a surname") << "Ferrari" << 0 << "ORGANIZATION";
        QTest::newRow("a piece of a company's name") << "Lockheed Martin" << 0 << "ORGANIZATION";
        QTest::newRow("the person the article names") << "Ford" << 2 << "PERSON";
        QTest::newRow("a dictionary word opening a sentence") << "Shell" << 0 << "none";
        QTest::newRow("a company before a title and a person") << "Apple" << 0 << "ORGANIZATION";
        // Given names the tagger left out of a full name.
        QTest::newRow("given name the tagger does not know") << "Lando Norris" << 0 << "PERSON";
        QTest::newRow("given name that is also a word") << "Christian Moore" << 0 << "PERSON";
        QTest::newRow("known given name before another surname") << "Lando Fisher" << 0 << "PERSON";
        QTest::newRow("given name and two particles") << "Ursula von der Leyen" << 0 << "PERSON";
        // Titles inside place and party names.
        QTest::newRow("a court title after a country") << "U.S." << 0 << "LOCATION";
        QTest::newRow("the judge") << "Helen Marsh" << 0 << "PERSON";
        QTest::newRow("a title word joined by and") << "Justice and Renewal Party" << 0 << "ORGANIZATION";
        QTest::newRow("a country's government") << "US" << 0 << "LOCATION";
        QTest::newRow("an organisation ending a sentence")
            << "Fort Lauderdale Police Department" << 0 << "ORGANIZATION";
    }
    void knownCompaniesGivenNamesAndTitles()
    {
        QFETCH(QString, surface);
        QFETCH(int, occurrence);
        QFETCH(QString, type);
        const QString text = QStringLiteral(
            "Honda and Nissan reported higher sales in Ohio, while Hyundai opened a plant in Georgia. "
            "Ford Motor cut prices, and Taipei signed a deal with Lockheed Martin.\n"
            "Harrison Ford said he liked the script. Ford, 81, did not say more.\n"
            "Shell casings were found on the road near the station. Apple CEO Tim Cook said sales rose.\n"
            "McLaren's Lando Norris finished ahead of Ferrari's Marco Delluca, and Red Bull team "
            "principal Christian Moore praised both drivers. Varn Motors' Lando Fisher was third.\n"
            "Ursula von der Leyen said the rules would change.\n"
            "U.S. District Judge Helen Marsh said the company had lied.\n"
            "The Justice and Renewal Party won seats, and the US Government welcomed the result.\n"
            "\"We found him,\" said Sgt. Ana Ruiz of the Fort Lauderdale Police Department. The case drew "
            "attention.\n");
        QCOMPARE(typeAt(m_extractor->extract(text), text, surface, occurrence), type);
    }

    void officesAcronymsCompaniesAndLowerCasePlaces_data()
    {
        QTest::addColumn<QString>("surface");
        QTest::addColumn<int>("occurrence");
        QTest::addColumn<QString>("type");
        // "Major" and "General" as adjectives, and before a name the gazetteer knows as a group.
        QTest::newRow("a known group after an adjective title") << "Hamas" << 0 << "ORGANIZATION";
        QTest::newRow("the same group in lower-case company") << "Hamas" << 1 << "ORGANIZATION";
        QTest::newRow("a dictionary word after General") << "Confederation" << 0 << "none";
        // The rest of an "X of Y" title is not the person's.
        QTest::newRow("office words before a name") << "Defense Karim Haddad" << 0 << "none";
        QTest::newRow("the person after the office") << "Karim Haddad" << 0 << "PERSON";
        // Acronyms that take a letter from "of", and long forms the tagger cut short.
        QTest::newRow("acronym with the letter of 'of'")
            << "Economic Community of West African States" << 0 << "ORGANIZATION";
        QTest::newRow("that acronym") << "ECOWAS" << 0 << "ORGANIZATION";
        QTest::newRow("long form the tagger cut short")
            << "State Administration for Market Regulation" << 0 << "ORGANIZATION";
        // An organisation and a place joined by "and" are two names.
        QTest::newRow("organisation before 'and' a place") << "European Union" << 0 << "ORGANIZATION";
        QTest::newRow("the place after it") << "China" << 0 << "LOCATION";
        // A company's short name after its full one with the legal form.
        QTest::newRow("company with its legal form") << "Velmora Corp" << 0 << "ORGANIZATION";
        QTest::newRow("the same company without it") << "Velmora" << 1 << "ORGANIZATION";
        // Places typed in lower case, and words that only look like them.
        QTest::newRow("lower-case region") << "kerala" << 0 << "LOCATION";
        QTest::newRow("lower-case two-word state") << "north carolina" << 0 << "LOCATION";
        QTest::newRow("a dog breed named after a place") << "chihuahua" << 0 << "none";
        QTest::newRow("a verb that is a Dutch town") << "goes" << 0 << "none";
        QTest::newRow("a description that is a region's name") << "southern province" << 0 << "none";
    }
    void officesAcronymsCompaniesAndLowerCasePlaces()
    {
        QFETCH(QString, surface);
        QFETCH(int, occurrence);
        QFETCH(QString, type);
        const QString text = QStringLiteral(
            "Major Hamas leaders met in Doha on Sunday, and the talks with major Hamas figures went on.\n"
            "The General Confederation of Labour called a strike.\n"
            "Minister of Defense Karim Haddad visited the base on Monday.\n"
            "Monitors from the Economic Community of West African States (ECOWAS) arrived in the capital.\n"
            "Regulators at the State Administration for Market Regulation (SAMR) could delay it.\n"
            "The deal needs approval in the European Union and China.\n"
            "Shares of Velmora Corp fell 4% after the results. Velmora said demand had slowed.\n"
            "i am going to kerala next month and then to north carolina with my chihuahua, she goes "
            "everywhere with me.\nFighting spread to the southern province on Friday.\n");
        QCOMPARE(typeAt(m_extractor->extract(text), text, surface, occurrence), type);
    }

    void clubsInSportsResultsAndCompaniesWrittenInCamelCase_data()
    {
        QTest::addColumn<QString>("surface");
        QTest::addColumn<int>("occurrence");
        QTest::addColumn<QString>("type");
        QTest::newRow("a town that won by a score") << "Liverpool" << 0 << "ORGANIZATION";
        QTest::newRow("the town it beat") << "Chelsea" << 0 << "ORGANIZATION";
        QTest::newRow("the ground is a place") << "Anfield" << 0 << "LOCATION";
        QTest::newRow("a national side is its country") << "France" << 0 << "LOCATION";
        QTest::newRow("a person who won by a score") << "Jannik Sinner" << 0 << "PERSON";
        QTest::newRow("a club named 'City' after its town") << "Leicester City" << 0 << "ORGANIZATION";
        QTest::newRow("a club named 'Town' after its town") << "Ipswich Town" << 0 << "ORGANIZATION";
        QTest::newRow("a city named 'City'") << "Mexico City" << 0 << "LOCATION";
        QTest::newRow("a city named 'Town'") << "Cape Town" << 0 << "LOCATION";
        QTest::newRow("a camel-case company") << "EuBiologics" << 0 << "ORGANIZATION";
        QTest::newRow("a surname with a prefix") << "Sean McGilloway" << 0 << "PERSON";
    }
    void clubsInSportsResultsAndCompaniesWrittenInCamelCase()
    {
        QFETCH(QString, surface);
        QFETCH(int, occurrence);
        QFETCH(QString, type);
        const QString text = QStringLiteral(
            "Liverpool, who beat Chelsea 3-1 at Anfield on Sunday, remain third.\n"
            "France beat Portugal 2-0 in Lyon on Saturday.\n"
            "Jannik Sinner beat Daniil Medvedev 6-3 in the final.\n"
            "Leicester City drew 1-1 with Ipswich Town on Tuesday.\n"
            "Flights from Mexico City and Cape Town were cancelled.\n"
            "Vaccine makers such as EuBiologics in South Korea raised output, said Sean McGilloway.\n");
        QCOMPARE(typeAt(m_extractor->extract(text), text, surface, occurrence), type);
    }

    void ministersTitlesInARowAndChambers()
    {
        const QString text = QStringLiteral(
            "Officials met on Monday. Saudi Energy Minister Prince Faisal bin Hamad said output would "
            "fall.\nCulture Minister Lena Brandt visited the site, and Tomas Berg, head of the Danish "
            "Chamber of Commerce, said it would be rebuilt.\n");
        const QList<Mention> mentions = m_extractor->extract(text);
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Faisal bin Hamad")), QStringLiteral("PERSON"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Saudi Energy")), QStringLiteral("none"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Lena Brandt")), QStringLiteral("PERSON"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Danish Chamber of Commerce")),
            QStringLiteral("ORGANIZATION"));
    }

    void shopsNamedAfterTheirOwnersAndChains_data()
    {
        QTest::addColumn<QString>("surface");
        QTest::addColumn<int>("occurrence");
        QTest::addColumn<QString>("type");
        QTest::newRow("a pizzeria named after its owner") << "Ray's Pizza" << 0 << "ORGANIZATION";
        QTest::newRow("a restaurant one goes to is a place") << "Sullivan's Steak House" << 0 << "LOCATION";
        QTest::newRow("an owner that is also a town") << "Barry's Auto Tech" << 0 << "ORGANIZATION";
        QTest::newRow("text tokenised before, possessive apart") << "Burch 's Karate" << 0 << "ORGANIZATION";
        QTest::newRow("a person's department stays apart") << "Justice Department" << 0 << "ORGANIZATION";
        QTest::newRow("a person's department, not his shop") << "Harlan's Justice Department" << 0 << "none";
        QTest::newRow("a city's shop stays apart") << "Chicago" << 0 << "LOCATION";
        QTest::newRow("a chain the tagger does not know") << "Hobby Lobby" << 0 << "ORGANIZATION";
        QTest::newRow("a chain in lower-case text") << "taco bell" << 0 << "ORGANIZATION";
        QTest::newRow("a charity of two dictionary words") << "United Way" << 0 << "ORGANIZATION";
        QTest::newRow("a consultancy") << "Accenture" << 0 << "ORGANIZATION";
        QTest::newRow("a restaurant by its owner's possessive alone") << "Del Frisco's" << 0 << "LOCATION";
        QTest::newRow("a bar one goes to for a drink") << "Kenneally's" << 0 << "LOCATION";
        QTest::newRow("a person's possessive before a noun") << "Harlan" << 1 << "PERSON";
        QTest::newRow("someone the article names in full") << "Lindqvist" << 1 << "PERSON";
    }
    void shopsNamedAfterTheirOwnersAndChains()
    {
        QFETCH(QString, surface);
        QFETCH(int, occurrence);
        QFETCH(QString, type);
        const QString text = QStringLiteral(
            "My favourite is Ray's Pizza on Main Street. We had dinner at Sullivan's Steak House on Friday.\n"
            "Thank you Barry's Auto Tech for the great service!\n"
            "Burch 's Karate is the best school in town .\n"
            "Critics of Harlan's Justice Department say the inquiry stalled. Chicago's Pizza Week opens "
            "today.\n"
            "We bought the fabric at Hobby Lobby and gave to United Way, said a manager who left "
            "Accenture.\n\n"
            "we stopped at taco bell on the way home and it was fine.\n\n"
            "On Friday we went to Del Frisco's for dinner and then to Kenneally's.\n"
            "They met at Harlan's invitation. Governor Anna Lindqvist hosted them, and they stayed at "
            "Lindqvist's.\n");
        QCOMPARE(typeAt(m_extractor->extract(text), text, surface, occurrence), type);
    }

    void tradesAndVenues_data()
    {
        QTest::addColumn<QString>("surface");
        QTest::addColumn<QString>("type");
        // A trade closing a capitalised run names a business, also after a person's name.
        QTest::newRow("a plumber named after its owner") << "Hollis Plumbing"
                                                         << "ORGANIZATION";
        QTest::newRow("a bakery named after its owner") << "Rosa Bakery"
                                                        << "ORGANIZATION";
        QTest::newRow("a shop, not the street of its branch") << "Lovely Nails"
                                                              << "ORGANIZATION";
        // A centre named for what happens in it is a place; one named for its work an organisation.
        QTest::newRow("a medical centre") << "Riverside Medical Center"
                                          << "LOCATION";
        QTest::newRow("a community centre") << "Lakeside Community Center"
                                            << "LOCATION";
        QTest::newRow("a legal advocacy centre") << "Southern Poverty Law Center"
                                                 << "ORGANIZATION";
        QTest::newRow("a research centre") << "Pew Research Center"
                                           << "ORGANIZATION";
        // Events are no mentions, the body that runs them is an organisation.
        QTest::newRow("the body named after the games") << "International Olympic Committee"
                                                        << "ORGANIZATION";
        QTest::newRow("a tournament") << "World Cup"
                                      << "none";
    }
    void tradesAndVenues()
    {
        QFETCH(QString, surface);
        QFETCH(QString, type);
        const QString text = QStringLiteral(
            "Call Hollis Plumbing if your pipes freeze.\n"
            "My favourite is Rosa Bakery, the bread is great.\n"
            "Our nails were done at Lovely Nails on Cayuga St. and they look great.\n"
            "She was taken to the Riverside Medical Center after the crash.\n"
            "The Southern Poverty Law Center and the Pew Research Center published the report.\n"
            "Thousands gathered at the Lakeside Community Center on Sunday.\n"
            "The International Olympic Committee met in Lausanne before the World Cup.\n");
        QCOMPARE(typeAt(m_extractor->extract(text), text, surface), type);
    }

    void roadsAreNamedForTheirKind()
    {
        // A road's kind closes its name: a place, whoever it is named after.
        const QString text = QStringLiteral("The mayor said the Marlowe Freeway would reopen.\n"
                                            "The Dunmore Highway was closed after the storm.\n"
                                            "Crews repaired the Ashford Expressway overnight.\n"
                                            "Traffic moved slowly on the Halvorsen Boulevard.\n");
        const QList<Mention> mentions = m_extractor->extract(text);
        for (const char* road : { "Marlowe Freeway", "Dunmore Highway", "Ashford Expressway" })
            QCOMPARE(typeAt(mentions, text, QString::fromUtf8(road)), QStringLiteral("LOCATION"));
    }

    void riversGradesPartiesAndBranches_data()
    {
        QTest::addColumn<QString>("surface");
        QTest::addColumn<int>("occurrence");
        QTest::addColumn<QString>("type");
        QTest::newRow("the first of two rivers") << "Beas" << 0 << "LOCATION";
        QTest::newRow("the second of two rivers") << "Chenab" << 0 << "LOCATION";
        QTest::newRow("a river that is also a company") << "Amazon river" << 0 << "LOCATION";
        QTest::newRow("a delta") << "Mekong delta" << 0 << "LOCATION";
        QTest::newRow("an oil grade is no person") << "Brent" << 0 << "none";
        QTest::newRow("a party named with a nationality") << "Georgian Dream" << 0 << "ORGANIZATION";
        QTest::newRow("a party the tagger reads as a person") << "Fidesz" << 0 << "ORGANIZATION";
        QTest::newRow("a broadcaster's branch") << "BBC Wales" << 0 << "ORGANIZATION";
        QTest::newRow("a peer's title is no company") << "Duke" << 0 << "none";
        QTest::newRow("the peer's place") << "Edinburgh" << 0 << "LOCATION";
        QTest::newRow("an operator the tagger misses") << "Vodacom" << 0 << "ORGANIZATION";
        QTest::newRow("an armed group by its acronym") << "YPG" << 0 << "ORGANIZATION";
        QTest::newRow("another one after 'and the'") << "SDF" << 0 << "ORGANIZATION";
    }
    void riversGradesPartiesAndBranches()
    {
        QFETCH(QString, surface);
        QFETCH(int, occurrence);
        QFETCH(QString, type);
        const QString text
            = QStringLiteral("Water from the Beas and Chenab rivers flooded farms, and the Amazon river fell "
                             "to a record low.\n"
                             "Rice prices rose in the Mekong delta.\n"
                             "Brent crude fell 3% on Monday.\n"
                             "Georgian Dream and Fidesz both won, BBC Wales reported.\n"
                             "The Duke of Edinburgh visited Vodacom's offices.\n"
                             "The YPG and the SDF withdrew from the town.\n");
        QCOMPARE(typeAt(m_extractor->extract(text), text, surface, occurrence), type);
    }

    void mountainsIslandsAirportsAndJoinedCompanies_data()
    {
        QTest::addColumn<QString>("surface");
        QTest::addColumn<int>("occurrence");
        QTest::addColumn<QString>("type");
        QTest::newRow("a mountain with a hyphenated name") << "Mount Ili Lewo-tana" << 0 << "LOCATION";
        QTest::newRow("a hospital named after a mountain") << "Mount Sinai Hospital" << 0 << "ORGANIZATION";
        QTest::newRow("an island after a preposition") << "Sumba island" << 0 << "LOCATION";
        QTest::newRow("an airport after a possessive") << "Komodo Raya" << 0 << "LOCATION";
        QTest::newRow("an airline the tagger misses") << "Jetstar" << 0 << "ORGANIZATION";
        QTest::newRow("two banks joined by 'and', first") << "ING" << 0 << "ORGANIZATION";
        QTest::newRow("two banks joined by 'and', second") << "Deutsche Bank" << 0 << "ORGANIZATION";
        QTest::newRow("a company with its legal form") << "Porsche SE" << 0 << "ORGANIZATION";
        QTest::newRow("a nationality that is part of the name")
            << "American Civil Liberties Union" << 0 << "ORGANIZATION";
        QTest::newRow("a party name with hyphens, after 'The'")
            << "Pakistan Tehreek-e-Insaf" << 0 << "ORGANIZATION";
    }
    void mountainsIslandsAirportsAndJoinedCompanies()
    {
        QFETCH(QString, surface);
        QFETCH(int, occurrence);
        QFETCH(QString, type);
        const QString text = QStringLiteral(
            "Mount Ili Lewo-tana erupted on Friday, and ash fell over Sumba island. Flores's Komodo Raya "
            "airport closed, and Jetstar cancelled flights. Doctors at Mount Sinai Hospital were not "
            "involved.\n"
            "Economists at ING and Deutsche Bank expect a cut. Shares in Porsche SE rose.\n"
            "The American Civil Liberties Union sued the state.\n"
            "The Pakistan Tehreek-e-Insaf party will appeal.\n");
        QCOMPARE(typeAt(m_extractor->extract(text), text, surface, occurrence), type);
    }

    void agenciesAndPresidentsAdministrations()
    {
        const QString text = QStringLiteral(
            "Regulators at the State Administration for Market Regulation and the Federal Aviation "
            "Administration met on Monday. The Dressler Administration welcomed the talks, President Dana "
            "Dressler said. The Maritime Administration did not comment.\n");
        const QList<Mention> mentions = m_extractor->extract(text);
        QCOMPARE(typeAt(mentions, text, QStringLiteral("State Administration for Market Regulation")),
            QStringLiteral("ORGANIZATION"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Federal Aviation Administration")),
            QStringLiteral("ORGANIZATION"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Maritime Administration")),
            QStringLiteral("ORGANIZATION"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Dressler Administration")), QStringLiteral("none"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Dressler")), QStringLiteral("PERSON"));
    }

    void aNameKnownAsAnotherIsTheSameKind()
    {
        const QString text = QStringLiteral(
            "The commander, Ibrahim Musa Tarig, known as Hamouda, rejected the talks. Chile's National "
            "Water Corporation, better known as Conagua, cut supplies near Viña del Mar.\n");
        const QList<Mention> mentions = m_extractor->extract(text);
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Hamouda")), QStringLiteral("PERSON"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Conagua")), QStringLiteral("ORGANIZATION"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Viña del Mar")), QStringLiteral("LOCATION"));
    }

    void chineseNamesSurnameFirst_data()
    {
        QTest::addColumn<QString>("surface");
        QTest::addColumn<QString>("type");
        QTest::newRow("opening a sentence") << "Xi Jinping"
                                            << "PERSON";
        QTest::newRow("a given name that is an English word") << "Liu He"
                                                              << "PERSON";
        QTest::newRow("two syllables the tagger does not know") << "Ding Xuexiang"
                                                                << "PERSON";
        QTest::newRow("a place that reads like a name") << "Hong Kong"
                                                        << "LOCATION";
        QTest::newRow("a place after a surname-like word") << "Long Beach"
                                                           << "LOCATION";
    }
    void chineseNamesSurnameFirst()
    {
        QFETCH(QString, surface);
        QFETCH(QString, type);
        const QString text = QStringLiteral(
            "Xi Jinping met the delegation on Monday.\nLiu He led the talks, and Ding Xuexiang attended.\n"
            "Flights from Hong Kong to Long Beach resumed.\n");
        QCOMPARE(typeAt(m_extractor->extract(text), text, surface), type);
    }

    void employersBroadcastersListedPlacesAndSharesOf_data()
    {
        QTest::addColumn<QString>("surface");
        QTest::addColumn<int>("occurrence");
        QTest::addColumn<QString>("type");
        QTest::newRow("the firm after 'analysts at'") << "Wedbush" << 0 << "ORGANIZATION";
        QTest::newRow("both firms of a list after 'Economists at', first")
            << "Caixa Geral" << 0 << "ORGANIZATION";
        QTest::newRow("both firms of a list after 'Economists at', second")
            << "Millennium BCP" << 0 << "ORGANIZATION";
        QTest::newRow("a market is a site, not an employer") << "Kejetia" << 0 << "LOCATION";
        QTest::newRow("a country after 'workers from' stays a place") << "Nepal" << 0 << "LOCATION";
        QTest::newRow("a broadcaster before 'television'") << "TVI" << 0 << "ORGANIZATION";
        QTest::newRow("a dictionary word before 'website' is no name") << "Useful" << 0 << "none";
        QTest::newRow("the second of two towns listed together") << "Warren" << 0 << "LOCATION";
        QTest::newRow("'Shares of' is no part of the company")
            << "Vestas Wind Systems" << 0 << "ORGANIZATION";
        QTest::newRow("a known name made of a plural and 'of'")
            << "Friends of the Earth" << 0 << "ORGANIZATION";
        QTest::newRow("rivers listed after 'The' opening a sentence") << "Mondego" << 0 << "LOCATION";
    }
    void employersBroadcastersListedPlacesAndSharesOf()
    {
        QFETCH(QString, surface);
        QFETCH(int, occurrence);
        QFETCH(QString, type);
        const QString text = QStringLiteral(
            "LISBON (Reuters) - Shares of Vestas Wind Systems fell on Monday. Analysts at Wedbush "
            "cut their target. Economists at Caixa Geral and Millennium BCP expect a slowdown, a trader "
            "at Kejetia market said. Workers from Nepal were hired.\n"
            "The minister told TVI television that the roads had flooded. Readers call "
            "it a Very Useful website.\n"
            "The Mondego and Vouga rivers flooded. Storms hit Dayton and Warren.\n"
            "Friends of the Earth criticised the plan.\n");
        QCOMPARE(typeAt(m_extractor->extract(text), text, surface, occurrence), type);
    }

    void groupsForCausesPlacesBeforeTitlesVillagesAndFirms_data()
    {
        QTest::addColumn<QString>("surface");
        QTest::addColumn<QString>("type");
        QTest::newRow("a group named for its cause, after 'The'") << "Physicians for Human Rights"
                                                                  << "ORGANIZATION";
        QTest::newRow("a group whose cause is a country") << "Concerned Parents for Canada"
                                                          << "ORGANIZATION";
        QTest::newRow("'Thanks for' opening a sentence is no name") << "Thanks for Nothing"
                                                                    << "none";
        QTest::newRow("a state before a title and a person") << "Tasmania"
                                                             << "LOCATION";
        QTest::newRow("the person after the title") << "Jeremy Rockliff"
                                                    << "PERSON";
        QTest::newRow("a camp before 'refugee camp'") << "Maghazi"
                                                      << "LOCATION";
        QTest::newRow("'Shares in' is no part of the company") << "Hapag-Lloyd Group"
                                                               << "ORGANIZATION";
        QTest::newRow("a known party") << "National Rally"
                                       << "ORGANIZATION";
        QTest::newRow("a party named by its members") << "Free Democrats"
                                                      << "ORGANIZATION";
        QTest::newRow("the chamber before 'Majority Leader'") << "Senate"
                                                              << "ORGANIZATION";
        QTest::newRow("a village named after its kind") << "Pishchane"
                                                        << "LOCATION";
        QTest::newRow("two firms whose names close with a head word, first") << "Frontier Capital"
                                                                             << "ORGANIZATION";
        QTest::newRow("two firms whose names close with a head word, second") << "Union Merchant Bank"
                                                                              << "ORGANIZATION";
        QTest::newRow("one agency with 'and' inside") << "Department of Housing and Urban Development"
                                                      << "ORGANIZATION";
    }
    void groupsForCausesPlacesBeforeTitlesVillagesAndFirms()
    {
        QFETCH(QString, surface);
        QFETCH(QString, type);
        const QString text = QStringLiteral(
            "The Physicians for Human Rights group said that Concerned Parents for Canada had paid for the "
            "ads.\nThanks for Nothing was the album.\nTasmania Premier Jeremy Rockliff visited the "
            "Maghazi refugee camp on Monday.\nShares in Hapag-Lloyd Group fell after the National Rally "
            "won.\nThe minister's Free Democrats left the coalition.\nSenate Majority Leader Carl Brant "
            "agreed.\nRussian forces captured the village of "
            "Pishchane "
            "in the Kharkiv region.\nAnalysts at Frontier Capital and Union Merchant Bank had expected a "
            "smaller rise. The Department of Housing and Urban Development said.\n");
        QCOMPARE(typeAt(m_extractor->extract(text), text, surface), type);
    }

    void companiesByShortNameAndTeamsBeforeTheirDrivers()
    {
        const QString text = QStringLiteral(
            "Brightwave sues rival. NEW YORK - Brightwave Media agreed on Tuesday to buy the studio. "
            "Brightwave shares rose.\nCharities including the Migrant Council and Care4Calais welcomed "
            "the ruling.\nHaas's Kevin Magnussen finished ninth.\n");
        const QList<Mention> mentions = m_extractor->extract(text);
        // A company named once with a word only companies end in is the company by its short name.
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Brightwave")), QStringLiteral("ORGANIZATION"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Brightwave"), 2), QStringLiteral("ORGANIZATION"));
        // Two organisations, the second one word no list knows.
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Migrant Council")), QStringLiteral("ORGANIZATION"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Care4Calais")), QStringLiteral("ORGANIZATION"));
        // A known team before its driver, its name also a surname.
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Haas")), QStringLiteral("ORGANIZATION"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Kevin Magnussen")), QStringLiteral("PERSON"));
    }

    void companiesBanksAndBodiesNewsNames_data()
    {
        QTest::addColumn<QString>("surface");
        QTest::addColumn<int>("occurrence");
        QTest::addColumn<QString>("type");
        // A headline's short name of a company the story names with its holding's legal form.
        QTest::newRow("a headline's short name") << "Harbor Crest" << 0 << "ORGANIZATION";
        QTest::newRow("a known firm in a list") << "Target" << 0 << "ORGANIZATION";
        QTest::newRow("...and the next one apart") << "Amazon.com Inc" << 0 << "ORGANIZATION";
        // A dictionary word a company's name starts with, written alone with its capital.
        QTest::newRow("a word as a company's short name") << "Juniper" << 1 << "ORGANIZATION";
        QTest::newRow("...after 'Shares of'") << "Juniper" << 2 << "ORGANIZATION";
        QTest::newRow("...not where the article writes it in lower case") << "Digital" << 1 << "none";
        QTest::newRow("a bank by its suffix") << "Vostokbank" << 0 << "ORGANIZATION";
        QTest::newRow("...opening a sentence") << "Vostokbank" << 1 << "ORGANIZATION";
        QTest::newRow("a sport's governing body") << "World Rugby" << 0 << "ORGANIZATION";
        QTest::newRow("a club written without the hyphen") << "Paris St Germain" << 0 << "ORGANIZATION";
        QTest::newRow("a national agency after 'U.S.'") << "U.S. Geological Survey" << 0 << "ORGANIZATION";
        // A legal form's period closes the sentence before "The".
        QTest::newRow("a company before a sentence's end") << "Lundin Mining Corp." << 0 << "ORGANIZATION";
        QTest::newRow("...and the body the next sentence names")
            << "National Mining Service" << 0 << "ORGANIZATION";
    }
    void companiesBanksAndBodiesNewsNames()
    {
        QFETCH(QString, surface);
        QFETCH(int, occurrence);
        QFETCH(QString, type);
        const QString text = QStringLiteral(
            "Harbor Crest to close all stores\n\nNEW YORK - Harbor Crest Holdco Inc said on Saturday it "
            "would close its 700 stores. Competition from Walmart, Target and Amazon.com Inc hurt sales, "
            "analysts said.\nJuniper Therapeutics won approval for its first drug on Wednesday. Juniper, "
            "based in Boston, expects sales in April. Shares of Juniper rose 14%.\nDigital Media Partners "
            "bought the studio. Shares of Digital rose. The digital market is growing.\nThe Treasury imposed "
            "sanctions on "
            "Vostokbank on Thursday. Vostokbank denied wrongdoing. Riverbank Road was closed.\nWorld "
            "Rugby said the match drew a record audience. He left Paris St Germain in June.\nThe U.S. "
            "Geological Survey said the quake struck at a depth of 10 kilometers.\nIt is a unit of Lundin "
            "Mining Corp. The National Mining Service suspended work at the site.\n");
        QCOMPARE(typeAt(m_extractor->extract(text), text, surface, occurrence), type);
    }

    void ministriesTeamsTitlesAndDiseases_data()
    {
        QTest::addColumn<QString>("surface");
        QTest::addColumn<int>("occurrence");
        QTest::addColumn<QString>("type");
        QTest::newRow("a ministry's fields listed")
            << "Ministry of Land, Infrastructure and Transport" << 0 << "ORGANIZATION";
        QTest::newRow("...not names listed after it") << "Ministry of Finance" << 0 << "ORGANIZATION";
        QTest::newRow("...which stay names") << "Reuters" << 0 << "ORGANIZATION";
        QTest::newRow("a team before its driver") << "Mercedes" << 0 << "ORGANIZATION";
        QTest::newRow("...and the team alone later") << "Mercedes" << 1 << "ORGANIZATION";
        QTest::newRow("a nationality before a driver") << "German" << 0 << "none";
        QTest::newRow("a player's position as a title") << "Caoimhin Kelleher" << 0 << "PERSON";
        QTest::newRow("a county title's first word") << "County" << 0 << "none";
        QTest::newRow("...and the person after it") << "Frank Moreno" << 0 << "PERSON";
        QTest::newRow("a party's name opening a listed title") << "Labour" << 0 << "none";
        QTest::newRow("a virus named after a town") << "Marburg" << 0 << "none";
        QTest::newRow("a fever named after a town") << "Lassa" << 0 << "none";
        QTest::newRow("...the towns themselves stay") << "Kigali" << 0 << "LOCATION";
        QTest::newRow("a craze is no fever") << "Beckham" << 1 << "PERSON";
        QTest::newRow("a known company's global name") << "Paramount Global" << 0 << "ORGANIZATION";
        QTest::newRow("a firm named in Spanish") << "Compañía Minera Candelaria" << 0 << "ORGANIZATION";
    }
    void ministriesTeamsTitlesAndDiseases()
    {
        QFETCH(QString, surface);
        QFETCH(int, occurrence);
        QFETCH(QString, type);
        const QString text = QStringLiteral(
            "The Ministry of Land, Infrastructure and Transport said investigators would join. The "
            "Ministry of Finance, Reuters and Bloomberg reported the figures.\n"
            "Mercedes driver Tomas Brandt took the win, ahead of German driver Nico Weber. Brandt joined "
            "Mercedes in 2022.\nGoalkeeper Caoimhin Kelleher saved a penalty.\n"
            "The city and Jackson County would provide land. County Executive Frank Moreno opposed the "
            "plan.\nLabour Minister Steven Okafor urged talks.\n"
            "An outbreak of Marburg virus killed 15 people in Kigali. Patients in Lagos had Lassa fever. "
            "When David Beckham arrived, Beckham fever gripped the city.\n"
            "Warner Bros Discovery and Paramount Global have also considered it.\n"
            "Compañía Minera Candelaria, a unit of Lundin Mining, halted work.\n");
        QCOMPARE(typeAt(m_extractor->extract(text), text, surface, occurrence), type);
    }

    void namesAcrossSentencesTitlesAndFamilies_data()
    {
        QTest::addColumn<QString>("surface");
        QTest::addColumn<int>("occurrence");
        QTest::addColumn<QString>("type");
        // A family's name is no company's short name where a person of the article bears it.
        QTest::newRow("a tycoon in a headline") << "Adani" << 0 << "PERSON";
        QTest::newRow("...and his group") << "Adani Group" << 0 << "ORGANIZATION";
        // A name after a title outweighs the tagger's two places.
        QTest::newRow("a name after a title") << "Hasina" << 0 << "PERSON";
        QTest::newRow("...later in the article") << "Hasina" << 1 << "PERSON";
        QTest::newRow("...before a possessive") << "Hasina" << 2 << "PERSON";
        QTest::newRow("a name joined by '-uz-'") << "Waker-uz-Zaman" << 0 << "PERSON";
        // A capitalised run read on over a sentence's end is read again in the next sentence.
        QTest::newRow("a body opening the next sentence")
            << "World Anti-Doping Agency" << 0 << "ORGANIZATION";
        QTest::newRow("...and the person before") << "Marco Bellini" << 0 << "PERSON";
        // A description's name whose last word the tagger read alone.
        QTest::newRow("a name after 'network operator'") << "Northern Gridline" << 0 << "ORGANIZATION";
    }
    void namesAcrossSentencesTitlesAndFamilies()
    {
        QFETCH(QString, surface);
        QFETCH(int, occurrence);
        QFETCH(QString, type);
        const QString text = QStringLiteral(
            "India's Adani indicted in bribery case\n\nIndian billionaire Gautam Adani has been charged, "
            "prosecutors said. Adani Group called the charges baseless.\nPrime Minister Sheikh Hasina "
            "resigned on Monday, and army chief Gen. Waker-uz-Zaman said an interim government would be "
            "formed. Muhammad Yunus, a critic of Hasina, will lead it. Hasina's Awami League had ruled "
            "since 2009.\nHis physiotherapist is Marco Bellini. The World Anti-Doping Agency said it would "
            "review the case.\nNetwork operator Northern Gridline said engineers were working.\n");
        QCOMPARE(typeAt(m_extractor->extract(text), text, surface, occurrence), type);
    }

    void lagoonsHospitalsStartupsAndFamilies_data()
    {
        QTest::addColumn<QString>("surface");
        QTest::addColumn<int>("occurrence");
        QTest::addColumn<QString>("type");
        QTest::newRow("an AI company's short name in a headline") << "Mistral" << 0 << "ORGANIZATION";
        QTest::newRow("...and opening a sentence") << "Mistral" << 2 << "ORGANIZATION";
        QTest::newRow("a lagoon") << "Blue Lagoon" << 0 << "LOCATION";
        QTest::newRow("a name before 'hospital'") << "Sirio-Libanes" << 0 << "ORGANIZATION";
        QTest::newRow("...not after 'a'") << "NW" << 0 << "none";
        QTest::newRow("a given name, 'des' and a name") << "Laurence des Cars" << 0 << "PERSON";
        QTest::newRow("a family's other member") << "Mason Rist" << 0 << "PERSON";
        QTest::newRow("a title word before a head word")
            << "Executive Council of Australian Jewry" << 0 << "ORGANIZATION";
        QTest::newRow("...that nothing follows") << "Executive Committee" << 0 << "none";
    }
    void lagoonsHospitalsStartupsAndFamilies()
    {
        QFETCH(QString, surface);
        QFETCH(int, occurrence);
        QFETCH(QString, type);
        const QString text = QStringLiteral(
            "Startup Mistral raises funds\n\nFrench startup Mistral AI has raised 600 million euros. Mistral "
            "was founded last year.\nThe Blue Lagoon, a popular attraction, was evacuated.\nLula had "
            "surgery, the Sirio-Libanes hospital said. I was a patient at a NW hospital.\nThe museum's "
            "director, Laurence des Cars, had warned "
            "of it.\nKyle Parkins was convicted of murdering Mason Rist in January. The boy's mother, Sarah "
            "Rist, spoke.\nThe Executive Council of Australian Jewry welcomed the arrest. The next "
            "Executive Committee meeting is on May 7.\n");
        QCOMPARE(typeAt(m_extractor->extract(text), text, surface, occurrence), type);
    }

    void mergersAndHyphenatedDescriptions_data()
    {
        QTest::addColumn<QString>("surface");
        QTest::addColumn<QString>("type");
        QTest::newRow("the first firm of a merger") << "Allkem"
                                                    << "ORGANIZATION";
        QTest::newRow("the second firm of a merger") << "Livent"
                                                     << "ORGANIZATION";
        QTest::newRow("countries merging stay places") << "Portugal"
                                                       << "LOCATION";
        QTest::newRow("a party after 'anti-Western'") << "People's Power"
                                                      << "ORGANIZATION";
        QTest::newRow("a party after 'pro-Kremlin'") << "United Russia"
                                                     << "ORGANIZATION";
    }
    void mergersAndHyphenatedDescriptions()
    {
        QFETCH(QString, surface);
        QFETCH(QString, type);
        const QString text = QStringLiteral(
            "Arcadium, formed by the merger of Allkem and Livent this year, has mines. The merger of Spain "
            "and Portugal was never planned.\nHe founded the anti-Western People's Power party. The "
            "pro-Kremlin United Russia party won.\n");
        QCOMPARE(typeAt(m_extractor->extract(text), text, surface), type);
    }

    void namesListedAfterAKindOfSettlement_data()
    {
        QTest::addColumn<QString>("surface");
        QTest::addColumn<QString>("type");
        QTest::newRow("a town the tagger passed over") << "Varnavas"
                                                       << "LOCATION";
        QTest::newRow("a town that is a word") << "Marathon"
                                               << "LOCATION";
        QTest::newRow("a town of two words") << "Chimney Rock"
                                             << "LOCATION";
        QTest::newRow("a person's full name stays") << "Maria Lopez"
                                                    << "PERSON";
    }
    void namesListedAfterAKindOfSettlement()
    {
        QFETCH(QString, surface);
        QFETCH(QString, type);
        const QString text = QStringLiteral(
            "The fire forced the evacuation of several towns, including Varnavas and Marathon. Some "
            "mountain towns, including Chimney Rock and Lake Lure, were wiped out. She toured villages "
            "such as Maria Lopez's birthplace.\n");
        QCOMPARE(typeAt(m_extractor->extract(text), text, surface), type);
    }

    void teamsJournalsChainsAndJoinedRegions_data()
    {
        addArticleColumns();
        const QString rugby = QStringLiteral(
            "Kestrels edge Harriers in Dunedin thriller\n\n"
            "New Zealand beat Fiji 27-24 on Saturday, handing the Black Kestrels their first win since 2018. "
            "The Harriers led 24-17 with ten minutes left. The Olympic Games start next month, and the "
            "Williams sisters watched from the stands. The Harriers host Samoa's Pumas next week.\n");
        QTest::newRow("a team's nickname after 'the' in a game's sentence")
            << rugby << "Harriers" << 1 << "ORGANIZATION";
        QTest::newRow("...and in the headline") << rugby << "Harriers" << 0 << "ORGANIZATION";
        QTest::newRow("a nickname of two words") << rugby << "Black Kestrels" << 0 << "ORGANIZATION";
        QTest::newRow("a nickname after a country's possessive") << rugby << "Pumas" << 0 << "ORGANIZATION";
        QTest::newRow("a competition's plural name is no team") << rugby << "Olympic Games" << 0 << "none";
        QTest::newRow("a family's surname is no team") << rugby << "Williams" << 0 << "PERSON";
        const QString cricket = QStringLiteral(
            "CHENNAI - Kolkata Knight Riders won the title on Sunday, thrashing Sunrisers Hyderabad by eight "
            "wickets. In Mumbai, Lucknow beat Chennai by 45 runs, and Lucknow reached the target in 19 "
            "overs.\n");
        QTest::newRow("a team named by a nickname before its town, in a story won by wickets")
            << cricket << "Sunrisers Hyderabad" << 0 << "ORGANIZATION";
        QTest::newRow("a town that beat another by runs is its team")
            << cricket << "Lucknow" << 0 << "ORGANIZATION";
        QTest::newRow("...and so the loser") << cricket << "Chennai" << 0 << "ORGANIZATION";
        QTest::newRow("the town where they played stays a town") << cricket << "Mumbai" << 0 << "LOCATION";

        const QString grocers = QStringLiteral(
            "The retailer owns chains including Brandtmark, Olav Tveit and Sundgren Foods. Insurers "
            "like Vellora and Aldous Marsh gained. Carriers such as Nordline and HMM raised rates, unions "
            "including the Dockers backed the strike, and analysts said firms including Italy's Ferravia "
            "would gain. Brandtmark said sales rose.\n");
        QTest::newRow("a chain named after a person, listed after 'chains including'")
            << grocers << "Olav Tveit" << 0 << "ORGANIZATION";
        QTest::newRow("the list's first name") << grocers << "Brandtmark" << 0 << "ORGANIZATION";
        QTest::newRow("after a plural opening the sentence")
            << grocers << "Aldous Marsh" << 0 << "ORGANIZATION";
        QTest::newRow("an acronym in the list") << grocers << "HMM" << 0 << "ORGANIZATION";
        QTest::newRow("a name after 'including the'") << grocers << "Dockers" << 0 << "ORGANIZATION";
        QTest::newRow("a country's possessive ends the list") << grocers << "Italy" << 0 << "LOCATION";

        const QString research = QStringLiteral(
            "The results were published in The Lancet Digital on Monday. A paper in Nature last year found "
            "the same, the researchers reported in the journal Science. The study was also published in "
            "Geneva and in English. Lead author Xiaoming Song said the work took a decade.\n");
        QTest::newRow("a journal after 'published in'")
            << research << "The Lancet Digital" << 0 << "ORGANIZATION";
        QTest::newRow("a journal that is a word, after 'a paper in'")
            << research << "Nature" << 0 << "ORGANIZATION";
        QTest::newRow("a journal after 'the journal'") << research << "Science" << 0 << "ORGANIZATION";
        QTest::newRow("a place is no journal") << research << "Geneva" << 0 << "LOCATION";
        QTest::newRow("a language is no journal") << research << "English" << 0 << "none";
        QTest::newRow("a Chinese name written given name first")
            << research << "Xiaoming Song" << 0 << "PERSON";

        const QString bodies = QStringLiteral(
            "Officers from Devon and Cornwall Police and the Independent Dockworkers' Union met staff of "
            "King's College London and the International Longshoremen's Association. Floods hit Kenya "
            "and Uganda, and Yemen's government met the Queen's Speech with silence.\n");
        QTest::newRow("two regions before the head word of their police force")
            << bodies << "Devon and Cornwall Police" << 0 << "ORGANIZATION";
        QTest::newRow("places joined by 'and' without a head word stay places")
            << bodies << "Uganda" << 0 << "LOCATION";
        QTest::newRow("a sovereign's possessive inside a college's name")
            << bodies << "King's College London" << 0 << "ORGANIZATION";
        QTest::newRow("a sovereign's speech is no name") << bodies << "Queen's Speech" << 0 << "none";
        QTest::newRow("a plural in '-men' keeps its possessive inside the name")
            << bodies << "International Longshoremen's Association" << 0 << "ORGANIZATION";
        QTest::newRow("a country's possessive is no plural") << bodies << "Yemen" << 0 << "LOCATION";

        const QString congress
            = QStringLiteral("Congress leader Rahul Gandhi called the ruling a victory for democracy.\n");
        QTest::newRow("a legislature named by a word opening a sentence before its leader")
            << congress << "Congress" << 0 << "ORGANIZATION";
    }
    void teamsJournalsChainsAndJoinedRegions() { compareTypeInArticle(); }

    void townsThatNameCompaniesFortsAndSaintsSurnames_data()
    {
        addArticleColumns();
        const QString airline = QStringLiteral(
            "Flights at Delta Air Lines were grounded on Friday. Delta, which cancelled 7,000 flights, said "
            "it "
            "would seek damages. Delta's chief executive apologised. Passengers flew on to Delta, British "
            "Columbia, by bus.\n");
        QTest::newRow("a company's first word that names a town, acting as the company")
            << airline << "Delta" << 1 << "ORGANIZATION";
        QTest::newRow("...and with its chief executive") << airline << "Delta" << 2 << "ORGANIZATION";
        QTest::newRow("the town after a place preposition stays the town")
            << airline << "Delta" << 3 << "LOCATION";
        const QString city = QStringLiteral(
            "The Cleveland Orchestra played on Sunday. Cleveland has endured growing pains, and Cleveland's "
            "museums are free.\n");
        QTest::newRow("a city's orchestra leaves the city a city") << city << "Cleveland" << 1 << "LOCATION";
        const QString people = QStringLiteral(
            "Barry \"Butch\" Wilmore flew with Jill St. John. My dad is having surgery in Ft. Worth, and "
            "Mary Ann St. Clair sent the papers. Mail them to G. Burrows, 264 Tor St Toowoomba.\n");
        QTest::newRow("a nickname in quotes before a surname the tagger took for a town")
            << people << "Barry \"Butch\" Wilmore" << 0 << "PERSON";
        QTest::newRow("a surname opening with a saint's name") << people << "Jill St. John" << 0 << "PERSON";
        QTest::newRow("...after two given names") << people << "Mary Ann St. Clair" << 0 << "PERSON";
        QTest::newRow("a fort's town written short") << people << "Ft. Worth" << 0 << "LOCATION";
        const QString storm = QStringLiteral(
            "The National Weather Service recorded gusts of 74 mph at Cape Disappointment, the Cape Cod "
            "Times reported.\n");
        QTest::newRow("a cape named with a word") << storm << "Cape Disappointment" << 0 << "LOCATION";
        QTest::newRow("...not a newspaper named after a cape")
            << storm << "Cape Cod Times" << 0 << "ORGANIZATION";
        QTest::newRow("a street in an address is no surname") << people << "Tor St Toowoomba" << 0 << "none";
    }
    void townsThatNameCompaniesFortsAndSaintsSurnames() { compareTypeInArticle(); }

    void diseasesCompoundsAndCompaniesNamedAfterPeople_data()
    {
        addArticleColumns();
        const QString health = QStringLiteral(
            "Regulators approved Eli Lilly's Alzheimer's treatment Kisunla on Tuesday. Lilly said it would "
            "cost $32,000 a year. The Alzheimer's Association urged Medicare to pay, and Parkinson's "
            "patients "
            "may benefit too.\n");
        QTest::newRow("a disease named after its discoverer is no name")
            << health << "Alzheimer" << 0 << "none";
        QTest::newRow("...nor is the next one") << health << "Parkinson" << 0 << "none";
        QTest::newRow("the charity named after the disease keeps the possessive")
            << health << "Alzheimer's Association" << 0 << "ORGANIZATION";
        QTest::newRow("a drug after 'treatment' is no name") << health << "Kisunla" << 0 << "none";
        QTest::newRow("a known company's founder's surname alone is the company")
            << health << "Lilly" << 1 << "ORGANIZATION";
        const QString compounds = QStringLiteral(
            "The deal angered workers at Pittsburgh-based U.S. Steel on Friday.\n\n"
            "Shell and TotalEnergies have been selling onshore assets in the Niger Delta.\n");
        QTest::newRow("the place of a '-based' compound") << compounds << "Pittsburgh" << 0 << "LOCATION";
        QTest::newRow("...and the company it describes") << compounds << "U.S. Steel" << 0 << "ORGANIZATION";
        QTest::newRow("a known company that is a word, opening a sentence before another company")
            << compounds << "Shell" << 0 << "ORGANIZATION";
    }
    void diseasesCompoundsAndCompaniesNamedAfterPeople() { compareTypeInArticle(); }

    void aListItemsOpeningWordIsNoCompanysBranch()
    {
        const QString text = QStringLiteral("What should they do?\n2 ) Target Israel and its allies.\n");
        const QList<Mention> mentions = m_extractor->extract(text);
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Israel")), QStringLiteral("LOCATION"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Target Israel")), QStringLiteral("none"));
    }

    void descriptionsSayWhatANameIs_data()
    {
        QTest::addColumn<QString>("surface");
        QTest::addColumn<int>("occurrence");
        QTest::addColumn<QString>("type");
        QTest::newRow("a name after 'budget airline'") << "Norrfly" << 0 << "ORGANIZATION";
        QTest::newRow("a name described as 'a battery company that'") << "Orvena" << 0 << "ORGANIZATION";
        QTest::newRow("...and the same name later in the article") << "Orvena" << 1 << "ORGANIZATION";
        QTest::newRow("an acronym after 'regulator,'") << "KKV" << 0 << "ORGANIZATION";
        QTest::newRow("a name after 'a ransomware gang called'") << "Vexlo" << 0 << "ORGANIZATION";
        QTest::newRow("a name before 'party'") << "Solidar" << 0 << "ORGANIZATION";
        QTest::newRow("a person's group after 'of the'") << "Framtida Samling" << 0 << "ORGANIZATION";
        QTest::newRow("the person before 'of the'") << "Maja Lindqvist" << 0 << "PERSON";
        QTest::newRow("a description known by another name") << "Havforsk" << 0 << "ORGANIZATION";
        QTest::newRow("a national body named by its field") << "Tennis Norway" << 0 << "ORGANIZATION";
        QTest::newRow("a nationality is no part of the group") << "Kataib Zarqa" << 0 << "ORGANIZATION";
        QTest::newRow("a person described as a company's director stays a person")
            << "Eirik Dahl" << 0 << "PERSON";
        QTest::newRow("a title between a given name and a name") << "Omar Sheikh Abdirahman" << 0 << "PERSON";
        QTest::newRow("a police force whose head word is also a town")
            << "Metropolitan Police" << 0 << "ORGANIZATION";
        QTest::newRow("a river named in Spanish") << "Rio Verdejo" << 0 << "LOCATION";
        QTest::newRow("a known company's name before 'rainforest' is the place")
            << "Amazon" << 0 << "LOCATION";
        QTest::newRow("...and so elsewhere in that article") << "Amazon" << 1 << "LOCATION";
        QTest::newRow("a known company opening a sentence before its description")
            << "Apple" << 0 << "ORGANIZATION";
        QTest::newRow("an adverb opening a sentence before 'the company that'") << "However" << 0 << "none";
        QTest::newRow("a surname after 'the firm' may be the founder") << "Johnson" << 0 << "PERSON";
        QTest::newRow("a person's coalition is no organisation") << "Halvorsen" << 0 << "PERSON";
        QTest::newRow("a person named before a thing's kind once and alone three times")
            << "Dressler" << 0 << "PERSON";
    }
    void descriptionsSayWhatANameIs()
    {
        QFETCH(QString, surface);
        QFETCH(int, occurrence);
        QFETCH(QString, type);
        const QString text = QStringLiteral(
            "Fires spread across Amazon rainforest\n\n"
            "OSLO (Reuters) - Budget airline Norrfly said on Tuesday it would cut routes. Orvena, a Swedish "
            "battery company that supplies carmakers, said sales rose. Orvena is listed in Stockholm. The "
            "country's competition regulator, the KKV, opened a case. The hackers belonged to a ransomware "
            "gang called Vexlo.\nThe ruling Solidar party lost seats, and opposition leader Maja Lindqvist "
            "of the Framtida Samling demanded a vote. The marine research institute, known as Havforsk, "
            "warned of algae. Tennis Norway said the final would go ahead. The Iraqi Kataib Zarqa militia "
            "claimed the attack. Eirik Dahl, a company director, resigned.\nPrime Minister Omar Sheikh "
            "Abdirahman met the Metropolitan Police on Monday. Barges were stranded on the Rio Verdejo. "
            "Smoke "
            "covered the Amazon on Friday.\nApple, the company that makes the phones, gained. However, the "
            "company that owns the port disagreed. The firm Johnson founded grew. The Halvorsen coalition "
            "faced a vote. Critics of the Dressler vaccine mandate protested. Dressler said it would stay, "
            "Dressler "
            "told reporters, and Dressler left.\n");
        QCOMPARE(typeAt(m_extractor->extract(text), text, surface, occurrence), type);
    }

    void thingsNamedLikeEntitiesAreNoMentions_data()
    {
        QTest::addColumn<QString>("surface");
        QTest::addColumn<int>("occurrence");
        QTest::addColumn<QString>("type");
        QTest::newRow("a spacecraft before 'capsule'") << "Calder" << 0 << "none";
        QTest::newRow("...and the spacecraft alone later") << "Calder" << 1 << "none";
        QTest::newRow("a film after 'the film'") << "Dunmore" << 0 << "none";
        QTest::newRow("an award named after a person") << "Whitfield" << 0 << "none";
        QTest::newRow("an award before 'laureate'") << "Nobel" << 0 << "none";
        QTest::newRow("a weather pattern") << "El Niño" << 0 << "none";
        QTest::newRow("a compound adjective of nations") << "Franco-Spanish" << 0 << "none";
        QTest::newRow("the country after 'Sino-'") << "US" << 0 << "LOCATION";
        QTest::newRow("a group before 'drones' that the article names as one")
            << "Hezbollah" << 0 << "ORGANIZATION";
        QTest::newRow("the company that built the capsule") << "Orbitex" << 0 << "ORGANIZATION";
    }
    void thingsNamedLikeEntitiesAreNoMentions()
    {
        QFETCH(QString, surface);
        QFETCH(int, occurrence);
        QFETCH(QString, type);
        const QString text = QStringLiteral(
            "PARIS - The startup Orbitex launched its Calder capsule on Monday. Calder docked with the "
            "station hours "
            "later. Critics of the film Dunmore praised the effects. The Whitfield Prize went to a chemist, "
            "and Nobel laureate Anne Berg spoke. Forecasters said El Niño would bring rain. The "
            "Franco-Spanish treaty and Sino-US talks were discussed. Israel said Hezbollah drones hit a "
            "base; Hezbollah denied it.\n");
        QCOMPARE(typeAt(m_extractor->extract(text), text, surface, occurrence), type);
    }

    void aWorksTitleAfterItsKindIsNoName()
    {
        // Works are no mentions, whatever their titles end in; the kind said before the title
        // tells, also as an appositive between commas. A name after a comma that is no title's
        // stays, and newspapers are organisations.
        const QString text = QStringLiteral(
            "Her latest album, The Tortured Poets Department, topped the charts. He starred in the "
            "television series Gilmore Girls for seven years. In his memoir, Obama writes about his "
            "mother. The newspaper Le Monde reported the sale.\n");
        const QList<Mention> mentions = m_extractor->extract(text);
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Tortured Poets Department")), QStringLiteral("none"));
        QCOMPARE(
            typeAt(mentions, text, QStringLiteral("The Tortured Poets Department")), QStringLiteral("none"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Gilmore Girls")), QStringLiteral("none"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Obama")), QStringLiteral("PERSON"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Le Monde")), QStringLiteral("ORGANIZATION"));
    }

    void shortNamesSuffixesGangsAndDescribedPlaces_data()
    {
        QTest::addColumn<QString>("surface");
        QTest::addColumn<int>("occurrence");
        QTest::addColumn<QString>("type");
        QTest::newRow("a bank named after its description") << "Kessler Brandt" << 0 << "ORGANIZATION";
        QTest::newRow("its first word alone is the bank") << "Kessler" << 1 << "ORGANIZATION";
        QTest::newRow("...also as the subject of a sentence") << "Kessler" << 2 << "ORGANIZATION";
        QTest::newRow("a generational suffix is part of the name") << "Thomas Whitcombe Jr." << 0 << "PERSON";
        QTest::newRow("a surname after a full name with a suffix") << "Ortega" << 1 << "PERSON";
        QTest::newRow("a gang named in Spanish") << "Los Rojos" << 0 << "ORGANIZATION";
        QTest::newRow("a city named in Spanish stays a place") << "Los Angeles" << 0 << "LOCATION";
        QTest::newRow("a party named in Spanish before 'party'")
            << "Fuerza Nueva Unida" << 0 << "ORGANIZATION";
        QTest::newRow("an alliance before 'alliance'") << "Accion Civica Popular" << 0 << "ORGANIZATION";
        QTest::newRow("a nationality before a sea describes it") << "Baltic Sea" << 0 << "LOCATION";
    }
    void shortNamesSuffixesGangsAndDescribedPlaces()
    {
        QFETCH(QString, surface);
        QFETCH(int, occurrence);
        QFETCH(QString, type);
        const QString text = QStringLiteral(
            "NEW YORK - The investment bank Kessler Brandt agreed to pay a fine on Monday. A former Kessler "
            "banker was charged, and Kessler said it would cooperate. Governor Thomas Whitcombe Jr. signed "
            "the "
            "bill, and Luis Ortega Jr. spoke. Ortega thanked him.\nMembers of Los Rojos were arrested near "
            "Los Angeles. The Fuerza Nueva Unida party and the ruling Accion Civica Popular alliance both "
            "lost "
            "seats.\nFerries crossed the Danish Baltic Sea coast.\n");
        const QList<Mention> mentions = m_extractor->extract(text);
        QCOMPARE(typeAt(mentions, text, surface, occurrence), type);
        // "Jr." of a full name is never a person of its own.
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Jr.")), QStringLiteral("none"));
    }

    void townsBeforeCountiesClubsInHeadlinesAndDescriptors_data()
    {
        QTest::addColumn<QString>("surface");
        QTest::addColumn<int>("occurrence");
        QTest::addColumn<QString>("type");
        QTest::newRow("a club in a headline without the score") << "Fulham" << 0 << "ORGANIZATION";
        QTest::newRow("...and its opponent") << "Southampton" << 0 << "ORGANIZATION";
        QTest::newRow("the club in the story with the score") << "Fulham" << 1 << "ORGANIZATION";
        QTest::newRow("a town before its county") << "Holden" << 0 << "LOCATION";
        QTest::newRow("a town before a county of two words") << "Mossley" << 0 << "LOCATION";
        QTest::newRow("a person before a state and a title stays a person") << "Greg Abbott" << 0 << "PERSON";
        QTest::newRow("'Former' is no part of the bank")
            << "Reserve Bank of Australia" << 0 << "ORGANIZATION";
        QTest::newRow("'Rival' is no part of the company") << "Norvik Motors" << 0 << "ORGANIZATION";
    }
    void townsBeforeCountiesClubsInHeadlinesAndDescriptors()
    {
        QFETCH(QString, surface);
        QFETCH(int, occurrence);
        QFETCH(QString, type);
        const QString text = QStringLiteral(
            "Fulham beat Southampton in relegation fight\n\nRaul Jimenez scored twice as Fulham beat "
            "Southampton 3-1 at Craven Cottage on Saturday.\nA teenager from Holden, Lancashire, was "
            "arrested, and a man from Mossley, Greater Manchester, was questioned. Greg Abbott, Texas "
            "governor, attended.\nFormer Reserve Bank of Australia governor Philip Lowe spoke. Rival Norvik "
            "Motors said nothing.\n");
        QCOMPARE(typeAt(m_extractor->extract(text), text, surface, occurrence), type);
    }

    void nicknamesRanksAndNationalBodiesKnownByAnotherName_data()
    {
        QTest::addColumn<QString>("surface");
        QTest::addColumn<QString>("type");
        QTest::newRow("a nickname in quotes inside a name") << "Tommy \"The Hammer\" Ferreira"
                                                            << "PERSON";
        QTest::newRow("a police rank is no part of the name") << "Moira Ashdown"
                                                              << "PERSON";
        QTest::newRow("a council title is no part of the name") << "Denise Okafor"
                                                                << "PERSON";
        QTest::newRow("a national body whose country has two words") << "Sport New Zealand"
                                                                     << "ORGANIZATION";
        QTest::newRow("...known by another name") << "Ihi Aotearoa"
                                                  << "ORGANIZATION";
        QTest::newRow("a place named like the authority that builds it") << "Velmora"
                                                                         << "LOCATION";
    }
    void nicknamesRanksAndNationalBodiesKnownByAnotherName()
    {
        QFETCH(QString, surface);
        QFETCH(QString, type);
        const QString text = QStringLiteral(
            "The boxer Tommy \"The Hammer\" Ferreira retired. Detective Chief Inspector Moira Ashdown said "
            "officers were searching, and Alderwoman Denise Okafor agreed.\nSport New Zealand, known as Ihi "
            "Aotearoa, funded the games. Staff moved to Velmora this year, the Velmora Capital City "
            "Authority "
            "said.\n");
        QCOMPARE(typeAt(m_extractor->extract(text), text, surface), type);
    }

    void regionsSaintsIndicesAndClubCoaches_data()
    {
        QTest::addColumn<QString>("surface");
        QTest::addColumn<QString>("type");
        QTest::newRow("a name before 'state' after a compass word") << "Kachin"
                                                                    << "LOCATION";
        QTest::newRow("a name before 'region' after a possessive") << "Belgorod"
                                                                   << "LOCATION";
        QTest::newRow("a nationality before 'province' is no place") << "Chinese"
                                                                     << "none";
        QTest::newRow("an adjective the gazetteer also lists as a region") << "Balkan"
                                                                           << "none";
        QTest::newRow("a saint's possessive stays in the place's name") << "St. Mark's Square"
                                                                        << "LOCATION";
        QTest::newRow("...and in a hospital's") << "St. Vincent's Hospital"
                                                << "ORGANIZATION";
        QTest::newRow("a market index is no place") << "Dow Jones Transportation Average"
                                                    << "none";
        QTest::newRow("the county before 'State's Attorney'") << "DuPage County"
                                                              << "LOCATION";
        QTest::newRow("the prosecutor after it") << "Robert Berlin"
                                                 << "PERSON";
        QTest::newRow("a town's coach is its club's") << "Leverkusen"
                                                      << "ORGANIZATION";
        QTest::newRow("a country's coach is the country's") << "Portugal"
                                                            << "LOCATION";
    }
    void regionsSaintsIndicesAndClubCoaches()
    {
        QFETCH(QString, surface);
        QFETCH(QString, type);
        const QString text = QStringLiteral(
            "Fighting spread in northern Kachin state and in Russia's Belgorod region. The Chinese province "
            "of Yunnan and the broader Balkan region were calm.\nPilgrims filled St. Mark's Square, and "
            "two were taken to St. Vincent's Hospital. The Dow Jones Transportation Average gained.\nDuPage "
            "County State's "
            "Attorney Robert Berlin filed charges. Leverkusen coach Xabi Alonso praised his team, and "
            "Portugal coach Roberto Martinez named his squad.\n");
        QCOMPARE(typeAt(m_extractor->extract(text), text, surface), type);
    }

    void companiesByWhatOnlyCompaniesHave_data()
    {
        QTest::addColumn<QString>("surface");
        QTest::addColumn<QString>("type");
        QTest::newRow("a name before 'chairman' and a person") << "Varenne"
                                                               << "ORGANIZATION";
        QTest::newRow("a name after 'a stake in'") << "Brevik"
                                                   << "ORGANIZATION";
        QTest::newRow("a name after 'Shares in'") << "Castellan"
                                                  << "ORGANIZATION";
        QTest::newRow("the first thing owned") << "Marisol"
                                               << "ORGANIZATION";
        QTest::newRow("a house named after its founder, owned") << "Jean Castel"
                                                                << "ORGANIZATION";
        QTest::newRow("a legal form's period closes the sentence") << "Orvieto & Co."
                                                                   << "ORGANIZATION";
        QTest::newRow("a headline's first word before 'shares' is a word") << "Shipbuilder"
                                                                           << "none";
        QTest::newRow("an employer's name after the tagger's first word") << "Kestrel Research"
                                                                          << "ORGANIZATION";
        QTest::newRow("a guild of a country") << "Screen Guild of Norway"
                                              << "ORGANIZATION";
        QTest::newRow("a shoal") << "Second Larsen Shoal"
                                 << "LOCATION";
        QTest::newRow("a town's name before its chief executive is the company") << "Halden"
                                                                                 << "ORGANIZATION";
        QTest::newRow("a town's name 'which is based in' a city") << "Kirkenes"
                                                                  << "ORGANIZATION";
    }
    void companiesByWhatOnlyCompaniesHave()
    {
        QFETCH(QString, surface);
        QFETCH(QString, type);
        const QString text = QStringLiteral(
            "Shipbuilder shares slide as orders dry up\n\nPARIS - Halden agreed to buy a stake in Brevik on "
            "Monday. Varenne chairman Paul Moreau will stay. Halden owns Marisol, Jean Castel and Orvieto & "
            "Co. Shares in Castellan fell 2%, said Ana Ruiz, a strategist at Kestrel Research.\nThe Screen "
            "Guild of Norway protested. Coast guards clashed near Second Larsen Shoal.\nHalden chief "
            "executive "
            "Ola Berg agreed. Kirkenes, which is based in Oslo, declined.\n");
        QCOMPARE(typeAt(m_extractor->extract(text), text, surface), type);
    }

    // What a company has or does, said of others: no organisation.
    void companyCuesSaidOfOthers()
    {
        const QString text = QStringLiteral(
            "The pop star Rihanna shares a new video with fans. He acquired Russian citizenship in 2020 and "
            "bought Sunday papers. Sony owns Michael Jackson's catalogue.\n");
        const QList<Mention> mentions = m_extractor->extract(text);
        for (const char* name : { "Rihanna", "Russian", "Sunday", "Michael Jackson" })
            QVERIFY2(
                typeAt(mentions, text, QString::fromLatin1(name)) != QStringLiteral("ORGANIZATION"), name);
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Sony")), QStringLiteral("ORGANIZATION"));
    }

    void resultsListsAndAKnownCompanysPlace_data()
    {
        QTest::addColumn<QString>("surface");
        QTest::addColumn<QString>("type");
        QTest::newRow("a home side in a results list") << "Brentford"
                                                       << "ORGANIZATION";
        QTest::newRow("an away side of two words") << "Nottingham Forest"
                                                   << "ORGANIZATION";
        QTest::newRow("a national side stays the country") << "Scotland"
                                                           << "LOCATION";
        QTest::newRow("a known company's name after 'the' is the place") << "Amazon"
                                                                         << "LOCATION";
        QTest::newRow("...and a company's name alone the company") << "Apple"
                                                                   << "ORGANIZATION";
    }
    void resultsListsAndAKnownCompanysPlace()
    {
        QFETCH(QString, surface);
        QFETCH(QString, type);
        const QString text = QStringLiteral(
            "Results: Brentford 2 Nottingham Forest 1; Scotland 0 Wales 3.\nThe fund will protect the Amazon "
            "for ten years, and Apple gave money.\n");
        QCOMPARE(typeAt(m_extractor->extract(text), text, surface), type);
    }

    void officesOfPlacesShipsAndNationalBodies_data()
    {
        QTest::addColumn<QString>("surface");
        QTest::addColumn<QString>("type");
        QTest::addColumn<int>("occurrence");
        QTest::newRow("the place of a title 'of'") << "London"
                                                   << "LOCATION" << 0;
        QTest::newRow("...is not the office holder's name") << "Sadiq Khan"
                                                            << "PERSON" << 0;
        QTest::newRow("a place that is also a given name") << "Washington"
                                                           << "LOCATION" << 0;
        QTest::newRow("...and the governor") << "Bob Ferguson"
                                             << "PERSON" << 0;
        QTest::newRow("a religious title only the rules know") << "Nasaruddin Umar"
                                                               << "PERSON" << 0;
        QTest::newRow("a national body with a word before its field") << "Cancer Research UK"
                                                                      << "ORGANIZATION" << 0;
        QTest::newRow("...and with a country after a dictionary word") << "Public Health Wales"
                                                                       << "ORGANIZATION" << 0;
        QTest::newRow("a warship's name is no place") << "Richmond"
                                                      << "none" << 0;
        QTest::newRow("...nor its prefix an organisation") << "HMS"
                                                           << "none" << 0;
        QTest::newRow("a place the ship sails to stays one") << "Aden"
                                                             << "LOCATION" << 0;
        QTest::newRow("a country after a vessel's kind is no vessel") << "Iran"
                                                                      << "LOCATION" << 0;
    }
    void officesOfPlacesShipsAndNationalBodies()
    {
        QFETCH(QString, surface);
        QFETCH(QString, type);
        QFETCH(int, occurrence);
        const QString text = QStringLiteral(
            "Mayor of London Sadiq Khan and Governor of Washington Bob Ferguson spoke. He visited the "
            "Istiqlal Mosque, where Grand Imam Nasaruddin Umar greeted him.\nPublic Health Wales published "
            "figures, and Cancer Research UK welcomed them.\nThe frigate HMS Richmond sailed past Aden. A "
            "ship Iran seized was released.\n");
        QCOMPARE(typeAt(m_extractor->extract(text), text, surface, occurrence), type);
    }

    void aTownAfterItsPlaceInTheTableIsItsClub()
    {
        // A country or a nation stays a place in a league story: "hosts Qatar", "Korea's".
        const QString text = QStringLiteral(
            "Manchester City beat Arsenal 3-1 on Sunday, moving within a point of leaders Liverpool. In "
            "the World Cup opener, hosts Qatar lost 2-0 to Ecuador.\nSweden beat Korea 1-0. Korea's Kim "
            "Shin-Wook was "
            "shown a yellow card.\n");
        const QList<Mention> mentions = m_extractor->extract(text);
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Liverpool")), QStringLiteral("ORGANIZATION"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Qatar")), QStringLiteral("LOCATION"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Korea")), QStringLiteral("LOCATION"));
    }

    void sportsStoriesDatelinesAndVenues_data()
    {
        QTest::addColumn<QString>("surface");
        QTest::addColumn<QString>("type");
        QTest::addColumn<int>("occurrence");
        QTest::newRow("a club's first word in the headline") << "Bayern"
                                                             << "ORGANIZATION" << 0;
        QTest::newRow("...and alone in the story") << "Bayern"
                                                   << "ORGANIZATION" << 2;
        QTest::newRow("a town beaten in the headline of a scored story") << "Bochum"
                                                                         << "ORGANIZATION" << 0;
        QTest::newRow("a result without a score in a scored story") << "Stuttgart"
                                                                    << "ORGANIZATION" << 0;
        QTest::newRow("...a draw") << "Mainz"
                                   << "ORGANIZATION" << 0;
        QTest::newRow("the dateline stays a place") << "MUNICH"
                                                    << "LOCATION" << 0;
        QTest::newRow("a place where a result is no result") << "Silicon Valley"
                                                             << "LOCATION" << 0;
        QTest::newRow("an unknown dateline place with its state") << "BUTLER"
                                                                  << "LOCATION" << 0;
        QTest::newRow("...is the place after 'in'") << "Butler"
                                                    << "LOCATION" << 0;
        QTest::newRow("a person's rally is the person's") << "Donald Trump"
                                                          << "PERSON" << 0;
        QTest::newRow("'the' and a place is no person") << "Vatican"
                                                        << "LOCATION" << 0;
        QTest::newRow("a venue named after someone") << "Santiago Bernabéu"
                                                     << "LOCATION" << 0;
        QTest::newRow("an institution named after someone") << "John F. Kennedy Center"
                                                            << "ORGANIZATION" << 0;
        QTest::newRow("two firms joined by 'and', one named alone") << "Nomura"
                                                                    << "ORGANIZATION" << 0;
        QTest::newRow("...the other") << "Capital Economics"
                                      << "ORGANIZATION" << 0;
    }
    void sportsStoriesDatelinesAndVenues()
    {
        QFETCH(QString, surface);
        QFETCH(QString, type);
        QFETCH(int, occurrence);
        const QString sport = QStringLiteral(
            "Bayern thrash Bochum\n\nMUNICH, Germany — Harry Kane scored three times as Bayern Munich beat "
            "Bochum 5-0 on Saturday.\nBayern moved four points clear. Elsewhere, Leverkusen lost to "
            "Stuttgart, and Freiburg drew with Mainz.\nThe sale of a rival club stunned Silicon Valley "
            "investors.\n");
        const QString other = QStringLiteral(
            "BUTLER, Pa. — Supporters gathered in Butler on Saturday at the Donald Trump rally. The Vatican "
            "said it was praying for peace.\nFans waited at the Santiago Bernabéu on Wednesday, and the "
            "concert at the John F. Kennedy Center was sold out.\nAnalysts at Nomura and Capital Economics "
            "expect a cut. \"We see no hurry,\" said an economist at Capital Economics.\n");
        const QString& text = sport.contains(surface) ? sport : other;
        QCOMPARE(typeAt(m_extractor->extract(text), text, surface, occurrence), type);
    }

    void whatANameIsSaidToBe_data()
    {
        QTest::addColumn<QString>("surface");
        QTest::addColumn<QString>("type");
        QTest::addColumn<int>("occurrence");
        QTest::newRow("a town by what it is") << "Velbrin"
                                              << "LOCATION" << 0;
        QTest::newRow("...everywhere in the article") << "Velbrin"
                                                      << "LOCATION" << 1;
        QTest::newRow("a place by its residents") << "Busuanga"
                                                  << "LOCATION" << 0;
        QTest::newRow("a place by what lies north of it") << "Dravik"
                                                          << "LOCATION" << 0;
        QTest::newRow("a company by what it is") << "Voltera"
                                                 << "ORGANIZATION" << 0;
        QTest::newRow("a person with a party is no party") << "Jana Novak"
                                                           << "PERSON" << 0;
        QTest::newRow("'The' opening a sentence is no part of a name") << "The Carter Center"
                                                                       << "none" << 0;
        QTest::newRow("...inside a sentence the writer's") << "The Mozilla Foundation"
                                                           << "ORGANIZATION" << 0;
        QTest::newRow("a telescope named after someone is no person") << "James Webb"
                                                                      << "none" << 0;
    }
    void whatANameIsSaidToBe()
    {
        QFETCH(QString, surface);
        QFETCH(QString, type);
        QFETCH(int, occurrence);
        const QString text = QStringLiteral(
            "Velbrin is a small town near the river. Residents of Busuanga left, and Velbrin grew. The road "
            "runs "
            "20 km north of Dravik.\nVoltera is a battery company based in Lyon. Jana Novak was a party "
            "leader.\nThe Carter Center said he died. His income came from The Mozilla Foundation. "
            "Astronomers used the James Webb Space Telescope.\n");
        QCOMPARE(typeAt(m_extractor->extract(text), text, surface, occurrence), type);
    }

    void aKnownCompanyBeforeAndAnotherName()
    {
        const QString text = QStringLiteral(
            "Shares of Ford and General Motors fell.\nApple was sued by Epic Games and Match Group, the "
            "dating app owner.\nThe coast guard said the BRP Cabra was damaged near Manila.\n");
        const QList<Mention> mentions = m_extractor->extract(text);
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Ford")), QStringLiteral("ORGANIZATION"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("General Motors")), QStringLiteral("ORGANIZATION"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Match Group")), QStringLiteral("ORGANIZATION"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("BRP Cabra")), QStringLiteral("none"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Cabra")), QStringLiteral("none"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Manila")), QStringLiteral("LOCATION"));
    }

    void peoplesAreNoMentions()
    {
        const QString text = QStringLiteral("Camps housing Rohingya refugees near Cox's Bazar were damaged, "
                                            "and Yazidi families returned to Sinjar.\n");
        const QList<Mention> mentions = m_extractor->extract(text);
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Rohingya")), QStringLiteral("none"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Yazidi")), QStringLiteral("none"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Sinjar")), QStringLiteral("LOCATION"));
    }

    void givenNamesThatAreAlsoWordsForGroupsArePeople()
    {
        // WordNet lists "Tom", "Shah" and "Pauline" as kinds of people or adjectives; as names
        // standing alone they are people. Nationalities and faiths stay no mentions.
        const QString text = QStringLiteral(
            "Home Minister Amit Shah visited Ahmedabad on Monday. Shah said the state would get more "
            "funds.\n\"I am not leaving,\" Tom said. Pauline agreed with him, and Grace called the "
            "police.\nGerman officials and Christian groups welcomed the plan.\n");
        const QList<Mention> mentions = m_extractor->extract(text);
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Amit Shah")), QStringLiteral("PERSON"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Shah"), 1), QStringLiteral("PERSON"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Tom")), QStringLiteral("PERSON"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Pauline")), QStringLiteral("PERSON"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Grace")), QStringLiteral("PERSON"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("German")), QStringLiteral("none"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Christian")), QStringLiteral("none"));
    }

    void surnamesThatNameDynastiesArePeople()
    {
        // WordNet files the Han, Tang and Zhou dynasties as groups; in news they are surnames.
        const QString text = QStringLiteral(
            "Chinese Vice Premier Han Zheng met the delegation in Beijing. Han said ties were strong.\n"
            "Zhou Xin, an analyst at Nomura, said growth would slow. Zhou expects more stimulus.\n");
        const QList<Mention> mentions = m_extractor->extract(text);
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Han"), 1), QStringLiteral("PERSON"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Zhou"), 1), QStringLiteral("PERSON"));
    }

    void nationalitiesFaithsAndPronounsAreNoOrganisations()
    {
        const QString text = QStringLiteral(
            "The freighter was tracked by the Indian navy and spy planes. In 1997, the Thai navy reported "
            "the interception of a boat.\nGreen symbolizes Islam, and he blended Christianity and Buddhism.\n"
            "A friend recommended the Professional Driving School and I was told to ask for Gerry.\n"
            "Who cares? The WHO said the outbreak was over.\nOr maybe not. Oh, and the licence had expired.\n"
            "Of course, they were closed. She moved to Portland, Or. last year.\n"
            "The chef said: \"Or maybe we just close.\"\n");
        const QList<Mention> mentions = m_extractor->extract(text);
        for (const char* none :
            { "Indian", "Thai", "Islam", "Christianity", "Buddhism", "Who", "Or maybe", "Oh,", "Of" })
            QVERIFY(!std::any_of(mentions.begin(), mentions.end(),
                [&](const Mention& m) { return m.span.begin == text.indexOf(QLatin1String(none)); }));
        for (const char* none : { "Indian", "Thai", "Islam", "Christianity", "Buddhism", "Who" })
            QCOMPARE(typeAt(mentions, text, QLatin1String(none)), QStringLiteral("none"));
        const qsizetype pronoun = text.indexOf(QStringLiteral(" I was")) + 1;
        for (const Mention& m : mentions)
            QVERIFY2(m.span.begin != pronoun, "'I' is a mention");
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Professional Driving School")),
            QStringLiteral("ORGANIZATION"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("WHO")), QStringLiteral("ORGANIZATION"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Or"), 1), QStringLiteral("LOCATION"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Or"), 2), QStringLiteral("none"));
    }

    void anOfficesThingsAreNoPeople()
    {
        const QString text = QStringLiteral(
            "Bush revoked Executive Order 13011. The military is not part of the Executive Branch.\n"
            "\"Commander In Chief\" does not mean that. We need comments on the Analyst Presentation.\n"
            "Senator Graham agreed, and Judge Hand ruled.\n");
        const QList<Mention> mentions = m_extractor->extract(text);
        for (const char* none : { "Order", "Branch", "In", "Presentation" })
            QCOMPARE(typeAt(mentions, text, QLatin1String(none)), QStringLiteral("none"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Graham")), QStringLiteral("PERSON"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Hand")), QStringLiteral("PERSON"));
    }

    void aGivenNameAloneOpeningASentence()
    {
        const QString text = QStringLiteral("Jacques is ready to drop in a dollar amount.\n"
                                            "Priscilla, I do not find the term in our agreement.\n"
                                            "Florence was flooded. Will this work?\nSophie.\n");
        const QList<Mention> mentions = m_extractor->extract(text);
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Jacques")), QStringLiteral("PERSON"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Priscilla")), QStringLiteral("PERSON"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Sophie")), QStringLiteral("PERSON"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Florence")), QStringLiteral("LOCATION"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Will")), QStringLiteral("none"));
    }

    void mailHeadersAndSignatures()
    {
        const QString text
            = QStringLiteral("Thanks.\n\"Townsend, George\" <gtownsend@manorisd.net> 03/27/2001 09:11 AM\n"
                             "\" Lenhart , Matthew \"\nyou guys want to watch the game?\n"
                             "Please reply to Vangie.McGilloway@powersrc.com by Friday.\n"
                             "We moved to \"Austin, Texas\" last year.\n"
                             "Regards ,\nVangie McGilloway Constellation Power Source , Inc. ( \" CPS \" ) "
                             "111 Market Place\n");
        const QList<Mention> mentions = m_extractor->extract(text);
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Townsend, George")), QStringLiteral("PERSON"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Lenhart , Matthew")), QStringLiteral("PERSON"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Texas")), QStringLiteral("LOCATION"));
        for (const Mention& m : mentions) {
            const QString surface = text.mid(m.span.begin, m.span.length());
            QVERIFY2(!surface.startsWith(u',') && !surface.startsWith(u'.'), qPrintable(surface));
            QVERIFY2(!text.mid(m.span.begin - 10, m.span.length() + 20).contains(u'@'), qPrintable(surface));
        }
        QVERIFY(std::any_of(mentions.begin(), mentions.end(), [&](const Mention& m) {
            return m.type == EntityType::Organization
                && text.mid(m.span.begin, m.span.length()).endsWith(QLatin1String("Source , Inc."));
        }));
    }

    void lawsWeaponsContractionsFirmsAndListedNames_data()
    {
        QTest::addColumn<QString>("surface");
        QTest::addColumn<int>("occurrence");
        QTest::addColumn<QString>("type");
        QTest::newRow("a law") << "Securities Act" << 0 << "none";
        QTest::newRow("a treaty's town") << "Dayton" << 0 << "none";
        QTest::newRow("the town alone") << "Dayton" << 1 << "LOCATION";
        QTest::newRow("a speech") << "State of the Union" << 0 << "none";
        QTest::newRow("'Can't' opening a sentence") << "Ca" << 0 << "none";
        QTest::newRow("...written apart") << "Ca" << 1 << "none";
        QTest::newRow("a rifle") << "AK" << 0 << "none";
        QTest::newRow("Alaska") << "AK" << 1 << "LOCATION";
        QTest::newRow("a cruise line") << "Royal Caribbean" << 0 << "ORGANIZATION";
        QTest::newRow("the sea") << "Caribbean" << 1 << "LOCATION";
        QTest::newRow("a name before an e-mail address") << "Lotte Wilms" << 0 << "PERSON";
        QTest::newRow("a firm named after its owner") << "Malcolm Smith Motorsports" << 0 << "ORGANIZATION";
        QTest::newRow("a given name listed with a person") << "Mercedes" << 0 << "PERSON";
        QTest::newRow("a given name the tagger read as a town") << "Elyse" << 0 << "PERSON";
        QTest::newRow("a place after a comma stays") << "Atlanta" << 0 << "LOCATION";
    }
    void lawsWeaponsContractionsFirmsAndListedNames()
    {
        QFETCH(QString, surface);
        QFETCH(int, occurrence);
        QFETCH(QString, type);
        const QString text = QStringLiteral(
            "The Securities Act of 1933 requires disclosure. The Dayton Accords ended the war, and "
            "Dayton, Ohio, hosted the talks.\nHe gave the State of the Union address on Tuesday.\n"
            "Can't wait to go back! Ca n't say enough about it.\n"
            "Armed with AK-47 rifles, the men fled to Anchorage, AK, on Sunday.\n"
            "Royal Caribbean cancelled sailings in the Caribbean.\n"
            "Contact: Lotte Wilms lotte.wilms@kb.nl for details.\n"
            "Calls are now forwarded to Malcolm Smith Motorsports down the road.\n"
            "Great job! Mercedes and Dan are very thorough.\nSteve, Rod and Elyse - just wanted to "
            "confirm our meeting.\n-- Paul, Atlanta, USA\n");
        QCOMPARE(typeAt(m_extractor->extract(text), text, surface, occurrence), type);
    }

    void aKnownCompanyThatIsAWordOpensASentence()
    {
        for (const auto& [sentence, expected] : std::initializer_list<std::pair<QString, QString>> {
                 { QStringLiteral("Apple bought a music start-up."), QStringLiteral("ORGANIZATION") },
                 { QStringLiteral("Shell's profit rose."), QStringLiteral("ORGANIZATION") },
                 { QStringLiteral("Apple, which had led, fell."), QStringLiteral("ORGANIZATION") },
                 { QStringLiteral("Arsenal beat Brentford 2-1 at home on Sunday."),
                     QStringLiteral("ORGANIZATION") },
                 { QStringLiteral("ECOWAS and the African Union praised the vote."),
                     QStringLiteral("ORGANIZATION") },
                 { QStringLiteral("Fox had misreported the plan, Fox News said."),
                     QStringLiteral("ORGANIZATION") },
                 { QStringLiteral("Apple pie is sweet."), QStringLiteral("none") },
                 { QStringLiteral("Shell casings were found."), QStringLiteral("none") } }) {
            const QString text = sentence + u'\n';
            QCOMPARE(typeAt(m_extractor->extract(text), text,
                         sentence.left(sentence.indexOf(QRegularExpression(QStringLiteral("[ ',]"))))),
                expected);
        }
    }

    void namesListedTogetherAreOfOneKind()
    {
        const QString text = QStringLiteral("Mitsubishi Corp., Mitsui & Co. and Itochu rose more than 2%. "
                                            "Talks between Russia and Putin's envoys failed.\n");
        const QList<Mention> mentions = m_extractor->extract(text);
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Itochu")), QStringLiteral("ORGANIZATION"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Putin")), QStringLiteral("PERSON"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Russia")), QStringLiteral("LOCATION"));
    }

    void aTownNamedAfterASaint()
    {
        const QString town = QStringLiteral("The victim, 44, moved from St. Paul last year.\n");
        QCOMPARE(
            typeAt(m_extractor->extract(town), town, QStringLiteral("St. Paul")), QStringLiteral("LOCATION"));
        const QString saint = QStringLiteral("St. Paul wrote to the Romans.\n");
        QCOMPARE(
            typeAt(m_extractor->extract(saint), saint, QStringLiteral("St. Paul")), QStringLiteral("none"));
    }

    void aSaintsNameAfterAGivenNameIsASurname()
    {
        // "St." is also a title ("St. Paul wrote"); after a given name it opens a surname, even
        // when the given name also names a town (Mary in Turkmenistan, Carol in Iowa).
        const QString text = QStringLiteral(
            "We met Mary St. Clair at the hearing, and Jill St. John testified.\nCarol St. Clair EB 3889 "
            "713-853-3989 (Phone)\nThe church of St. Mary is old.\n");
        const QList<Mention> mentions = m_extractor->extract(text);
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Mary St. Clair")), QStringLiteral("PERSON"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Jill St. John")), QStringLiteral("PERSON"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Carol St. Clair")), QStringLiteral("PERSON"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("St. Mary")), QStringLiteral("LOCATION"));
    }

    void aCountryThatIsAlsoAWordOpensASentence()
    {
        const QString news = QStringLiteral(
            "Rescuers from Armenia and Georgia joined the search. Turkey sent a drone, and Chad offered "
            "help.\n");
        const QList<Mention> mentions = m_extractor->extract(news);
        QCOMPARE(typeAt(mentions, news, QStringLiteral("Turkey")), QStringLiteral("LOCATION"));
        const QString review = QStringLiteral("We ordered the sandwiches. Turkey was dry and the bread was "
                                              "stale.\n");
        QCOMPARE(
            typeAt(m_extractor->extract(review), review, QStringLiteral("Turkey")), QStringLiteral("none"));
    }

    void stateAbbreviationsAfterAPlaceOrAParty()
    {
        const QString text = QStringLiteral("The mayor of Portland, Ore., met Rep. Steve Scalise (R-La.) in "
                                            "Springfield, Ill. on Monday. Ore is mined there.\n");
        const QList<Mention> mentions = m_extractor->extract(text);
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Ore.")), QStringLiteral("LOCATION"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("La.")), QStringLiteral("LOCATION"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Ill.")), QStringLiteral("LOCATION"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Ore"), 1), QStringLiteral("none"));
    }

    void nationalitiesThatAreAlsoPlaceNamesAreNoMentions()
    {
        // WordNet knows a Canadian River and ISO 3166-2 a Somali Region; in news these words are
        // adjectives.
        const QString text = QStringLiteral("Officials said the Canadian government would send aid to "
                                            "Somali refugees.\nCanadian troops arrived in Mogadishu.\n");
        const QList<Mention> mentions = m_extractor->extract(text);
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Canadian")), QStringLiteral("none"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Canadian"), 1), QStringLiteral("none"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Somali")), QStringLiteral("none"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Mogadishu")), QStringLiteral("LOCATION"));
    }

    void aNameTheArticleKnowsGrowsOverItsPieces()
    {
        // The tagger reads "Xi Jinping" opening a sentence as "Xi" and "Jinping"; the article
        // named him in full before.
        const QString text = QStringLiteral("Chinese President Xi Jinping arrived in Moscow on Monday.\n"
                                            "Xi Jinping met Vladimir Putin at the Kremlin.\n");
        const QList<Mention> mentions = m_extractor->extract(text);
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Xi Jinping"), 1), QStringLiteral("PERSON"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Jinping"), 1), QStringLiteral("none"));
    }

    void placeNamesAndWhereAPlaceLies_data()
    {
        QTest::addColumn<QString>("surface");
        QTest::addColumn<int>("occurrence");
        QTest::addColumn<QString>("type");
        QTest::newRow("a town before 'on' and a date") << "Manila" << 0 << "LOCATION";
        QTest::newRow("...and the island after 'for'") << "Busuanga Island" << 0 << "LOCATION";
        QTest::newRow("a country before 'on' an island") << "Canada" << 0 << "LOCATION";
        QTest::newRow("...and the island") << "Vancouver Island" << 0 << "LOCATION";
        QTest::newRow("a town said to lie in a province") << "Coron" << 0 << "LOCATION";
        QTest::newRow("...at every mention") << "Coron" << 3 << "LOCATION";
        QTest::newRow("an island group is no organisation") << "Andaman Islands" << 0 << "LOCATION";
        QTest::newRow("a person in a state of shock") << "Maria" << 0 << "PERSON";
    }
    void placeNamesAndWhereAPlaceLies()
    {
        QFETCH(QString, surface);
        QFETCH(int, occurrence);
        QFETCH(QString, type);
        // The tagger reads the unknown town "Coron" as a person's name wherever no place word
        // stands beside it; the article says what it is once.
        const QString text = QStringLiteral(
            "The ferry leaves Manila on Tuesday for Busuanga Island. She grew up in Canada on Vancouver "
            "Island.\nCoron is in the province of Palawan. Coron was first settled by fishermen. Coron "
            "grew quickly after the war, and Coron became a diving resort.\nThe fishermen hid in the "
            "Landfall Islands, part of the Andaman Islands group.\nMaria is in a state of shock, Maria "
            "told reporters.\n");
        QCOMPARE(typeAt(m_extractor->extract(text), text, surface, occurrence), type);
    }

    void saintsTitlesInsideNamesAndLegalForms_data()
    {
        QTest::addColumn<QString>("surface");
        QTest::addColumn<int>("occurrence");
        QTest::addColumn<QString>("type");
        QTest::newRow("a place named after a saint") << "St. Thomas" << 0 << "LOCATION";
        QTest::newRow("...not a title and a person") << "Thomas" << 0 << "none";
        QTest::newRow("the saint acting") << "Thomas" << 1 << "PERSON";
        QTest::newRow("a title inside a name") << "Muhammed Sheikh Khalil" << 0 << "PERSON";
        QTest::newRow("a place before a title") << "Victoria" << 0 << "LOCATION";
        QTest::newRow("...and the person after it") << "Jacinta Allan" << 0 << "PERSON";
        QTest::newRow("a company with its legal form") << "Google, Inc." << 0 << "ORGANIZATION";
        QTest::newRow("its legal form is no acronym") << "Inc." << 0 << "none";
        QTest::newRow("...nor part of the town's name") << "Inc. of Mountain View" << 0 << "none";
        QTest::newRow("the town after it") << "Mountain View" << 0 << "LOCATION";
    }
    void saintsTitlesInsideNamesAndLegalForms()
    {
        QFETCH(QString, surface);
        QFETCH(int, occurrence);
        QFETCH(QString, type);
        const QString text = QStringLiteral(
            "Families returned after the redevelopment of St. Thomas was finished.\nSt. Thomas doubted "
            "the story, the Gospel says.\nIsrael killed its former leader, Muhammed Sheikh Khalil, in "
            "2004.\nThe project moved to Google, Inc. of Mountain View, California.\nA bushfire destroyed "
            "homes on Thursday, Victoria Premier Jacinta Allan said.\n");
        QCOMPARE(typeAt(m_extractor->extract(text), text, surface, occurrence), type);
    }

    void rolesFollowersParticlesAndCitedAuthors_data()
    {
        QTest::addColumn<QString>("surface");
        QTest::addColumn<int>("occurrence");
        QTest::addColumn<QString>("type");
        QTest::newRow("a follower before a name") << "Tom Cruise" << 0 << "PERSON";
        QTest::newRow("a hyphenated given name") << "Yau Wai-ching" << 0 << "PERSON";
        QTest::newRow("...a word after a hyphen is not one") << "Biden" << 0 << "PERSON";
        QTest::newRow("an elided particle") << "Jean le Rond d'Alembert" << 0 << "PERSON";
        QTest::newRow("...another") << "Patrizia d'Ettorre" << 0 << "PERSON";
        QTest::newRow("...after a title") << "Patrizia d'Ettorre" << 1 << "PERSON";
        QTest::newRow("a person of a party") << "Wu Chi-wai" << 0 << "PERSON";
        QTest::newRow("...the party") << "Democratic Party" << 0 << "ORGANIZATION";
        QTest::newRow("a fellowship") << "Royal Society" << 0 << "ORGANIZATION";
        QTest::newRow("a seat") << "European Parliament" << 0 << "ORGANIZATION";
        QTest::newRow("a founder's company") << "Google" << 0 << "ORGANIZATION";
        QTest::newRow("a verb opening a sentence") << "Parliament" << 1 << "ORGANIZATION";
        QTest::newRow("a student's university") << "University of Texas Arlington" << 0 << "ORGANIZATION";
        QTest::newRow("...the student") << "Amneh Jafari" << 0 << "PERSON";
        QTest::newRow("cited authors") << "Carrano" << 0 << "PERSON";
        QTest::newRow("...both") << "Biewener" << 0 << "PERSON";
        QTest::newRow("a firm with an ampersand") << "Procter & Gamble" << 0 << "ORGANIZATION";
        QTest::newRow("two given names with an ampersand") << "Steve" << 0 << "PERSON";
        QTest::newRow("...the other") << "Anne" << 0 << "PERSON";
        QTest::newRow("a firm of two given names and a surname") << "Marks & Spencer" << 0 << "ORGANIZATION";
        QTest::newRow("days with an ampersand") << "Saturday & Sunday" << 0 << "none";
    }
    void rolesFollowersParticlesAndCitedAuthors()
    {
        QFETCH(QString, surface);
        QFETCH(int, occurrence);
        QFETCH(QString, type);
        const QString text = QStringLiteral(
            "The video featured Scientologist Tom Cruise.\nYau Wai-ching defeated the Biden-backed "
            "candidate.\nThe mathematician Jean le Rond d'Alembert solved it, and Patrizia d'Ettorre "
            "agreed.\nCouncillor Wu Chi-wai of the Democratic Party was elected.\nIn 1750 he was elected "
            "a Fellow of the Royal Society.\nShe was a Member of the European Parliament until 2019.\n"
            "Co-founder of Google, Sergey Brin, met him.\nAllow Parliament's views to evolve, the judge "
            "said.\nPsychology major at University of Texas Arlington Amneh Jafari heard of it.\nThe "
            "study was inspired by Carrano & Biewener (2014), and Procter & Gamble paid for it.\nHe "
            "worked under the supervision of Prof. Patrizia d'Ettorre.\n5 stars across the board, Steve & "
            "Anne\nMarks & Spencer cut prices. Open Saturday & Sunday 7:00 am - 5:00 pm.\n");
        QCOMPARE(typeAt(m_extractor->extract(text), text, surface, occurrence), type);
    }

    void wordsThatAreAlsoFamousNamesAndHousesOfWorship()
    {
        // WordNet knows "Court" only as Margaret Court; the tagger reads the court from the
        // context, and the gazetteer's person must not overrule it.
        const QString ruling = QStringLiteral("The Supreme Court heard the case on Monday. The Court "
                                              "ruled that the law was void. Later, the Court said the "
                                              "state had erred.\n");
        const QList<Mention> mentions = m_extractor->extract(ruling);
        QCOMPARE(typeAt(mentions, ruling, QStringLiteral("Court"), 1), QStringLiteral("ORGANIZATION"));
        QCOMPARE(typeAt(mentions, ruling, QStringLiteral("Court"), 2), QStringLiteral("ORGANIZATION"));
        const QString isfahan = QStringLiteral("The Imam Mosque and the Sheikh Lotfollah Mosque stand on "
                                               "the square.\n");
        const QList<Mention> places = m_extractor->extract(isfahan);
        QCOMPARE(typeAt(places, isfahan, QStringLiteral("Imam Mosque")), QStringLiteral("LOCATION"));
        QCOMPARE(
            typeAt(places, isfahan, QStringLiteral("Sheikh Lotfollah Mosque")), QStringLiteral("LOCATION"));
    }

    void aNaturalFeatureWrittenInLowerCaseIsPartOfItsName()
    {
        // As the UNER and GUM gold write it: "Jeju island", "Bohai sea"; a list's plural and an
        // airport stay out, and the name alone is the place too.
        const QString text = QStringLiteral(
            "Go to Jeju island! The boats crossed the Zambezi river; the Zambezi is wide there. The "
            "Sutlej and Ravi rivers flooded, and Bali's Ngurah Rai airport closed. The storm earlier hit "
            "Hainan island.\n");
        const QList<Mention> mentions = m_extractor->extract(text);
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Jeju island")), QStringLiteral("LOCATION"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Zambezi river")), QStringLiteral("LOCATION"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Zambezi"), 1), QStringLiteral("LOCATION"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Sutlej")), QStringLiteral("LOCATION"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Ravi")), QStringLiteral("LOCATION"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Ngurah Rai")), QStringLiteral("LOCATION"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Hainan island")), QStringLiteral("LOCATION"));
    }

    void aFunctionWordInAShoutedLineIsNoName()
    {
        const QString text = QStringLiteral("ORAL ARGUMENT OF GEN. ELIZABETH B. PRELOGAR ON BEHALF OF THE "
                                            "PETITIONERS\nThe hearing began in Washington.\n");
        const QList<Mention> mentions = m_extractor->extract(text);
        QCOMPARE(typeAt(mentions, text, QStringLiteral("OF")), QStringLiteral("none"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("OF"), 1), QStringLiteral("none"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Washington")), QStringLiteral("LOCATION"));
    }

    void anAcronymSpellingPastThePlaceItsNameEndsIn()
    {
        const QString text = QStringLiteral("The United Nations Interim Force in Lebanon (UNIFIL) urged "
                                            "restraint. UNIFIL patrols the border with Israel.\n");
        const QList<Mention> mentions = m_extractor->extract(text);
        QCOMPARE(typeAt(mentions, text, QStringLiteral("United Nations Interim Force in Lebanon")),
            QStringLiteral("ORGANIZATION"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("UNIFIL")), QStringLiteral("ORGANIZATION"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("UNIFIL"), 1), QStringLiteral("ORGANIZATION"));
    }

    void aTownsCoachWithoutHisName()
    {
        const QString text = QStringLiteral("Real Madrid beat Borussia Dortmund 2-0 at Wembley. Carlo "
                                            "Ancelotti, the Madrid coach, praised his side. Fans in "
                                            "Germany and Spain watched.\n");
        const QList<Mention> mentions = m_extractor->extract(text);
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Madrid"), 1), QStringLiteral("ORGANIZATION"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Spain")), QStringLiteral("LOCATION"));
    }

    void aPersonOfAPartyTheTaggerReadAsOne()
    {
        const QString text = QStringLiteral("Chandrababu Naidu of the Telugu Desam Party and Nitish Kumar of "
                                            "Janata Dal (United) joined the coalition. Friends of the Earth "
                                            "and the Bank of America objected.\n");
        const QList<Mention> mentions = m_extractor->extract(text);
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Nitish Kumar")), QStringLiteral("PERSON"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Janata Dal")), QStringLiteral("ORGANIZATION"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Bank of America")), QStringLiteral("ORGANIZATION"));
    }

    void aCapitalAndAPeriodEndingASentence()
    {
        const QString text = QStringLiteral("The recall covers the Model 3 and Model Y. Elon Musk did not "
                                            "comment. Harry S. Truman signed it.\n");
        const QList<Mention> mentions = m_extractor->extract(text);
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Elon Musk")), QStringLiteral("PERSON"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Model"), 1), QStringLiteral("none"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Harry S. Truman")), QStringLiteral("PERSON"));
    }

    void placesListedWithAPlaceAndVillagesByTheirWord()
    {
        const QString text = QStringLiteral(
            "Wildfires forced 30,000 people to flee their homes in Pacific Palisades and Altadena. "
            "Gunmen killed 12 people in an attack on Zike village in Plateau state. She complained to "
            "National Home Furnishings, Boyles and Home Depot.\n");
        const QList<Mention> mentions = m_extractor->extract(text);
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Pacific Palisades")), QStringLiteral("LOCATION"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Altadena")), QStringLiteral("LOCATION"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Zike")), QStringLiteral("LOCATION"));
        QVERIFY(typeAt(mentions, text, QStringLiteral("National Home Furnishings")) != u"LOCATION");
    }

    void aTownNamedAfterARomanceSaint()
    {
        const QString text = QStringLiteral("The 22-year-old from San Candido beat him. She lives in Santa "
                                            "Ana de Yacuma now. He flew to San Francisco.\n");
        const QList<Mention> mentions = m_extractor->extract(text);
        QCOMPARE(typeAt(mentions, text, QStringLiteral("San Candido")), QStringLiteral("LOCATION"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Santa Ana de Yacuma")), QStringLiteral("LOCATION"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("San Francisco")), QStringLiteral("LOCATION"));
    }

    void photoAgenciesAndCompaniesNamedLikeWords()
    {
        const QString text = QStringLiteral(
            "PHOTO: Firefighters battle a blaze on Tuesday. (Mario Tama/Getty Images)\nSouthern "
            "California Edison shares fell 10%, and Micron Technology rose.\n");
        const QList<Mention> mentions = m_extractor->extract(text);
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Mario Tama")), QStringLiteral("PERSON"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Getty Images")), QStringLiteral("ORGANIZATION"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Southern California Edison")),
            QStringLiteral("ORGANIZATION"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Micron Technology")), QStringLiteral("ORGANIZATION"));
    }

    void lowerCaseSurnamesAndIslandGroupsOfWebText()
    {
        const QString text = QStringLiteral("There s a reason why Frank mcclelland was named best chef. We "
                                            "flew to the Andaman islands. Frank said it was great.\n");
        const QList<Mention> mentions = m_extractor->extract(text);
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Frank mcclelland")), QStringLiteral("PERSON"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Andaman islands")), QStringLiteral("LOCATION"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Frank"), 1), QStringLiteral("PERSON"));
    }

    void theCountryOfANameAPlaceAlreadyLocates()
    {
        const QString text = QStringLiteral(
            "Researchers from Colorado State University of the US and the University of Sheffield of the "
            "UK took part. The State University of New York and the Communist Party of the Soviet Union "
            "agreed.\n");
        const QList<Mention> mentions = m_extractor->extract(text);
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Colorado State University")),
            QStringLiteral("ORGANIZATION"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("University of Sheffield")),
            QStringLiteral("ORGANIZATION"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("UK")), QStringLiteral("LOCATION"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("State University of New York")),
            QStringLiteral("ORGANIZATION"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Communist Party of the Soviet Union")),
            QStringLiteral("ORGANIZATION"));
    }

    void institutionsNamedAfterFamousPeople()
    {
        // WordNet knows Harvard, Stanford and Yale only as people; the tagger reads the universities
        // from "at" and "of".
        const QString text = QStringLiteral("She studied at Harvard and later taught at Stanford. A study by "
                                            "researchers at Yale found no link. Edison invented the bulb.\n");
        const QList<Mention> mentions = m_extractor->extract(text);
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Harvard")), QStringLiteral("ORGANIZATION"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Stanford")), QStringLiteral("ORGANIZATION"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Yale")), QStringLiteral("ORGANIZATION"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Edison")), QStringLiteral("PERSON"));
    }

    void aTownWithItsStateAfterAPersonOfTheSameName()
    {
        const QString text = QStringLiteral("Their second son, Austin Shepherd Padalecki, was born in 2013. "
                                            "The couple resides in Austin, Texas with their children. "
                                            "Austin is in kindergarten.\n");
        const QList<Mention> mentions = m_extractor->extract(text);
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Austin"), 1), QStringLiteral("LOCATION"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Austin"), 2), QStringLiteral("PERSON"));
    }

    void vesselsVariantsAndCompaniesJoinedByAHyphen_data()
    {
        QTest::addColumn<QString>("surface");
        QTest::addColumn<int>("occurrence");
        QTest::addColumn<QString>("type");
        QTest::newRow("a ship described after a comma") << "Kestrel" << 0 << "none";
        QTest::newRow("the operator before a ship's kind and name")
            << "Harbour Police" << 0 << "ORGANIZATION";
        QTest::newRow("the operator before a ship's kind without 'the'") << "Maersk" << 0 << "ORGANIZATION";
        QTest::newRow("a variant's Greek letter") << "Delta" << 0 << "none";
        QTest::newRow("a country before 'variant'") << "UK" << 0 << "LOCATION";
        QTest::newRow("the company with the Greek letter's name") << "Delta Air Lines" << 0 << "ORGANIZATION";
        QTest::newRow("a shuttle before its kind") << "Columbia" << 0 << "none";
        QTest::newRow("an orbiter after its owner's possessive") << "Tarvos" << 0 << "none";
        QTest::newRow("a national body named with 'and'")
            << "Citizenship and Immigration Canada" << 0 << "ORGANIZATION";
        QTest::newRow("two known companies joined by a hyphen") << "Kroger" << 0 << "ORGANIZATION";
        QTest::newRow("...the second of them") << "Albertsons" << 0 << "ORGANIZATION";
    }
    void vesselsVariantsAndCompaniesJoinedByAHyphen()
    {
        QFETCH(QString, surface);
        QFETCH(int, occurrence);
        QFETCH(QString, type);
        const QString text = QStringLiteral(
            "BALTIMORE - Investigators boarded the Kestrel, the Liberia-flagged container ship that hit the "
            "bridge. The Harbour Police vessel Sentinel stood by, and a Maersk ship waited. The Delta "
            "variant spread faster than the UK variant, and Delta Air Lines cut flights. Engineers "
            "inspected the Columbia space shuttle debris, and the agency's Tarvos orbiter sent images. "
            "Citizenship and Immigration Canada changed its rules. A judge blocked the Kroger-Albertsons "
            "merger on Tuesday.\n");
        QCOMPARE(typeAt(m_extractor->extract(text), text, surface, occurrence), type);
    }

    void townsListedWithClubsAndPostNominalLetters()
    {
        const QString text = QStringLiteral(
            "Northfield Rovers have been charged with breaches of the Premier League's rules. The club "
            "finished ahead of Liverpool and Arsenal last season. The hearing, chaired by Murray Rosen "
            "KC, began in September. Labour MP Jane Smith welcomed it, as did Tom Brown MP.\n");
        const QList<Mention> mentions = m_extractor->extract(text);
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Liverpool")), QStringLiteral("ORGANIZATION"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Arsenal")), QStringLiteral("ORGANIZATION"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Jane Smith")), QStringLiteral("PERSON"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Tom Brown")), QStringLiteral("PERSON"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("MP"), 1), QStringLiteral("none"));
        // Without a league or a club's result, a town listed with a company stays a town.
        const QString travel = QStringLiteral(
            "Flights leave from Phoenix, and British Airways and Air Canada fly to London and Toronto. "
            "Doors open 2 - 4 on Sundays.\n");
        QCOMPARE(typeAt(m_extractor->extract(travel), travel, QStringLiteral("London")),
            QStringLiteral("LOCATION"));
    }

    void godIsAPersonAndFunctionWordsNoGivenNames()
    {
        // As in the UNER and GUM gold (20 of 24 and 2 of 3 mentions).
        const QString text
            = QStringLiteral("She prayed to God every day. So Bush stopped flying, and God answered.\n");
        const QList<Mention> mentions = m_extractor->extract(text);
        QCOMPARE(typeAt(mentions, text, QStringLiteral("God")), QStringLiteral("PERSON"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Bush")), QStringLiteral("PERSON"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("So Bush")), QStringLiteral("none"));
    }

    void aNameRightAfterADatelineAndSportsBodies()
    {
        const QString text = QStringLiteral(
            "PARIS — Simone Biles won the title on Thursday at Bercy Arena. USA Gymnastics president Li "
            "Li Leung said the team would celebrate, and British Cycling said it was proud.\n");
        const QList<Mention> mentions = m_extractor->extract(text);
        QCOMPARE(typeAt(mentions, text, QStringLiteral("PARIS")), QStringLiteral("LOCATION"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Simone Biles")), QStringLiteral("PERSON"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("USA Gymnastics")), QStringLiteral("ORGANIZATION"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("British Cycling")), QStringLiteral("ORGANIZATION"));
        const QString washington
            = QStringLiteral("WASHINGTON — Nancy Pelosi said on Thursday she would run again.\n");
        QCOMPARE(typeAt(m_extractor->extract(washington), washington, QStringLiteral("Nancy Pelosi")),
            QStringLiteral("PERSON"));
        // A place does not run into a fire chief's title.
        const QString fire = QStringLiteral(
            "A wildfire forced thousands to flee on Tuesday, Los Angeles County Fire Chief Anthony Marrone "
            "said.\n");
        const QList<Mention> fireMentions = m_extractor->extract(fire);
        QCOMPARE(
            typeAt(fireMentions, fire, QStringLiteral("Los Angeles County")), QStringLiteral("LOCATION"));
        QCOMPARE(typeAt(fireMentions, fire, QStringLiteral("Anthony Marrone")), QStringLiteral("PERSON"));
    }

    void lawmakersPartiesAndHomeTowns_data()
    {
        QTest::addColumn<QString>("surface");
        QTest::addColumn<int>("occurrence");
        QTest::addColumn<QString>("type");
        QTest::newRow("a state after a party letter and commas") << "Ky." << 0 << "LOCATION";
        QTest::newRow("...the party letter is no name") << "R" << 0 << "none";
        QTest::newRow("a state after a party letter in brackets") << "Ga." << 0 << "LOCATION";
        QTest::newRow("...that party letter neither") << "R" << 1 << "none";
        QTest::newRow("a state written out after a party letter") << "Texas" << 0 << "LOCATION";
        QTest::newRow("dotted initials after a party letter") << "N.Y." << 0 << "LOCATION";
        QTest::newRow("a home town after a name and an age") << "Caldwell" << 0 << "LOCATION";
        QTest::newRow("...the person before it") << "Maria Lopez" << 0 << "PERSON";
        QTest::newRow("an employer after a name and an age stays") << "Microsoft" << 0 << "ORGANIZATION";
    }
    void lawmakersPartiesAndHomeTowns()
    {
        QFETCH(QString, surface);
        QFETCH(int, occurrence);
        QFETCH(QString, type);
        const QString text = QStringLiteral(
            "WASHINGTON (AP) — The Senate passed a stopgap spending bill late Friday.\nSenate Majority "
            "Leader Chuck Schumer, D-N.Y., said Democrats had kept the government open. Sen. Rand Paul, "
            "R-Ky., voted against it, as did Rep. Marjorie Taylor Greene (R-Ga.) in the House and Rep. Dan "
            "Crenshaw (R-Texas).\nThe victims were identified as Maria Lopez, 34, of Caldwell; her "
            "brother, Juan Lopez, 29; and Tom Reed, 51, of Microsoft.\n");
        QCOMPARE(typeAt(m_extractor->extract(text), text, surface, occurrence), type);
    }

    void officersTitlesAreCut()
    {
        const QString text = QStringLiteral(
            "Chief Financial Officer Kevan Parekh said services revenue hit a record. Chief Executive "
            "Officer Tim Cook spoke later. Officer Jane Doe arrested him.\n");
        const QList<Mention> mentions = m_extractor->extract(text);
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Kevan Parekh")), QStringLiteral("PERSON"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Tim Cook")), QStringLiteral("PERSON"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Jane Doe")), QStringLiteral("PERSON"));
    }

    void aPersonsChurchOrPartyIsOneName()
    {
        // The tagger found only the end of the church's name; the words before it belong to it.
        const QString text = QStringLiteral("He named new cardinals, including Bishop Mykola Bychok of the "
                                            "Ukrainian Greek Catholic Church in Melbourne.\n");
        const QList<Mention> mentions = m_extractor->extract(text);
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Ukrainian Greek Catholic Church")),
            QStringLiteral("ORGANIZATION"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Mykola Bychok")), QStringLiteral("PERSON"));
    }

    void aTextCutOffAfterAPlayersRoleIsReadToItsEnd()
    {
        // The rule for "Kansas City Chiefs tight end Travis Kelce" looks for the player after the
        // role; here the text ends first (read past its end under AddressSanitizer before).
        const QString text = QStringLiteral("The Kansas City Chiefs tight end");
        QCOMPARE(typeAt(m_extractor->extract(text), text, QStringLiteral("Kansas City Chiefs")),
            QStringLiteral("ORGANIZATION"));
    }

    void aNameWithAnAgeIsAPerson_data()
    {
        QTest::addColumn<QString>("surface");
        QTest::addColumn<int>("occurrence");
        QTest::addColumn<QString>("type");
        QTest::newRow("a dictionary word in a headline, named with an age below")
            << "Sinner" << 0 << "PERSON";
        QTest::newRow("the full name after the dateline") << "Jannik Sinner" << 0 << "PERSON";
        QTest::newRow("the name before its age") << "Sinner" << 2 << "PERSON";
        QTest::newRow("the name after a preposition") << "Sinner" << 3 << "PERSON";
        QTest::newRow("a town with a year is no person") << "Tokyo" << 0 << "LOCATION";
    }
    void aNameWithAnAgeIsAPerson()
    {
        QFETCH(QString, surface);
        QFETCH(int, occurrence);
        QFETCH(QString, type);
        const QString text = QStringLiteral(
            "Tennis: Sinner wins Australian Open\n\nMELBOURNE, Australia — Jannik Sinner beat Daniil "
            "Medvedev in five sets on Sunday.\nSinner, 22, came back from two sets down. Novak Djokovic lost "
            "to Sinner in the semifinals. He had won in Tokyo, 1964, as a boy.\n");
        QCOMPARE(typeAt(m_extractor->extract(text), text, surface, occurrence), type);
    }

    void anAcronymDescribedByItsCountrysPossessiveAndArmedGroups()
    {
        const QString text = QStringLiteral(
            "Economy Minister Luis Caputo said the plan was welcome. The CGT, Argentina's largest labor "
            "union, called a general strike for Jan. 24.\n");
        const QList<Mention> mentions = m_extractor->extract(text);
        QCOMPARE(typeAt(mentions, text, QStringLiteral("CGT")), QStringLiteral("ORGANIZATION"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Argentina")), QStringLiteral("LOCATION"));
        // Armed groups known by a code or by a word (resources/gazetteers/rules/known-organizations.txt).
        const QString goma = QStringLiteral(
            "GOMA, Congo (AP) — M23 rebels backed by Rwanda captured most of Goma on Monday. Fighting "
            "between the army and the RSF continued in Khartoum.\n");
        const QList<Mention> gomaMentions = m_extractor->extract(goma);
        QCOMPARE(typeAt(gomaMentions, goma, QStringLiteral("M23")), QStringLiteral("ORGANIZATION"));
        QCOMPARE(typeAt(gomaMentions, goma, QStringLiteral("RSF")), QStringLiteral("ORGANIZATION"));
        // A regional bloc's long form without its acronym.
        const QString accra = QStringLiteral(
            "The Economic Community of West African States praised the peaceful vote in Ghana.\n");
        QCOMPARE(typeAt(m_extractor->extract(accra), accra,
                     QStringLiteral("Economic Community of West African States")),
            QStringLiteral("ORGANIZATION"));
    }

    void placesListedBeforeAPluralRegionWord()
    {
        const QString text = QStringLiteral(
            "SEATTLE — Amazon said it would invest $11 billion in data centers in Butts and Douglas counties "
            "in Georgia. Voters in Democratic and Republican states disagreed.\n");
        const QList<Mention> mentions = m_extractor->extract(text);
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Butts")), QStringLiteral("LOCATION"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Douglas")), QStringLiteral("LOCATION"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Democratic")), QStringLiteral("none"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Republican")), QStringLiteral("none"));
    }

    void aHeadlinesVerbAndAGivenNameAreCutFromAName()
    {
        const QString text = QStringLiteral(
            "Biden Signs Bill to Avert Government Shutdown as Trump Allies Object\n\nPresident Joe Biden "
            "signed a stopgap funding bill on Saturday.\n");
        const QList<Mention> mentions = m_extractor->extract(text);
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Biden")), QStringLiteral("PERSON"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Biden Signs Bill")), QStringLiteral("none"));
    }

    void namesAcrossHyphensWrittenWithSpaces()
    {
        // Some text (Universal NER's, for one) is tokenised with spaces around every hyphen.
        const QString text = QStringLiteral(
            "Another setback was the arrest of Sheikh Hassan Al - Lihabi , of the Lihaib tribe .\nRemember "
            "the Minister of Information , Mr. Mouhamad Said al - Sahaf , and his press conferences ?\nHe "
            "called Taiwanese President Lee Teng - hui simply \" Lee . \"\n");
        const QList<Mention> mentions = m_extractor->extract(text);
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Hassan Al - Lihabi")), QStringLiteral("PERSON"));
        QCOMPARE(
            typeAt(mentions, text, QStringLiteral("Mouhamad Said al - Sahaf")), QStringLiteral("PERSON"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Lee Teng - hui")), QStringLiteral("PERSON"));
    }

    void aSentencesFirstWordThatIsAlsoAWordIsNoGivenName()
    {
        const QString text = QStringLiteral(
            "Ask Mary about her flock. Even Zawahiri's attorney said so. Call Dave at the shop. Will Smith "
            "did not attend.\n");
        const QList<Mention> mentions = m_extractor->extract(text);
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Mary")), QStringLiteral("PERSON"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Zawahiri")), QStringLiteral("PERSON"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Dave")), QStringLiteral("PERSON"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Will Smith")), QStringLiteral("PERSON"));
    }

    void twoLettersNotInCapitalsAreNoKnownName()
    {
        const QString text = QStringLiteral(
            "His last words to his brother Alfred were: \"Ne pleure pas, Alfred!\" Maps cost 150 Kr at the "
            "tourist office in Odense. She moved to Sacramento, CA, last year.\n");
        const QList<Mention> mentions = m_extractor->extract(text);
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Ne")), QStringLiteral("none"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Kr")), QStringLiteral("none"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Odense")), QStringLiteral("LOCATION"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("CA")), QStringLiteral("LOCATION"));
    }

    void daysMonthsAndTimeZonesAreNoPlaces()
    {
        const QString text = QStringLiteral(
            "Conference call 5:00 PT, 6:00 MT, 7:00 CT and 8:00 ET.\nStore hours: Mon - Fri 08:30 am - 7 pm, "
            "Sat 08:30 am - 06:30 pm.\nMon. Sept. 25 - Nice\nIn September, China threatened to veto the "
            "plan. He moved to Helena, MT, in 2019.\n");
        const QList<Mention> mentions = m_extractor->extract(text);
        QCOMPARE(typeAt(mentions, text, QStringLiteral("MT")), QStringLiteral("none"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("CT")), QStringLiteral("none"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Mon")), QStringLiteral("none"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Mon"), 1), QStringLiteral("none"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("September")), QStringLiteral("none"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("China")), QStringLiteral("LOCATION"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Helena")), QStringLiteral("LOCATION"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("MT"), 1), QStringLiteral("LOCATION"));
    }

    void starsAndSignsOfTheZodiacAreNoPlaces()
    {
        const QString text = QStringLiteral(
            "Google said its Gemini models would reach more users. All Aries natives may have to tighten "
            "their belts. The Sirius probe will leave from Kourou in French Guiana.\n");
        const QList<Mention> mentions = m_extractor->extract(text);
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Gemini")), QStringLiteral("none"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Aries")), QStringLiteral("none"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Sirius")), QStringLiteral("none"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Kourou")), QStringLiteral("LOCATION"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("French Guiana")), QStringLiteral("LOCATION"));
    }

    void latvianGivenNamesSpeltLikeEnglishPluralsAreTheWords()
    {
        // Latvian names end in -s ("Gusts", "Grants"); opening an English sentence they are plurals.
        const QString text = QStringLiteral(
            "Gusts reached 74 mph on the coast on Tuesday, the National Weather Service said.\nGrants "
            "will be paid in May, Mayor Karen Bass said.\nNils Andersson, a Swedish skier, won in "
            "Falun.\n");
        const QList<Mention> mentions = m_extractor->extract(text);
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Gusts")), QStringLiteral("none"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Grants")), QStringLiteral("none"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Karen Bass")), QStringLiteral("PERSON"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Nils Andersson")), QStringLiteral("PERSON"));
    }

    void newspapersNamedByTheirTownAreOrganisations()
    {
        const QString text = QStringLiteral(
            "She wrote for the Orlando Sentinel before joining the Des Moines Register. The editor of "
            "the Charlotte Observer declined to comment.\n");
        const QList<Mention> mentions = m_extractor->extract(text);
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Orlando Sentinel")), QStringLiteral("ORGANIZATION"));
        QCOMPARE(
            typeAt(mentions, text, QStringLiteral("Des Moines Register")), QStringLiteral("ORGANIZATION"));
        QCOMPARE(
            typeAt(mentions, text, QStringLiteral("Charlotte Observer")), QStringLiteral("ORGANIZATION"));
    }

    void aShoutedSentenceIsNoOrganisationName()
    {
        const QString text = QStringLiteral(
            "ATE HERE A COUPLE TIMES. DO NOT USE THIS COMPANY. THIS IS NOT THE BEST IN GREEN BAY.\nThe "
            "Ministry of Coastal Affairs said the Harbour Workers Union would strike.\n");
        const QList<Mention> mentions = m_extractor->extract(text);
        QCOMPARE(typeAt(mentions, text, QStringLiteral("ATE HERE A COUPLE TIMES")), QStringLiteral("none"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("DO NOT USE THIS COMPANY")), QStringLiteral("none"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("GREEN BAY")), QStringLiteral("LOCATION"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Ministry of Coastal Affairs")),
            QStringLiteral("ORGANIZATION"));
        QCOMPARE(
            typeAt(mentions, text, QStringLiteral("Harbour Workers Union")), QStringLiteral("ORGANIZATION"));
    }

    void aPlaceStaysAPlaceAfterAPersonNamedLikeIt()
    {
        // A given name that is a city, not a given name anywhere else, does not make the city a
        // person; a surname does ("Jack London ... London was born").
        const QString mail = QStringLiteral(
            "Mon. Oct. 2 - London ( meetings )\nTues. Oct. 3 - Fly London to Houston\nThe message "
            "belongs to the Mark Taylor at EI ( based in London ) .\nThanks, London Taylor\n");
        const QList<Mention> inMail = m_extractor->extract(mail);
        QCOMPARE(typeAt(inMail, mail, QStringLiteral("London")), QStringLiteral("LOCATION"));
        QCOMPARE(typeAt(inMail, mail, QStringLiteral("London"), 1), QStringLiteral("LOCATION"));
        const QString writer
            = QStringLiteral("Jack London wrote about the Klondike. London was born in San Francisco.\n");
        QCOMPARE(typeAt(m_extractor->extract(writer), writer, QStringLiteral("London"), 1),
            QStringLiteral("PERSON"));
    }

    void aLineThatIsOnlyAPersonsNameIsNoHeadline()
    {
        // Surnames that are also words, on a line of their own: a signature and a byline.
        const QString text = QStringLiteral(
            "Thanks for the numbers.\nRobert Quick\n09/17/99 04:50 AM\n\nFlood Warning Lifted\nBy Pam "
            "Worthy\nThe river fell overnight.\n");
        const QList<Mention> mentions = m_extractor->extract(text);
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Robert Quick")), QStringLiteral("PERSON"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Pam Worthy")), QStringLiteral("PERSON"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Flood Warning")), QStringLiteral("none"));
        const QString team = QStringLiteral(
            "Corporate Finance - Joe Deffner, Brian Kerrigan, Lewis Worthy, Mary Perkins\nLegal - Travis "
            "McCullough, Shelia Tweed, Richard Sanders\n");
        const QList<Mention> people = m_extractor->extract(team);
        QCOMPARE(typeAt(people, team, QStringLiteral("Lewis Worthy")), QStringLiteral("PERSON"));
        QCOMPARE(typeAt(people, team, QStringLiteral("Shelia Tweed")), QStringLiteral("PERSON"));
    }

    void productsWithVersionsAndACompanysFirstWord()
    {
        const QString text = QStringLiteral(
            "Anthropic, backed by Amazon, released Claude 3.5 Sonnet in June. Novo Nordisk will cut the "
            "price of its drug. "
            "Novo's shares fell 2% in Copenhagen. Growth forecasts: Germany 0.3, France 0.7.\n");
        const QList<Mention> mentions = m_extractor->extract(text);
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Claude")), QStringLiteral("none"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Novo"), 1), QStringLiteral("ORGANIZATION"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Germany")), QStringLiteral("LOCATION"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("France")), QStringLiteral("LOCATION"));
    }

    void aRomanisedSyllableThatIsAlsoAWord()
    {
        const QString text = QStringLiteral(
            "Two defendants, Lawrence Lau and Lee Yue-shun, were acquitted. Critics of Joe Biden-like "
            "policies and a Donald Trump-type rally spoke.\n");
        const QList<Mention> mentions = m_extractor->extract(text);
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Lee Yue-shun")), QStringLiteral("PERSON"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Joe Biden")), QStringLiteral("PERSON"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Donald Trump")), QStringLiteral("PERSON"));
    }

    void crossingsSaintsGroundsAndPlayersClubs()
    {
        const QString text = QStringLiteral(
            "Mohamed Salah scored twice as Liverpool beat Southampton 3-2 at St Mary's on Sunday to go top "
            "of the Premier League. Newcastle's Alexander Isak scored a hat-trick. Vaccines arrived through "
            "the Kerem Shalom crossing. The Sunday crossing of the Channel failed.\n");
        const QList<Mention> mentions = m_extractor->extract(text);
        QCOMPARE(typeAt(mentions, text, QStringLiteral("St Mary's")), QStringLiteral("LOCATION"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Newcastle")), QStringLiteral("ORGANIZATION"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Alexander Isak")), QStringLiteral("PERSON"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Kerem Shalom")), QStringLiteral("LOCATION"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Sunday")), QStringLiteral("none"));
        // A court's 6-3 ruling makes no sports story.
        const QString court = QStringLiteral(
            "The Supreme Court ruled 6-3 on Friday. New Orleans' LaToya Cantrell welcomed it.\n");
        QCOMPARE(typeAt(m_extractor->extract(court), court, QStringLiteral("New Orleans")),
            QStringLiteral("LOCATION"));
    }

    void aFieldJoinedByAndOpensTheOrganisation()
    {
        const QString text = QStringLiteral(
            "Photo caption: Rescue workers search the rubble in Antakya, Hatay province, Turkey. "
            "(REUTERS/Umit Bektas)\n\nANKARA, Turkey — Turkish President Recep Tayyip Erdogan declared a "
            "state of emergency after the earthquake, which also struck northern Syria. The Disaster and "
            "Emergency Management Authority, known as AFAD, said more than 12,000 people had died.\n");
        const QList<Mention> mentions = m_extractor->extract(text);
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Disaster and Emergency Management Authority")),
            QStringLiteral("ORGANIZATION"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("AFAD")), QStringLiteral("ORGANIZATION"));
    }

    void aTeamNamedByTownAndPluralBeforeAPlayer()
    {
        const QString text = QStringLiteral(
            "Taylor Swift closed her tour in Vancouver. Her boyfriend, Kansas City Chiefs tight end Travis "
            "Kelce, was in the crowd. Hollywood star Tom Hanks was there too.\n");
        const QList<Mention> mentions = m_extractor->extract(text);
        QCOMPARE(
            typeAt(mentions, text, QStringLiteral("Kansas City Chiefs")), QStringLiteral("ORGANIZATION"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Travis Kelce")), QStringLiteral("PERSON"));
        QCOMPARE(typeAt(mentions, text, QStringLiteral("Hollywood")), QStringLiteral("LOCATION"));
    }

    void aWordNoListKnowsIsAPersonOnlyWhereTheArticleShowsOne_data()
    {
        QTest::addColumn<QString>("surface");
        QTest::addColumn<int>("occurrence");
        QTest::addColumn<bool>("person");
        // The tagger reads these unknown words as people; nothing in the article says so.
        QTest::newRow("an island") << "Kalanggaman" << 0 << false;
        QTest::newRow("...at every mention") << "Kalanggaman" << 1 << false;
        QTest::newRow("a quarter of a town") << "Anafiotika" << 0 << false;
        QTest::newRow("an in-house system") << "Zentrix" << 1 << false;
        // What shows a person: a title, also in the plural, for every mention of the name.
        QTest::newRow("a title") << "Olbina" << 0 << true;
        QTest::newRow("...the name alone later") << "Olbina" << 1 << true;
        QTest::newRow("a title in the plural") << "Titman" << 0 << true;
        QTest::newRow("...and the names listed with it") << "Jemison" << 0 << true;
        QTest::newRow("a verb of saying") << "Wolak" << 0 << true;
        QTest::newRow("...the name without one") << "Wolak" << 1 << true;
        QTest::newRow("a citation") << "Biewener" << 0 << true;
        QTest::newRow("...and the author listed with it") << "Carrano" << 0 << true;
        QTest::newRow("a signature") << "Torrey" << 0 << true;
        QTest::newRow("'who' after it") << "Sufaat" << 0 << true;
        QTest::newRow("a spokesman for someone") << "Kadrimov" << 0 << true;
        QTest::newRow("a painter's works") << "Velarde" << 0 << true;
        QTest::newRow("the first of several cited authors") << "Brunsvik" << 0 << true;
        QTest::newRow("an office after the possessive") << "Morvanek" << 0 << true;
        QTest::newRow("listed with the writer") << "Lumbrino" << 0 << true;
        QTest::newRow("...and the name listed before it") << "Dravetz" << 0 << true;
        QTest::newRow("an occupation in apposition") << "Quarmby" << 0 << true;
    }
    void aWordNoListKnowsIsAPersonOnlyWhereTheArticleShowsOne()
    {
        QFETCH(QString, surface);
        QFETCH(int, occurrence);
        QFETCH(bool, person);
        const QString text = QStringLiteral(
            "Ferries to the islands leave from Kalanggaman twice a day. From Kalanggaman you can hire a "
            "boat to the reef.\nThe old town is best seen on foot: walk up through Anafiotika to the top of "
            "the hill.\nOur team moved the billing data to Zentrix last spring. Zentrix crashed twice in "
            "the first week.\nI had been a patient of Dr. Olbina for nine years. Olbina explained every "
            "procedure.\nAfter talking with Professors Titman, Ronn and Jemison, I was sure about the "
            "program.\nWolak said the market was broken, and the commission lauded Wolak for his "
            "analysis.\nThe study was inspired by Carrano and Biewener (2014), who measured it "
            "first.\nThe group's regional operative, Sufaat, who was at a key meeting in 2000, has been "
            "captured.\nA spokesman for Kadrimov declined to comment on the talks.\nThe museum bought a "
            "collection of Velarde paintings last year.\nReplication is the gold standard of evidence "
            "(Brunsvik, Kalvenes, Ortmark, & Vaszary, 2011).\nLater that week Morvanek's office refused "
            "the offer.\nAs I recall, Dravetz, Lumbrino and I usually make up one team.\nThe staff is "
            "friendly and helpful, and the owner, Quarmby, is an absolute angel.\nThanks,\nTorrey\n");
        const QString type = typeAt(m_extractor->extract(text), text, surface, occurrence);
        QCOMPARE(type == QStringLiteral("PERSON"), person);
    }

    void oddInputNeverBreaksExtraction()
    {
        QVERIFY(m_extractor->extract(QString()).isEmpty());
        QVERIFY(m_extractor->extract(QStringLiteral("   \n\n  ")).isEmpty());
        QString noise;
        for (int i = 0; i < 2000; ++i)
            noise += QChar(char16_t(0x20 + (i * 7919) % 0x3000));
        noise += QChar(0xD800); // a lone surrogate
        (void)m_extractor->extract(noise);
        const QList<Mention> m = m_extractor->extract(QStringLiteral("😀 Angela Merkel visited 😀 Paris."));
        QVERIFY(!m.isEmpty());
    }
};

CROSSREAD_TEST_MAIN(TestExtractor, QCoreApplication)
#include "tst_extractor.moc"
