#pragma once

// The open folder as the reader sees it: analyses files off the GUI thread (QtConcurrent, all
// cores) with progress and cancel, hands out each article as soon as it is read, links the
// folder when all are in, watches the folder for changes, and owns the user's corrections
// (saved atomically in the folder, replayed on every relink).
// The widgets read the current CorpusIndex snapshot; a new one replaces it whole, so a model
// never sees a half-built index.

#include "core/corpus/analysis.h"
#include "core/corpus/analysiscache.h"

#include <QFileSystemWatcher>
#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <climits>
#include <memory>
#include <optional>
#include <vector>

namespace crossread::ui {

// One row of the article list: an article read, being read, or refused with a reason.
struct ArticleEntry
{
    QString path;
    QString title;
    int words = 0;
    int mentions = 0;
    int entities = -1; // -1 until linked
    QString problem; // why the file could not be read; empty when it was
};

class CorpusSession : public QObject
{
    Q_OBJECT

public:
    explicit CorpusSession(QObject* parent = nullptr);
    ~CorpusSession() override;

    // Starts reading `folder`; what was open is dropped. False (with `error`) when it is no folder.
    bool open(const QString& folder, QString* error = nullptr);
    void close();
    void cancel();

    [[nodiscard]] QString folder() const { return m_folder; }
    [[nodiscard]] bool isBusy() const;
    [[nodiscard]] const QList<ArticleEntry>& entries() const { return m_entries; }
    // The article to show, with corrections applied once linked; nullptr while not read.
    [[nodiscard]] const core::AnalysedArticle* article(const QString& path) const;
    // The linked folder; empty until the first linking is done.
    [[nodiscard]] std::shared_ptr<const core::CorpusIndex> index() const { return m_index; }

    [[nodiscard]] const core::CorrectionSet& corrections() const { return m_corrections; }
    // Articles taken from the analysis cache in the last analysis (for the status bar and tests).
    [[nodiscard]] int cachedArticles() const { return m_cachedArticles; }
    // Appends / removes the last correction, saves, and relinks. False when saving failed.
    bool addCorrection(const core::Correction& correction, QString* error = nullptr);
    bool removeLastCorrection(QString* error = nullptr);

    // Blocks until the analysis and linking under way are done (tests and --screenshot).
    void waitForIdle();

Q_SIGNALS:
    void entryAdded(int row); // a file listed (read or refused)
    void entriesChanged(int firstRow, int lastRow); // coalesced: many rows, one signal
    void entriesReset();
    void progress(int done, int total);
    void indexChanged(); // a new linked snapshot is available
    void idle(); // nothing left to do
    void problem(const QString& message); // something the user must know (damaged corrections file)

private:
    void startAnalysis(const QStringList& files);
    void onListingFinished();
    void onResultsReady(int begin, int end);
    void onResultReady(int resultIndex);
    void markChanged(int row);
    void onAnalysisFinished();
    void relink();
    void rescan(); // after the folder changed on disk
    void watchTree();

    void flushCacheRows();

    QString m_folder;
    QList<ArticleEntry> m_entries;
    QHash<QString, int> m_rowOfPath;
    QHash<QString, core::FileStamp> m_stamps;
    std::vector<std::optional<core::AnalysedArticle>> m_analysed; // parallel to m_entries
    QStringList m_pendingFiles; // files of the analysis under way, by result index
    std::shared_ptr<const core::CorpusIndex> m_index;
    QHash<QString, int> m_indexArticleOfPath;
    core::CorrectionSet m_corrections;
    std::unique_ptr<core::Extractor> m_extractor;
    core::Linker m_linker;
    QThreadPool m_pool; // declared before the watchers: destroyed after them
    QFutureWatcher<core::ArticleFileList> m_listing;
    QFutureWatcher<core::FileAnalysis> m_analysis;
    std::unique_ptr<core::AnalysisCache> m_cache;
    std::vector<core::AnalysisCache::Row> m_uncachedRows; // written in small batches
    QTimer m_progressiveLink; // links what is read so far while a big folder is being read
    int m_articlesSinceLink = 0;
    QTimer m_changedRowsTimer;
    int m_firstChangedRow = INT_MAX;
    int m_lastChangedRow = -1;
    QFutureWatcher<std::shared_ptr<const core::CorpusIndex>> m_linking;
    bool m_relinkAgain = false;
    bool m_busy = false; // work started and its linking not yet delivered
    int m_cachedArticles = 0;
    QFileSystemWatcher m_watcher;
    QStringList m_pathsToWatch;
    QTimer m_watchTimer;
    QTimer m_rescanTimer;
};

} // namespace crossread::ui
