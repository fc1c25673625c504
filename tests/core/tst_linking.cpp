// Cross-article linking, the corpus index and corrections, on articles built here mention by
// mention, so each test states exactly which names the linker sees and what a user must get.

#include "core/corpus/analysis.h"
#include "core/corpus/corpusindex.h"
#include "core/corpus/corrections.h"
#include "core/link/linker.h"
#include "core/link/namekey.h"
#include "tests/testmain.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace crossread::core;

namespace {

// An article whose text is its sentences; every [[Name|TYPE]] becomes a mention.
AnalysedArticle article(const QString& path, const QString& markedText)
{
    AnalysedArticle a;
    a.article.path = path;
    QString text;
    qsizetype i = 0;
    while (i < markedText.size()) {
        const qsizetype open = markedText.indexOf(QStringLiteral("[["), i);
        if (open < 0) {
            text += markedText.mid(i);
            break;
        }
        text += markedText.mid(i, open - i);
        const qsizetype close = markedText.indexOf(QStringLiteral("]]"), open);
        const QString inner = markedText.mid(open + 2, close - open - 2);
        const QString name = inner.section(u'|', 0, 0);
        const EntityType type = *entityTypeFromName(inner.section(u'|', 1, 1));
        a.mentions.append({ { text.size(), text.size() + name.size() }, type, name });
        text += name;
        i = close + 2;
    }
    a.article.text = text;
    qsizetype start = 0;
    for (qsizetype k = 0; k < text.size(); ++k)
        if (text[k] == u'.' && (k + 1 == text.size() || text[k + 1] == u' ')) {
            a.sentences.append({ start, k + 1 });
            start = k + 2;
        }
    return a;
}

// The entity of the n-th mention written `surface` in article `a`.
const Entity* entityOf(const CorpusIndex& index, int a, const QString& surface, int n = 0)
{
    const auto& mentions = index.articles()[size_t(a)].mentions;
    for (qsizetype i = 0; i < mentions.size(); ++i)
        if (mentions[i].text == surface && n-- == 0)
            return &index.entity(index.entityOf({ a, std::int32_t(i) }));
    return nullptr;
}

bool sameEntity(const CorpusIndex& index, int a1, const QString& s1, int a2, const QString& s2)
{
    const Entity* x = entityOf(index, a1, s1);
    const Entity* y = entityOf(index, a2, s2);
    return x && y && x == y;
}

CorpusIndex linked(std::vector<AnalysedArticle> articles, const CorrectionSet& corrections = {})
{
    return buildCorpus(std::move(articles), Linker(), corrections, QStringLiteral("/folder"));
}

} // namespace

class TestLinking : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nameKeysFoldWhatDoesNotChangeTheName()
    {
        QCOMPARE(nameKey(u"Vučić"), nameKey(u"Vucic"));
        QCOMPARE(nameKey(u"U.S."), nameKey(u"US"));
        QCOMPARE(nameKey(u"Xi’s"), nameKey(u"Xi"));
        QCOMPARE(nameKey(u"HeSteel Group"), nameKey(u"Hesteel Group"));
        QVERIFY(nameKey(u"Vučić") != nameKey(u"Vučević"));
    }

    void spellingsAndNamePartsJoinOnePerson()
    {
        const CorpusIndex index = linked({
            article("/folder/a.txt",
                "President [[Aleksandar Vučić|PERSON]] met [[Miloš Vučević|PERSON]]. "
                "[[Vučić|PERSON]] spoke first. [[Vučević|PERSON]] agreed."),
            article("/folder/b.txt", "[[Aleksandar Vucic|PERSON]] arrived. [[Vucic|PERSON]] smiled."),
            article("/folder/c.txt", "Later [[Vučić’s|PERSON]] office said so."),
        });
        QVERIFY(sameEntity(index, 0, "Aleksandar Vučić", 1, "Aleksandar Vucic"));
        QVERIFY(sameEntity(index, 0, "Vučić", 0, "Aleksandar Vučić"));
        QVERIFY(sameEntity(index, 1, "Vucic", 0, "Aleksandar Vučić"));
        QVERIFY(sameEntity(index, 2, "Vučić’s", 0, "Aleksandar Vučić"));
        QVERIFY(sameEntity(index, 0, "Vučević", 0, "Miloš Vučević"));
        QVERIFY2(!sameEntity(index, 0, "Vučić", 0, "Vučević"), "Vučić is not Vučević");
        const Entity* vucic = entityOf(index, 0, "Vučić");
        QCOMPARE(vucic->name, QStringLiteral("Aleksandar Vučić")); // the accented spelling names it
        QCOMPARE(vucic->mentionCount, 5);
        QCOMPARE(vucic->articleCount, 3);
    }

    void aLoneNameThatFitsTwoFullNamesJoinsOnlyThroughItsOwnArticle()
    {
        const CorpusIndex index = linked({
            article("/folder/a.txt", "[[Kim Jong Un|PERSON]] fired a missile. [[Kim|PERSON]] watched."),
            article("/folder/b.txt", "Analyst [[Daniel Kim|PERSON]] said so. [[Kim|PERSON]] added more."),
            article("/folder/c.txt", "[[Kim|PERSON]] was not named in full here."),
            article("/folder/d.txt", "Only [[Putin|PERSON]] came."),
            article("/folder/e.txt", "[[Vladimir Putin|PERSON]] left."),
        });
        QVERIFY(sameEntity(index, 0, "Kim", 0, "Kim Jong Un"));
        QVERIFY(sameEntity(index, 1, "Kim", 1, "Daniel Kim"));
        QVERIFY2(!sameEntity(index, 0, "Kim Jong Un", 1, "Daniel Kim"), "Daniel Kim is not Kim Jong Un");
        QVERIFY(!sameEntity(index, 2, "Kim", 0, "Kim Jong Un"));
        QVERIFY(!sameEntity(index, 2, "Kim", 1, "Daniel Kim"));
        // Only one full name in the folder fits: joined across articles, and the reason says so.
        QVERIFY(sameEntity(index, 3, "Putin", 4, "Vladimir Putin"));
        const Entity* putin = entityOf(index, 3, "Putin");
        const auto alias = std::find_if(putin->aliases.begin(), putin->aliases.end(),
            [](const EntityAlias& a) { return a.text == u"Putin"; });
        QCOMPARE(alias->reason, JoinReason::NamePartInFolder);
        QCOMPARE(alias->joinedTo, QStringLiteral("Vladimir Putin"));
    }

    void aPersonsInitialsJoinTheNameTheySpell()
    {
        const CorpusIndex index = linked({
            article("/folder/a.txt",
                "Crown Prince [[Mohammed bin Salman|PERSON]] ([[MBS|PERSON]]) spoke. "
                "[[MBS|PERSON]] left. [[Alexandria Ocasio-Cortez|PERSON]] objected. [[AOC|PERSON]] said no."),
            article("/folder/b.txt",
                "[[Robert F. Kennedy Jr.|PERSON]] testified. [[RFK Jr.|PERSON]] was asked twice."),
            article("/folder/c.txt", "[[MBS|PERSON]] flew to Paris."),
            article("/folder/d.txt", "[[Anna Smith|PERSON]] met [[Adam Stone|PERSON]]. [[AS|PERSON]] spoke."),
            article("/folder/e.txt", "[[AS|PERSON]] was not named in full here."),
        });
        QVERIFY(sameEntity(index, 0, "MBS", 0, "Mohammed bin Salman"));
        QVERIFY(sameEntity(index, 0, "AOC", 0, "Alexandria Ocasio-Cortez"));
        QVERIFY(sameEntity(index, 1, "RFK Jr.", 1, "Robert F. Kennedy Jr."));
        QVERIFY(sameEntity(index, 2, "MBS", 0, "Mohammed bin Salman")); // the only fitting name
        const Entity* mbs = entityOf(index, 2, "MBS");
        QCOMPARE(mbs->name, QStringLiteral("Mohammed bin Salman"));
        const auto alias = std::find_if(
            mbs->aliases.begin(), mbs->aliases.end(), [](const EntityAlias& a) { return a.text == u"MBS"; });
        QCOMPARE(alias->reason, JoinReason::Initials);
        // Two names in the article fit "AS": the nearest before it; none in another article.
        QVERIFY(sameEntity(index, 3, "AS", 3, "Adam Stone"));
        QVERIFY(!sameEntity(index, 3, "AS", 3, "Anna Smith"));
        QVERIFY(!sameEntity(index, 4, "AS", 3, "Adam Stone"));
        QVERIFY(!sameEntity(index, 4, "AS", 3, "Anna Smith"));
    }

    void givenNameAndSurnameBothJoin()
    {
        const CorpusIndex index = linked({
            article(
                "/folder/a.txt", "[[Lin Vu|PERSON]] wrote it. [[Vu|PERSON]] said [[Lin|PERSON]] was right."),
            article("/folder/b.txt", "[[Xi Jinping|PERSON]] spoke. [[Xi|PERSON]] left."),
        });
        QVERIFY(sameEntity(index, 0, "Vu", 0, "Lin Vu"));
        QVERIFY(sameEntity(index, 0, "Lin", 0, "Lin Vu"));
        QVERIFY(sameEntity(index, 1, "Xi", 1, "Xi Jinping"));
        QVERIFY(!sameEntity(index, 0, "Lin Vu", 1, "Xi Jinping"));
    }

    void knownAliasesAcronymsAndVariantsJoin()
    {
        const CorpusIndex index = linked({
            article("/folder/a.txt",
                "The [[U.S.|LOCATION]] and [[America|LOCATION]] and [[US|LOCATION]]. The [[Serbian "
                "Progressive "
                "Party|ORGANIZATION]] ([[SNS|ORGANIZATION]]) won. [[Bloomberg L.P.|ORGANIZATION]] reported. "
                "The [[Center for China Analysis|ORGANIZATION]] said. [[EU|ORGANIZATION]] rules."),
            article("/folder/b.txt",
                "The [[United States|LOCATION]] agreed. [[SNS|ORGANIZATION]] lost. "
                "[[Bloomberg|ORGANIZATION]] "
                "said. The [[China Analysis Center|ORGANIZATION]] wrote. The [[European Union|ORGANIZATION]] "
                "and [[People’s Republic of China|LOCATION]] and [[China|LOCATION]]. The [[Atlantic Harbour "
                "Authority|ORGANIZATION]] and the [[AHA|ORGANIZATION]]. [[Tampa|LOCATION]], "
                "[[Fla.|LOCATION]], "
                "and [[MSF|ORGANIZATION]]."),
            article("/folder/c.txt",
                "[[Florida|LOCATION]] and [[Doctors Without Borders|ORGANIZATION]] and the [[Democratic "
                "Republic "
                "of Congo|LOCATION]]. [[DRC|LOCATION]] too."),
            article("/folder/d.txt",
                "The [[Harbour Pilots Guild|ORGANIZATION]] (“[[LHG|ORGANIZATION]]”) struck. "
                "[[LHG|ORGANIZATION]] "
                "won. The [[CDC|ORGANIZATION]] counted cases, the [[Centers for Disease Control and "
                "Prevention|ORGANIZATION]] said."),
        });
        QVERIFY(sameEntity(index, 0, "U.S.", 1, "United States"));
        QVERIFY(sameEntity(index, 0, "America", 0, "US"));
        QCOMPARE(entityOf(index, 0, "US")->name, QStringLiteral("United States"));
        QVERIFY(sameEntity(index, 0, "SNS", 0, "Serbian Progressive Party"));
        QVERIFY(sameEntity(index, 1, "SNS", 0, "Serbian Progressive Party"));
        QVERIFY(sameEntity(index, 0, "Bloomberg L.P.", 1, "Bloomberg"));
        QVERIFY(sameEntity(index, 0, "Center for China Analysis", 1, "China Analysis Center"));
        QVERIFY(sameEntity(index, 0, "EU", 1, "European Union"));
        QVERIFY(sameEntity(index, 1, "China", 1, "People’s Republic of China"));
        // Initials of the only name that fits, though no table knows it.
        QVERIFY(sameEntity(index, 1, "AHA", 1, "Atlantic Harbour Authority"));
        // ... also before the last "and ..." that the name grew after its acronym was coined.
        QVERIFY(sameEntity(index, 3, "CDC", 3, "Centers for Disease Control and Prevention"));
        QVERIFY(!sameEntity(index, 0, "Center for China Analysis", 1, "China"));
        QVERIFY(sameEntity(index, 1, "Fla.", 2, "Florida")); // a state as newspapers abbreviate it
        QVERIFY(sameEntity(index, 1, "MSF", 2, "Doctors Without Borders"));
        QVERIFY(sameEntity(index, 2, "DRC", 2, "Democratic Republic of Congo"));
        // Defined in quotes, in another language's initials.
        QVERIFY(sameEntity(index, 3, "LHG", 3, "Harbour Pilots Guild"));
        const Entity* sns = entityOf(index, 0, "SNS");
        const auto alias = std::find_if(
            sns->aliases.begin(), sns->aliases.end(), [](const EntityAlias& a) { return a.text == u"SNS"; });
        QCOMPARE(alias->reason, JoinReason::AcronymDefinedInText);
    }

    void anAcronymAfterItsNameMustSpellItAndKnownNamesKeepTheirMeaning()
    {
        const CorpusIndex index = linked({
            article("/folder/a.txt",
                "The [[IOM|ORGANIZATION]] ([[International Organization for Migration|ORGANIZATION]]) "
                "said. The [[U.S.|LOCATION]] ([[Playhouse Square Center|LOCATION]]) is big. "
                "The [[ABC|ORGANIZATION]] ([[Harbour Board|ORGANIZATION]]) met."),
        });
        QVERIFY(sameEntity(index, 0, "IOM", 0, "International Organization for Migration"));
        QVERIFY2(
            !sameEntity(index, 0, "U.S.", 0, "Playhouse Square Center"), "a table name keeps its meaning");
        QVERIFY2(!sameEntity(index, 0, "ABC", 0, "Harbour Board"), "ABC does not spell Harbour Board");
    }

    void organisationShortFormsJoinTheNameOfTheirArticle()
    {
        const CorpusIndex index = linked({
            article("/folder/a.txt",
                "The [[Chinese Foreign Ministry|ORGANIZATION]] said. The [[Foreign "
                "Ministry|ORGANIZATION]] added."),
            article("/folder/b.txt",
                "The [[Serbian Foreign Ministry|ORGANIZATION]] said. The [[Foreign "
                "Ministry|ORGANIZATION]] denied."),
            article("/folder/c.txt", "A [[Foreign Ministry|ORGANIZATION]] spokesman."),
        });
        QVERIFY(sameEntity(index, 0, "Foreign Ministry", 0, "Chinese Foreign Ministry"));
        QVERIFY(sameEntity(index, 1, "Foreign Ministry", 1, "Serbian Foreign Ministry"));
        QVERIFY(!sameEntity(index, 0, "Chinese Foreign Ministry", 1, "Serbian Foreign Ministry"));
        QVERIFY(!sameEntity(index, 2, "Foreign Ministry", 0, "Chinese Foreign Ministry"));
    }

    void anOrganisationsFirstWordAfterItsFullNameIsThatOrganisation()
    {
        const CorpusIndex index = linked({
            article("/folder/a.txt",
                "[[Meridian Shipping Group|ORGANIZATION]] bought a stake. [[Meridian|ORGANIZATION]], which "
                "is based in [[Singapore|LOCATION]], runs terminals."),
            article("/folder/b.txt",
                "[[Orvane|ORGANIZATION]] said its cloud unit, [[Orvane Web Services|ORGANIZATION]], grew. "
                "[[Orvane|ORGANIZATION]] shares rose."),
            article("/folder/c.txt",
                "[[Kestrel Bank|ORGANIZATION]] and [[Kestrel Insurance|ORGANIZATION]] merged. "
                "[[Kestrel|ORGANIZATION]] said so."),
            article("/folder/d.txt", "[[Meridian|ORGANIZATION]] was not named in full here."),
        });
        QVERIFY(sameEntity(index, 0, "Meridian", 0, "Meridian Shipping Group"));
        const Entity* meridian = entityOf(index, 0, "Meridian");
        const auto alias = std::find_if(meridian->aliases.begin(), meridian->aliases.end(),
            [](const EntityAlias& a) { return a.text == u"Meridian"; });
        QCOMPARE(alias->reason, JoinReason::ShortFormInArticle);
        // The parent named before its unit stays the parent.
        QVERIFY(!sameEntity(index, 1, "Orvane", 1, "Orvane Web Services"));
        // Two organisations of the article start with the word: neither.
        QVERIFY(!sameEntity(index, 2, "Kestrel", 2, "Kestrel Bank"));
        QVERIFY(!sameEntity(index, 2, "Kestrel", 2, "Kestrel Insurance"));
        // Another article's lone first word is left alone.
        QVERIFY(!sameEntity(index, 3, "Meridian", 0, "Meridian Shipping Group"));
    }

    void aCompanysLegalFormIsNoInitialAndNoPlacesShortName()
    {
        const CorpusIndex index = linked({
            article("/folder/a.txt",
                "[[SANTIAGO|LOCATION]] ([[AP|ORGANIZATION]]) - Police opened stations in "
                "[[Antofagasta|LOCATION]]. Shares of [[Antofagasta plc|ORGANIZATION]] rose, and "
                "[[Bloomberg L.P.|ORGANIZATION]] said [[Bloomberg|ORGANIZATION]] would report it. The "
                "[[BBC|ORGANIZATION]] and the [[British Broadcasting Corporation|ORGANIZATION]]."),
        });
        QVERIFY2(!sameEntity(index, 0, "AP", 0, "Antofagasta plc"), "plc gives no letter to an acronym");
        QVERIFY2(!sameEntity(index, 0, "Antofagasta", 0, "Antofagasta plc"), "the city is not the miner");
        QVERIFY(sameEntity(index, 0, "Bloomberg", 0, "Bloomberg L.P."));
        QVERIFY2(sameEntity(index, 0, "BBC", 0, "British Broadcasting Corporation"),
            "a corporation keeps its letter");
    }

    void peopleNeverJoinPlacesButPlacesJoinOrganisationsOfTheSameName()
    {
        const CorpusIndex index = linked({
            article("/folder/a.txt",
                "[[Washington|PERSON]] crossed. [[Washington|LOCATION]] said. "
                "[[Washington|ORGANIZATION]] replied."),
        });
        const Entity* person = entityOf(index, 0, "Washington", 0);
        const Entity* place = entityOf(index, 0, "Washington", 1);
        const Entity* organisation = entityOf(index, 0, "Washington", 2);
        QVERIFY(person != place);
        QCOMPARE(place, organisation);
        QVERIFY(person->key != place->key); // keys stay unique
    }

    void indexAnswersMentionsContextCoOccurrenceAndSearch()
    {
        const CorpusIndex index = linked({
            article("/folder/a.txt",
                "Talks began in [[Belgrade|LOCATION]] today. [[Vučić|PERSON]] met [[Xi "
                "Jinping|PERSON]] in [[Belgrade|LOCATION]]."),
            article("/folder/b.txt", "[[Aleksandar Vucic|PERSON]] flew home to [[Belgrade|LOCATION]]."),
        });
        const std::int32_t vucic = index.resolve(u"vucic");
        QVERIFY(vucic >= 0);
        QCOMPARE(index.resolve(u"Aleksandar Vučić"), vucic);
        const auto mentions = index.mentionsOf(vucic);
        QCOMPARE(mentions.size(), size_t(2));
        QCOMPARE(mentions[0].article, 0);
        QCOMPARE(mentions[1].article, 1);
        const MentionContext context = index.contextOf(mentions[0]);
        QCOMPARE(context.mention, QStringLiteral("Vučić"));
        QCOMPARE(context.right, QStringLiteral(" met Xi Jinping in Belgrade."));
        QVERIFY(context.left.isEmpty()); // the sentence starts with the name
        // Belgrade: in both articles; in one sentence with Vučić in each.
        const std::int32_t belgrade = index.resolve(u"Belgrade");
        const auto together = index.coOccurring(vucic);
        const auto found = std::find_if(
            together.begin(), together.end(), [&](const CoOccurrence& c) { return c.entity == belgrade; });
        QVERIFY(found != together.end());
        QCOMPARE(found->articles, 2);
        QCOMPARE(found->sentences, 2);
        QCOMPARE(together.front().entity, belgrade); // most shared articles first
        // Prefix search folds case and accents and finds any word of any alias.
        const auto hits = index.search(u"VUČ");
        QCOMPARE(hits.size(), size_t(1));
        QCOMPARE(hits.front(), vucic);
        QCOMPARE(index.search(u"jinp").size(), size_t(1));
        QVERIFY(index.search(u"zzz").empty());
        QCOMPARE(index.entitiesOfArticle(0).size(), size_t(3));
        const auto byMentions = index.sortedEntities(EntityOrder::Mentions);
        QCOMPARE(index.entity(byMentions.front()).name, QStringLiteral("Belgrade"));
        const auto byName = index.sortedEntities(EntityOrder::Name);
        QCOMPARE(index.entity(byName.front()).name, QStringLiteral("Aleksandar Vučić"));
    }

    void correctionsReplayAfterAnalysis()
    {
        auto articles = [] {
            return std::vector<AnalysedArticle> {
                article("/folder/a.txt",
                    "[[Vucic|PERSON]] met [[Aleksandar Vucic|PERSON]] and [[Brnabic|PERSON]]. "
                    "[[Tuesday|PERSON]] came. The [[Harbour Board|LOCATION]] met."),
                article("/folder/sub/b.txt",
                    "[[Ana Brnabić|PERSON]] and [[Tuesday|PERSON]] and [[Vučić|PERSON]]. "
                    "The Danube Commission sat."),
            };
        };
        CorrectionSet corrections;
        auto add = [&](Correction c) { corrections.items.append(c); };
        add({ .kind = Correction::Kind::Rename, .entity = "Aleksandar Vucic", .name = "Aleksandar Vučić" });
        add({ .kind = Correction::Kind::SetType,
            .entity = "Harbour Board",
            .type = EntityType::Organization });
        add({ .kind = Correction::Kind::RejectSurface, .text = "tuesday" });
        add({ .kind = Correction::Kind::MarkEntity,
            .text = "Danube Commission",
            .type = EntityType::Organization });
        add({ .kind = Correction::Kind::Merge, .entity = "Aleksandar Vučić", .other = "Ana Brnabić" });
        add({ .kind = Correction::Kind::SplitAlias, .entity = "Aleksandar Vučić", .other = "Brnabic" });
        add({ .kind = Correction::Kind::RejectMention,
            .text = "Vučić",
            .article = "sub/b.txt",
            .begin = 28,
            .end = 33 });

        const CorpusIndex index = linked(articles(), corrections);
        const Entity* vucic = entityOf(index, 0, "Vucic");
        QCOMPARE(vucic->name, QStringLiteral("Aleksandar Vučić"));
        QCOMPARE(entityOf(index, 0, "Harbour Board")->type, EntityType::Organization);
        QCOMPARE(index.articles()[0].mentions.back().type, EntityType::Organization); // highlight follows
        QVERIFY(!entityOf(index, 0, "Tuesday"));
        QVERIFY(!entityOf(index, 1, "Tuesday"));
        QVERIFY(entityOf(index, 1, "Danube Commission"));
        QCOMPARE(entityOf(index, 1, "Danube Commission")->type, EntityType::Organization);
        // Merged, then "Brnabic" split off again into an entity of its own.
        QCOMPARE(entityOf(index, 1, "Ana Brnabić"), vucic);
        QVERIFY(entityOf(index, 0, "Brnabic") != vucic);
        QCOMPARE(entityOf(index, 0, "Brnabic")->name, QStringLiteral("Brnabic"));
        QVERIFY(!entityOf(index, 1, "Vučić")); // that one mention rejected
        QCOMPARE(vucic->mentionCount, 3);
    }

    void correctionsFileRoundTripsAtomically()
    {
        QTemporaryDir folder;
        QVERIFY(loadCorrections(folder.path()).corrections.items.isEmpty()); // none yet is fine
        CorrectionSet corrections;
        corrections.items.append(
            { .kind = Correction::Kind::Rename, .entity = "Vucic", .name = "Aleksandar Vučić" });
        corrections.items.append({ .kind = Correction::Kind::RejectMention,
            .text = "May",
            .article = "a.txt",
            .begin = 3,
            .end = 6 });
        corrections.unknown.append(QJsonObject { { "op", "from-the-future" }, { "x", 1 } });
        QString error;
        QVERIFY2(saveCorrections(folder.path(), corrections, &error), qPrintable(error));
        const CorrectionsLoad load = loadCorrections(folder.path());
        QVERIFY(load.problem.isEmpty());
        QCOMPARE(load.corrections.items.size(), 2);
        QCOMPARE(load.corrections.items[0].name, QStringLiteral("Aleksandar Vučić"));
        QCOMPARE(load.corrections.items[1].begin, 3);
        QCOMPARE(load.corrections.unknown.size(), 1); // kept for a newer version to read
        // Human-readable and versioned, no temporary files left behind.
        QFile file(correctionsFilePath(folder.path()));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.contains("\"version\": 1"));
        QVERIFY(bytes.contains("\"op\": \"rename\""));
        QCOMPARE(QDir(folder.filePath(".crossread")).entryList(QDir::Files).size(), 1);
    }

    void damagedCorrectionsFileIsKeptAsideAndReported()
    {
        QTemporaryDir folder;
        QDir().mkpath(folder.filePath(".crossread"));
        QFile file(correctionsFilePath(folder.path()));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"format\": \"crossread-corrections\", \"corrections\": [ {\"op\": \"rena");
        file.close();
        const CorrectionsLoad load = loadCorrections(folder.path());
        QVERIFY(load.corrections.items.isEmpty());
        QVERIFY(load.problem.contains(QStringLiteral("damaged")));
        const QStringList kept
            = QDir(folder.filePath(".crossread")).entryList({ "corrections.json.damaged-*" });
        QCOMPARE(kept.size(), 1);
        QFile backup(folder.filePath(".crossread/" + kept.front()));
        QVERIFY(backup.open(QIODevice::ReadOnly));
        QVERIFY(backup.readAll().contains("\"op\": \"rena")); // the user's bytes, untouched
        QVERIFY(!QFile::exists(correctionsFilePath(folder.path())));
    }
};

CROSSREAD_TEST_MAIN(TestLinking, QCoreApplication)
#include "tst_linking.moc"
