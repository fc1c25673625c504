// crossread-cli as a user runs it: output format, exit codes, messages, and the seed scores
// measured by ../shared/tools/nerscore.py (skipped when ../shared is absent). Also the reader's
// own command line (crossread FOLDER --compare A --compare B), run as a process.

#include "tests/testmain.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <climits>

class TestCli : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out, err;
    };
    static Run runProgram(const QString& program, const QStringList& args,
        const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment(),
        const QString& workingDirectory = {})
    {
        QProcess p;
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(workingDirectory);
        p.start(program, args);
        if (!p.waitForFinished(120000))
            qFatal("%s did not finish", qPrintable(program));
        return { p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError() };
    }
    static Run run(const QStringList& args) { return runProgram(QStringLiteral(CROSSREAD_CLI), args); }
    static void write(const QString& path, const QByteArray& bytes)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }

private Q_SLOTS:
    void readerComparesArticlesNamedFromTheCurrentDirectoryOrTheFolder()
    {
#ifndef CROSSREAD_READER
        QSKIP("the reader is not built (CROSSREAD_BUILD_UI=OFF)");
#else
        QTemporaryDir work;
        const QString folder = work.filePath(QStringLiteral("news"));
        QVERIFY(QDir().mkpath(folder));
        for (const char* name : { "original.txt", "rewrite.txt" })
            QVERIFY(QFile::copy(
                QStringLiteral(CROSSREAD_SOURCE_DIR "/tests/fixtures/compare/") + QLatin1String(name),
                folder + u'/' + QLatin1String(name)));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("CROSSREAD_CACHE"), work.filePath(QStringLiteral("cache.sqlite")));
        auto runReader = [&](const QStringList& args) {
            return runProgram(QStringLiteral(CROSSREAD_READER), QStringList { QStringLiteral("news") } + args,
                env, work.path());
        };
        const QString shot = work.filePath(QStringLiteral("compare.png"));
        auto compare = [&](const QString& a, const QString& b) {
            QFile::remove(shot);
            const Run r = runReader({ QStringLiteral("--compare"), a, QStringLiteral("--compare"), b,
                QStringLiteral("--screenshot"), shot });
            QVERIFY2(r.exitCode == 0 && !r.err.contains("cannot compare"), r.err.constData());
            QVERIFY(QFileInfo(shot).size() > 0);
        };
        const Run missing = runReader({ QStringLiteral("--compare"), QStringLiteral("original.txt"),
            QStringLiteral("--compare"), QStringLiteral("missing.txt") });
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains("no article 'missing.txt'"));
        compare(QStringLiteral("news/original.txt"), QStringLiteral("news/rewrite.txt"));
        compare(QStringLiteral("original.txt"), QStringLiteral("rewrite.txt"));
#endif
    }

    void usageErrorsExitWithTwo()
    {
        QCOMPARE(run({}).exitCode, 2);
        QCOMPARE(run({ QStringLiteral("extract") }).exitCode, 2);
        QCOMPARE(run({ QStringLiteral("frobnicate") }).exitCode, 2);
        const Run r = run({ QStringLiteral("extract"), QStringLiteral("."), QStringLiteral("--format"),
            QStringLiteral("xml") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("unknown format"));
        QCOMPARE(run({ QStringLiteral("--help") }).exitCode, 0);
        QVERIFY(run({ QStringLiteral("--version") }).out.startsWith("crossread-cli "));
    }

    void numberOptionsOutsideTheirRangeAreUsageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QString folder = QStringLiteral(CROSSREAD_SOURCE_DIR "/resources/samples");
        const QStringList train { QStringLiteral("train"), QStringLiteral("--train"), folder,
            QStringLiteral("--gazetteers"), folder, QStringLiteral("--out"),
            QStringLiteral("unwritten.model") };
        QTest::newRow("a word for a count")
            << (train + QStringList { QStringLiteral("--runs"), QStringLiteral("abc") })
            << "--runs takes a whole number from 1 to 1000, not 'abc'";
        QTest::newRow("a fraction for a count")
            << (train + QStringList { QStringLiteral("--epochs"), QStringLiteral("2.5") })
            << "--epochs takes a whole number of 1 or more";
        QTest::newRow("a share above one")
            << (train + QStringList { QStringLiteral("--bootstrap"), QStringLiteral("1.5") })
            << "--bootstrap takes a number from 0 to 1";
        QTest::newRow("a seed too large for it")
            << (train + QStringList { QStringLiteral("--seed"), QStringLiteral("99999999999") })
            << "--seed takes a whole number from 0 to 4294967295";
        QTest::newRow("no threads") << QStringList { QStringLiteral("extract"), folder,
            QStringLiteral("--threads"), QStringLiteral("0") }
                                    << "--threads takes a whole number of 1 or more, not '0'";
        QTest::newRow("threads spelt out") << QStringList { QStringLiteral("bench-folder"), folder,
            QStringLiteral("--threads"), QStringLiteral("two") }
                                           << "--threads takes a whole number";
        QTest::newRow("a size that is no number") << QStringList { QStringLiteral("bench"), folder,
            QStringLiteral("--min-mb"), QStringLiteral("nan") }
                                                  << "--min-mb takes a number from 0 to 100000";
    }
    void numberOptionsOutsideTheirRangeAreUsageErrors()
    {
        // Read silently, "--runs abc" meant one run and "--threads two" every core.
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const Run r = runProgram(
            QStringLiteral(CROSSREAD_CLI), args, QProcessEnvironment::systemEnvironment(), dir.path());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("unwritten.model"))));
    }

    void trainingFromAMistypedFolderKeepsTheModelItWouldReplace()
    {
        QTemporaryDir dir;
        const QString model = dir.filePath(QStringLiteral("ner.model"));
        write(model, "the model of yesterday");
        const QString lists = QStringLiteral(CROSSREAD_SOURCE_DIR "/resources/gazetteers");
        const Run r
            = run({ QStringLiteral("train"), QStringLiteral("--train"), dir.filePath(QStringLiteral("trian")),
                QStringLiteral("--gazetteers"), lists, QStringLiteral("--out"), model });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("trian holds no annotated documents"), r.err.constData());
        QFile kept(model);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("the model of yesterday"));
    }

    void extractPrintsScorerReadableJsonLinesInCodePoints()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("a.txt")),
            QStringLiteral("A 😀 note: Angela Merkel met Emmanuel Macron in Paris.").toUtf8());
        const Run r = run({ QStringLiteral("extract"), dir.path() });
        QCOMPARE(r.exitCode, 0);
        bool foundParis = false;
        for (const QByteArray& line : r.out.split('\n')) {
            if (line.isEmpty())
                continue;
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            for (const char* key : { "document", "start", "end", "text", "type", "entity" })
                QVERIFY2(o.contains(QLatin1StringView(key)), key);
            QCOMPARE(o.value(u"document").toString(), QStringLiteral("a.txt"));
            if (o.value(u"text").toString() == u"Paris") {
                foundParis = true;
                // "A 😀 note: ... in " : the emoji is one code point but two UTF-16 units.
                const QString text = QStringLiteral("A 😀 note: Angela Merkel met Emmanuel Macron in Paris.");
                QCOMPARE(o.value(u"start").toInt(), text.indexOf(QStringLiteral("Paris")) - 1);
                QCOMPARE(o.value(u"type").toString(), QStringLiteral("LOCATION"));
            }
        }
        QVERIFY(foundParis);
    }

    void badFilesAreSkippedOneMessageEachAndTheRestIsRead()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("good.txt")), "Angela Merkel visited Paris.");
        write(dir.filePath(QStringLiteral("binary.txt")), QByteArray("\0\1\2\3binary", 10));
        write(dir.filePath(QStringLiteral("legacy.txt")), "Caf\xE9 owners in Lyon met Fran\xE7ois Hollande.");
        const Run r = run(
            { QStringLiteral("extract"), dir.path(), QStringLiteral("--format"), QStringLiteral("tsv") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("skipped binary.txt: binary file"));
        QVERIFY(r.err.contains("legacy.txt: not valid UTF-8; read as Windows-1252"));
        QVERIFY(r.out.contains("good.txt\t"));
        QVERIFY(r.out.contains("legacy.txt\t"));
        QVERIFY(QString::fromUtf8(r.out).contains(QStringLiteral("François Hollande\tPERSON")));
    }

    void refreshedGazetteersChangeTheListsAndKeepTheWeights()
    {
        QTemporaryDir dir;
        const QString articles = dir.filePath(QStringLiteral("articles"));
        QVERIFY(QDir().mkpath(articles));
        write(articles + QStringLiteral("/a.txt"),
            "\"I am not leaving,\" Tom said. Pauline agreed, and Angela Merkel flew to Paris.\n");
        const QString lists = QStringLiteral(CROSSREAD_SOURCE_DIR "/resources/gazetteers");
        const QString shipped = QStringLiteral(CROSSREAD_SOURCE_DIR "/resources/model/ner.model");
        auto refresh = [&](const QStringList& dirs, const QString& out) {
            QStringList args { QStringLiteral("refresh-gazetteers"), shipped,
                QStringLiteral("--gazetteers") };
            return run(args + dirs + QStringList { QStringLiteral("--out"), out });
        };
        auto extract = [&](const QString& model) {
            QStringList args { QStringLiteral("extract"), articles, QStringLiteral("--format"),
                QStringLiteral("tsv") };
            if (!model.isEmpty())
                args << QStringLiteral("--model") << model;
            const Run r = run(args);
            return r.out;
        };

        // The shipped lists again: the same model, so the same output as the built-in one.
        const QString same = dir.filePath(QStringLiteral("same.model"));
        QCOMPARE(refresh({ lists, lists + QStringLiteral("/curated") }, same).exitCode, 0);
        const QByteArray builtIn = extract({});
        QVERIFY(builtIn.contains("\tTom\tPERSON"));
        QCOMPARE(extract(same), builtIn);

        // A list that calls "Tom" a group of people: the weights are the same, the word is not.
        const QString extra = dir.filePath(QStringLiteral("extra"));
        QVERIFY(QDir().mkpath(extra));
        write(extra + QStringLiteral("/groups.tsv"), "Tom\tDEMONYM\n");
        const QString changed = dir.filePath(QStringLiteral("changed.model"));
        QCOMPARE(refresh({ lists, lists + QStringLiteral("/curated"), extra }, changed).exitCode, 0);
        const QByteArray withGroup = extract(changed);
        QVERIFY(!withGroup.contains("\tTom\t"));
        QVERIFY(withGroup.contains("\tPauline\tPERSON"));
        QVERIFY(withGroup.contains("\tAngela Merkel\tPERSON"));

        // A file that is no model is refused, and nothing is written.
        const QString notAModel = dir.filePath(QStringLiteral("a.model"));
        write(notAModel, "not a model");
        const QString out = dir.filePath(QStringLiteral("out.model"));
        const Run bad = run({ QStringLiteral("refresh-gazetteers"), notAModel, QStringLiteral("--gazetteers"),
            lists, QStringLiteral("--out"), out });
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains("a.model"));
        QVERIFY(!QFileInfo::exists(out));
        QCOMPARE(run({ QStringLiteral("refresh-gazetteers"), shipped }).exitCode, 2);
    }

    void seedScoresMeetTheTargets()
    {
        const QString shared = QStringLiteral(CROSSREAD_SHARED_DIR);
        if (!QDir(shared + u"/gold/seeds").exists())
            QSKIP("../shared is absent: the seed corpus and the scorer are not available");
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        if (python.isEmpty())
            QSKIP("python3 is not installed: nerscore.py cannot run");
        const Run r = run({ QStringLiteral("extract"), shared + u"/corpus/seeds" });
        QCOMPARE(r.exitCode, 0);
        QTemporaryDir dir;
        const QString predictions = dir.filePath(QStringLiteral("seeds.jsonl"));
        write(predictions, r.out);
        QProcess scorer;
        scorer.start(python,
            { shared + u"/tools/nerscore.py", shared + u"/gold/seeds", predictions,
                QStringLiteral("--corpus"), shared + u"/corpus/seeds", QStringLiteral("--json") });
        QVERIFY(scorer.waitForFinished(60000));
        QCOMPARE(scorer.exitCode(), 0);
        const QJsonObject score = QJsonDocument::fromJson(scorer.readAllStandardOutput()).object();
        const double micro = score.value(u"micro").toObject().value(u"f1").toDouble();
        qInfo("seed micro F1 %.3f", micro);
        QVERIFY2(micro >= 0.92, qPrintable(QStringLiteral("micro F1 %1 < 0.92").arg(micro)));
        for (const char* type : { "PERSON", "LOCATION", "ORGANIZATION" }) {
            const double f1 = score.value(u"types")
                                  .toObject()
                                  .value(QLatin1StringView(type))
                                  .toObject()
                                  .value(u"f1")
                                  .toDouble();
            qInfo("%s F1 %.3f", type, f1);
            QVERIFY2(f1 >= 0.85,
                qPrintable(QStringLiteral("%1 F1 %2 < 0.85").arg(QLatin1StringView(type)).arg(f1)));
        }
        QCOMPARE(score.value(u"offset_errors").toInt(), 0);

        // Linking: one entity per referent across the articles, and never a wrong join.
        const QJsonObject linking = score.value(u"linking").toObject();
        const double b3 = linking.value(u"b3").toObject().value(u"f1").toDouble();
        const QJsonObject pairs = linking.value(u"alias_pairs").toObject();
        const double pairF1 = pairs.value(u"f1").toDouble();
        qInfo("linking B3 F1 %.3f, alias pairs F1 %.3f", b3, pairF1);
        QVERIFY2(b3 >= 0.95, qPrintable(QStringLiteral("B3 F1 %1 < 0.95").arg(b3)));
        QVERIFY2(pairF1 >= 0.95, qPrintable(QStringLiteral("alias pairs F1 %1 < 0.95").arg(pairF1)));
        QVERIFY2(pairs.value(u"wrong").toArray().isEmpty(),
            QJsonDocument(pairs.value(u"wrong").toArray()).toJson().constData());
    }

    void entitiesListsLinkedEntitiesWithAliasesAndReasons()
    {
        const Run r = run({ QStringLiteral("entities"),
            QStringLiteral(CROSSREAD_SOURCE_DIR "/resources/samples/harbour-story"),
            QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 0);
        QHash<QString, QJsonObject> byName;
        for (const QByteArray& line : r.out.split('\n'))
            if (!line.isEmpty()) {
                const QJsonObject o = QJsonDocument::fromJson(line).object();
                byName.insert(o.value(u"name").toString(), o);
            }
        // "EU" in the text joins "European Union" through the alias table; "U.S." joins "United States".
        const QJsonObject eu = byName.value(QStringLiteral("European Union"));
        QCOMPARE(eu.value(u"type").toString(), QStringLiteral("ORGANIZATION"));
        QStringList aliases;
        for (const QJsonValue& a : eu.value(u"aliases").toArray())
            aliases << a.toObject().value(u"text").toString();
        QVERIFY2(aliases.contains(QStringLiteral("EU")), qPrintable(aliases.join(u',')));
        QVERIFY(byName.contains(QStringLiteral("United States")));
        // "Ribeiro" alone joins "Ana Ribeiro", in every article.
        const QJsonObject ribeiro = byName.value(QStringLiteral("Ana Ribeiro"));
        QCOMPARE(ribeiro.value(u"articles").toInt(), 3);
        QVERIFY(!byName.contains(QStringLiteral("Ribeiro")));
        // Sorted by mentions, most first.
        int last = INT_MAX;
        for (const QByteArray& line : r.out.split('\n'))
            if (!line.isEmpty()) {
                const int mentions = QJsonDocument::fromJson(line).object().value(u"mentions").toInt();
                QVERIFY(mentions <= last);
                last = mentions;
            }
    }

    void seedMentionsFindsEveryMentionOfAnEntityUnderAnySpelling()
    {
        const QString shared = QStringLiteral(CROSSREAD_SHARED_DIR);
        if (!QDir(shared + u"/corpus/seeds").exists())
            QSKIP("../shared is absent: the seed corpus is not available");
        const Run r = run({ QStringLiteral("mentions"), shared + u"/corpus/seeds", QStringLiteral("vucic"),
            QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 0);
        QSet<QString> documents, spellings;
        int count = 0;
        for (const QByteArray& line : r.out.split('\n')) {
            if (line.isEmpty())
                continue;
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            documents.insert(o.value(u"document").toString().left(3));
            spellings.insert(o.value(u"text").toString());
            QVERIFY(!o.value(u"right").toString().isNull());
            ++count;
        }
        QCOMPARE(count, 11);
        QCOMPARE(documents, (QSet<QString> { "000", "002", "003", "004" }));
        QVERIFY(spellings.contains(QStringLiteral("Aleksandar Vucic")));
        QVERIFY(spellings.contains(QStringLiteral("Vucic")));
        QVERIFY(spellings.contains(QStringLiteral("Vučić")));
        QVERIFY(!spellings.contains(QStringLiteral("Vučević")));

        const Run unknown
            = run({ QStringLiteral("mentions"), shared + u"/corpus/seeds", QStringLiteral("Nobody Atall") });
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.err.contains("no single entity"));
    }

    void compareReportsSharedEntitiesAlignedPassagesAndAnHtmlReport()
    {
        const QString fixtures = QStringLiteral(CROSSREAD_SOURCE_DIR "/tests/fixtures/compare");
        QTemporaryDir dir;
        const QString report = dir.filePath(QStringLiteral("report.html"));
        const Run r = run({ QStringLiteral("compare"), fixtures + u"/original.txt",
            fixtures + u"/rewrite.txt", QStringLiteral("--json"), QStringLiteral("--html"), report });
        QCOMPARE(r.exitCode, 0);
        const QJsonObject result = QJsonDocument::fromJson(r.out).object();
        QVERIFY(result.value(u"aligned_share_left").toDouble() > 0.5);
        QVERIFY(result.value(u"aligned").toArray().size() >= 4);
        bool rojasInBoth = false;
        for (const QJsonValue& e : result.value(u"entities").toArray())
            rojasInBoth = rojasInBoth
                || (e.toObject().value(u"entity").toString() == u"Camila Rojas"
                    && e.toObject().value(u"left").toInt() > 0 && e.toObject().value(u"right").toInt() > 0);
        QVERIFY(rojasInBoth);
        QFile html(report);
        QVERIFY(html.open(QIODevice::ReadOnly));
        QVERIFY(html.readAll().contains("Camila Rojas"));
        QCOMPARE(run({ QStringLiteral("compare"), fixtures + u"/original.txt" }).exitCode, 2);
        QCOMPARE(run({ QStringLiteral("compare"), fixtures, fixtures + u"/rewrite.txt" }).exitCode, 2);
    }

    void correctionsInTheFolderApplyToTheCli()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("a.txt")),
            "Port news\n\nAna Ribeiro met Tomas Lindqvist in Lisbon. Ribeiro said the deal was done.\n");
        QDir().mkpath(dir.filePath(QStringLiteral(".crossread")));
        write(dir.filePath(QStringLiteral(".crossread/corrections.json")),
            R"({"format": "crossread-corrections", "version": 1, "corrections": [
                 {"op": "rename", "entity": "Ana Ribeiro", "name": "Ana M. Ribeiro"},
                 {"op": "reject-surface", "text": "Lisbon"}]})");
        const Run r = run({ QStringLiteral("extract"), dir.path() });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("\"entity\":\"Ana M. Ribeiro\",\"start\":11"), r.out.constData());
        QVERIFY(!r.out.contains("Lisbon"));
        // A damaged file: reported, kept aside, the run goes on.
        write(dir.filePath(QStringLiteral(".crossread/corrections.json")), "{ not json");
        const Run damaged = run({ QStringLiteral("entities"), dir.path() });
        QCOMPARE(damaged.exitCode, 0);
        QVERIFY(damaged.err.contains("damaged"));
        QVERIFY(damaged.out.contains("Lisbon"));
        QCOMPARE(QDir(dir.filePath(QStringLiteral(".crossread")))
                     .entryList({ "corrections.json.damaged-*" })
                     .size(),
            1);
    }
};

CROSSREAD_TEST_MAIN(TestCli, QCoreApplication)
#include "tst_cli.moc"
