#include "core/corpus/analysiscache.h"

#include "core/corpus/analysis.h"
#include "core/util/hash.h"

#include <QDataStream>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>
#include <QVariant>

#include <exception>

namespace crossread::core {

namespace {
constexpr quint32 kFormat = 0x43524131; // "CRA1"
}

FileStamp stampOf(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return {};
    return { info.size(), info.lastModified().toMSecsSinceEpoch() };
}

quint64 contentHash(QStringView text)
{
    UnitHasher hasher;
    for (QChar c : text)
        hasher.add(c.unicode());
    return hasher.value();
}

QByteArray serializeAnalysis(const AnalysedArticle& analysed)
{
    QByteArray data;
    QDataStream out(&data, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << kFormat << quint32(analysed.mentions.size());
    for (const Mention& m : analysed.mentions)
        out << qint64(m.span.begin) << qint64(m.span.end) << quint8(m.type);
    out << quint32(analysed.sentences.size());
    for (const TextSpan& s : analysed.sentences)
        out << qint64(s.begin) << qint64(s.end);
    return data;
}

bool deserializeAnalysis(const QByteArray& data, AnalysedArticle& analysed)
{
    QDataStream in(data);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 format = 0, mentions = 0, sentences = 0;
    in >> format >> mentions;
    const qsizetype length = analysed.article.text.size();
    if (format != kFormat || in.status() != QDataStream::Ok || mentions > quint32(length))
        return false;
    analysed.mentions.clear();
    analysed.mentions.reserve(mentions);
    for (quint32 i = 0; i < mentions; ++i) {
        qint64 begin = 0, end = 0;
        quint8 type = 0;
        in >> begin >> end >> type;
        if (in.status() != QDataStream::Ok || begin < 0 || end <= begin || end > length
            || type >= kEntityTypeCount)
            return false;
        analysed.mentions.append(
            { { begin, end }, EntityType(type), analysed.article.text.mid(begin, end - begin) });
    }
    in >> sentences;
    if (in.status() != QDataStream::Ok || sentences > quint32(length) + 1)
        return false;
    analysed.sentences.clear();
    analysed.sentences.reserve(sentences);
    for (quint32 i = 0; i < sentences; ++i) {
        qint64 begin = 0, end = 0;
        in >> begin >> end;
        if (in.status() != QDataStream::Ok || begin < 0 || end < begin || end > length)
            return false;
        analysed.sentences.append({ begin, end });
    }
    return true;
}

AnalysisCache::AnalysisCache(const QString& fingerprint, const QString& databasePath)
    : m_connection(QStringLiteral("crossread-cache-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_fingerprint(fingerprint)
    , m_path(databasePath)
{
    if (m_path.isEmpty()) {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
        m_path
            = QDir(dir.isEmpty() ? QDir::tempPath() : dir).filePath(QStringLiteral("analysis-cache.sqlite"));
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
        m_problem = QStringLiteral("the SQLite driver of Qt is not installed (libqt6sql6-sqlite): no cache");
        return;
    }
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_path);
    if (!db.open()) {
        m_problem = QStringLiteral("cannot open the cache %1: %2").arg(m_path, db.lastError().text());
        return;
    }
    QSqlQuery q(db);
    // WAL: readers never wait for the writer; NORMAL sync: a crash can lose the last rows of a
    // cache, never corrupt it.
    q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS analyses (path TEXT PRIMARY KEY, size INTEGER, "
                               "modified INTEGER, hash INTEGER, fingerprint TEXT, data BLOB)"))) {
        m_problem = QStringLiteral("the cache %1 cannot be used: %2").arg(m_path, q.lastError().text());
        return;
    }
    m_open = true;
}

AnalysisCache::~AnalysisCache()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

CacheSnapshot AnalysisCache::lookupFolder(const QString& folder) const
{
    CacheSnapshot snapshot;
    if (!m_open)
        return snapshot;
    // Paths under "F/" sort between "F/" and "F0" ('0' follows '/'): one range of the key.
    const QString base = QDir::cleanPath(folder);
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT path, size, modified, hash, data FROM analyses "
                             "WHERE path > ? AND path < ? AND fingerprint = ?"));
    q.addBindValue(QString(base + u'/'));
    q.addBindValue(QString(base + u'0'));
    q.addBindValue(m_fingerprint);
    if (!q.exec())
        return snapshot;
    while (q.next())
        snapshot.insert(q.value(0).toString(),
            { { q.value(1).toLongLong(), q.value(2).toLongLong() }, quint64(q.value(3).toLongLong()),
                q.value(4).toByteArray() });
    return snapshot;
}

void AnalysisCache::store(const std::vector<Row>& rows)
{
    if (!m_open || rows.empty())
        return;
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    db.transaction();
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("INSERT OR REPLACE INTO analyses (path, size, modified, hash, fingerprint, data) "
                       "VALUES (?, ?, ?, ?, ?, ?)"));
    for (const Row& row : rows) {
        q.bindValue(0, row.path);
        q.bindValue(1, row.analysis.stamp.size);
        q.bindValue(2, row.analysis.stamp.modifiedMs);
        q.bindValue(3, qint64(row.analysis.contentHash));
        q.bindValue(4, m_fingerprint);
        q.bindValue(5, row.analysis.data);
        if (!q.exec()) {
            m_problem = QStringLiteral("the cache could not be written: %1").arg(q.lastError().text());
            db.rollback();
            return;
        }
    }
    db.commit();
}

FileAnalysis analyseFileWithCache(const QString& path, const Extractor& extractor, const CacheSnapshot* cache)
{
    FileAnalysis out;
    out.stamp = stampOf(path);
    ReadResult read = readArticle(path);
    if (auto* error = std::get_if<ReadError>(&read)) {
        out.result = std::move(*error);
        return out;
    }
    AnalysedArticle analysed;
    analysed.article = std::get<Article>(std::move(read));
    out.contentHash = contentHash(analysed.article.text);
    if (cache) {
        const auto it = cache->constFind(analysed.article.path);
        if (it != cache->constEnd() && it->stamp == out.stamp && it->contentHash == out.contentHash
            && deserializeAnalysis(it->data, analysed)) {
            out.fromCache = true;
            out.result = std::move(analysed);
            return out;
        }
    }
    // A fault in the analysis of one article must not take the others (or the reader) with it: the
    // article is reported as not analysed, like an unreadable one, and the run goes on.
    ExtractorScratch scratch;
    Analysis analysis;
    try {
        analysis = extractor.analyse(analysed.article.text, scratch);
    } catch (const std::exception& e) {
        out.result = ReadError { analysed.article.path,
            QStringLiteral("could not be analysed (internal error: %1); please report it")
                .arg(QString::fromLocal8Bit(e.what())) };
        return out;
    }
    analysed.mentions = std::move(analysis.mentions);
    analysed.sentences = std::move(analysis.sentences);
    out.result = std::move(analysed);
    return out;
}

} // namespace crossread::core
