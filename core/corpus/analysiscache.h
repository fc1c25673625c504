#pragma once

// A persistent cache of analyses (SQLite through Qt SQL, in the user's cache folder), so that
// reopening an unchanged folder does no extraction and a changed file is re-extracted alone.
// A row is used only when the file's path, size, modification time and content hash and the
// extractor's fingerprint all match. The cache is an optimisation: when it cannot be opened or
// written, everything still works, only slower, and the reason is kept for the user.
// THREAD SAFETY: an AnalysisCache is used on the thread that made it. Workers get an immutable
// CacheSnapshot (read once, before the parallel work) and return what the owner then stores.

#include "core/extractor.h"
#include "core/io/articlereader.h"
#include "core/types.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>
#include <variant>
#include <vector>

namespace crossread::core {

struct FileStamp
{
    qint64 size = -1;
    qint64 modifiedMs = 0;
    bool operator==(const FileStamp&) const = default;
};
[[nodiscard]] FileStamp stampOf(const QString& path);
[[nodiscard]] quint64 contentHash(QStringView text);

struct CachedAnalysis
{
    FileStamp stamp;
    quint64 contentHash = 0;
    QByteArray data; // serializeAnalysis()
};
using CacheSnapshot = QHash<QString, CachedAnalysis>; // by absolute path

// The mentions and sentences of an analysed article (its text is read from the file).
[[nodiscard]] QByteArray serializeAnalysis(const AnalysedArticle& analysed);
// Restores them into `analysed`, whose article text must already be set; false when damaged.
bool deserializeAnalysis(const QByteArray& data, AnalysedArticle& analysed);

class AnalysisCache
{
public:
    // `databasePath` empty: the default, <cache folder>/analysis-cache.sqlite.
    AnalysisCache(const QString& fingerprint, const QString& databasePath = {});
    ~AnalysisCache();
    AnalysisCache(const AnalysisCache&) = delete;
    AnalysisCache& operator=(const AnalysisCache&) = delete;

    [[nodiscard]] bool isOpen() const { return m_open; }
    [[nodiscard]] QString problem() const { return m_problem; }
    [[nodiscard]] QString path() const { return m_path; }

    // The rows of the files under `folder` (absolute) made by this fingerprint.
    [[nodiscard]] CacheSnapshot lookupFolder(const QString& folder) const;
    struct Row
    {
        QString path;
        CachedAnalysis analysis;
    };
    void store(const std::vector<Row>& rows); // one transaction

private:
    QString m_connection;
    QString m_fingerprint;
    QString m_path;
    QString m_problem;
    bool m_open = false;
};

// Reads and analyses one file, taking the analysis from `cache` when it is still valid.
struct FileAnalysis
{
    std::variant<AnalysedArticle, ReadError> result;
    FileStamp stamp;
    quint64 contentHash = 0;
    bool fromCache = false;
};
[[nodiscard]] FileAnalysis analyseFileWithCache(
    const QString& path, const Extractor& extractor, const CacheSnapshot* cache);

} // namespace crossread::core
