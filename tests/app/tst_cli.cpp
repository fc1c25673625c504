// crossread-cli as a user runs it: output format, exit codes, messages, and the seed scores
// measured by ../shared/tools/nerscore.py (skipped when ../shared is absent).

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestCli : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out, err;
    };
    static Run run(const QStringList& args)
    {
        QProcess p;
        p.start(QStringLiteral(CROSSREAD_CLI), args);
        if (!p.waitForFinished(120000))
            qFatal("crossread-cli did not finish");
        return { p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError() };
    }
    static void write(const QString& path, const QByteArray& bytes)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }

private Q_SLOTS:
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
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
