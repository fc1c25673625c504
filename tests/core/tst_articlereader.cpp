// Reading articles: encodings, HTML, titles, and the files a reader must refuse with a reason.

#include "core/io/articlereader.h"
#include "tests/testmain.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace crossread::core;

class TestArticleReader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(name);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write a test file");
        f.write(bytes);
        return path;
    }

private Q_SLOTS:
    void decodesEveryEncoding_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<bool>("warns");
        const QString text = QStringLiteral("Vučić met Xi in Belgrade");
        QTest::newRow("utf8") << text.toUtf8() << "UTF-8" << false;
        QTest::newRow("utf8-bom") << QByteArray("\xEF\xBB\xBF") + text.toUtf8() << "UTF-8" << false;
        QByteArray le("\xFF\xFE", 2), be("\xFE\xFF", 2);
        for (QChar c : text) {
            le.append(char(c.unicode() & 0xFF)).append(char(c.unicode() >> 8));
            be.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xFF));
        }
        QTest::newRow("utf16le-bom") << le << "UTF-16LE" << false;
        QTest::newRow("utf16be-bom") << be << "UTF-16BE" << false;
    }
    void decodesEveryEncoding()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        QFETCH(bool, warns);
        const DecodedText decoded = decodeText(bytes);
        QCOMPARE(decoded.text, QStringLiteral("Vučić met Xi in Belgrade"));
        QCOMPARE(decoded.encoding, encoding);
        QCOMPARE(!decoded.warnings.isEmpty(), warns);
    }

    void legacyEncodingFallsBackToWindows1252WithAWarning()
    {
        // "Café – “quoted”" in Windows-1252: invalid as UTF-8.
        const QByteArray bytes("Caf\xE9 \x96 \x93quoted\x94");
        const DecodedText decoded = decodeText(bytes);
        QCOMPARE(decoded.encoding, QStringLiteral("Windows-1252"));
        QCOMPARE(decoded.text, QStringLiteral("Café – “quoted”"));
        QVERIFY(!decoded.warnings.isEmpty());
    }

    void refusesBinaryLargeAndMissingFilesWithAReason()
    {
        const QString binary
            = write(QStringLiteral("image.txt"), QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16));
        const auto r1 = readArticle(binary);
        QVERIFY(std::holds_alternative<ReadError>(r1));
        QVERIFY(std::get<ReadError>(r1).reason.contains(QStringLiteral("binary")));

        const QString large = write(QStringLiteral("large.txt"), QByteArray(2048, 'a'));
        ReadOptions small;
        small.maxFileBytes = 1024;
        const auto r2 = readArticle(large, small);
        QVERIFY(std::holds_alternative<ReadError>(r2));
        QVERIFY(std::get<ReadError>(r2).reason.contains(QStringLiteral("too large")));

        const auto r3 = readArticle(m_dir.filePath(QStringLiteral("missing.txt")));
        QVERIFY(std::holds_alternative<ReadError>(r3));
    }

    void emptyFileIsReadWithAWarning()
    {
        const auto r = readArticle(write(QStringLiteral("empty.txt"), {}));
        QVERIFY(std::holds_alternative<Article>(r));
        QVERIFY(std::get<Article>(r).warnings.join(u' ').contains(QStringLiteral("no text")));
    }

    void windowsLineEndsAreNormalisedAndTitleIsFirstLine()
    {
        const auto r
            = readArticle(write(QStringLiteral("crlf.txt"), "\r\n  Headline here \r\nBody text.\r\n"));
        const Article a = std::get<Article>(r);
        QCOMPARE(a.title, QStringLiteral("Headline here"));
        QVERIFY(!a.text.contains(u'\r'));
    }

    void htmlBecomesTheTextAReaderShows()
    {
        QString title;
        const QString text
            = htmlToText(u"<html><head><title>The &amp; "
                         u"Title</title><style>p{}</style></head><body><script>var x = '<p>';</script>"
                         u"<h1>Head</h1><p>First&nbsp;para with <b>bold</b>   and   &ldquo;quotes&rdquo; "
                         u"&#8211; &#x4E2D;.</p>"
                         u"<!-- a comment --><p>Second<br>line</p></body></html>",
                &title);
        QCOMPARE(title, QStringLiteral("The & Title"));
        QCOMPARE(
            text, QStringLiteral("Head\n\nFirst\u00A0para with bold and “quotes” – 中.\n\nSecond\nline"));
    }

    void foldersAreListedRecursivelyWithoutHiddenEntries()
    {
        QTemporaryDir dir;
        auto make = [&](const QString& rel) {
            QDir().mkpath(QFileInfo(dir.filePath(rel)).absolutePath());
            QFile f(dir.filePath(rel));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("text");
        };
        make(QStringLiteral("a.txt"));
        make(QStringLiteral("sub/b.html"));
        make(QStringLiteral("sub/c.md"));
        make(QStringLiteral("sub/ignored.pdf"));
        make(QStringLiteral(".hidden/d.txt"));
        make(QStringLiteral(".crossread/corrections.txt"));
        const ArticleFileList list = listArticleFiles({ dir.path(), dir.filePath(QStringLiteral("nope")) });
        QStringList names;
        for (const QString& f : list.files)
            names << QDir(dir.path()).relativeFilePath(f);
        QCOMPARE(names,
            (QStringList {
                QStringLiteral("a.txt"), QStringLiteral("sub/b.html"), QStringLiteral("sub/c.md") }));
        QCOMPARE(list.errors.size(), 1);
    }
};

CROSSREAD_TEST_MAIN(TestArticleReader, QCoreApplication)
#include "tst_articlereader.moc"
