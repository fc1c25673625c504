#include "ui/session/corpussession.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QEventLoop>
#include <QFileInfo>
#include <QThread>
#include <QtConcurrent/QtConcurrentMap>
#include <QtConcurrent/QtConcurrentRun>

#include <climits>

namespace crossread::ui {

using namespace crossread::core;

namespace {

int countWords(const QString& text)
{
    int words = 0;
    bool inWord = false;
    for (QChar c : text) {
        const bool letter = c.isLetterOrNumber();
        words += (letter && !inWord) ? 1 : 0;
        inWord = letter;
    }
    return words;
}

// Enough for any investigation folder while staying well below the kernel's inotify limit.
constexpr int kMaxWatchedFiles = 4000;

} // namespace

CorpusSession::CorpusSession(QObject* parent)
    : QObject(parent)
{
    // Every core analyses, but only when the window has nothing to do: on Linux the idle
    // priority is SCHED_IDLE, so the GUI thread is never starved by the workers.
    m_pool.setMaxThreadCount(QThread::idealThreadCount());
    m_pool.setThreadPriority(QThread::IdlePriority);
    connect(&m_analysis, &QFutureWatcher<FileAnalysis>::resultsReadyAt, this, &CorpusSession::onResultsReady);
    connect(&m_analysis, &QFutureWatcher<FileAnalysis>::finished, this, &CorpusSession::onAnalysisFinished);
    // A big folder takes a while: its entities appear and grow as articles are read.
    m_progressiveLink.setInterval(2000);
    connect(&m_progressiveLink, &QTimer::timeout, this, [this] {
        if (m_articlesSinceLink > 0 && !m_linking.isRunning()) {
            m_articlesSinceLink = 0;
            relink();
        }
    });
    // Row updates are announced together, at most every 100 ms: thousands of articles arriving
    // must not mean thousands of view updates.
    m_changedRowsTimer.setSingleShot(true);
    m_changedRowsTimer.setInterval(100);
    connect(&m_changedRowsTimer, &QTimer::timeout, this, [this] {
        if (m_firstChangedRow <= m_lastChangedRow)
            Q_EMIT entriesChanged(m_firstChangedRow, m_lastChangedRow);
        m_firstChangedRow = INT_MAX;
        m_lastChangedRow = -1;
    });
    connect(&m_linking, &QFutureWatcher<std::shared_ptr<const CorpusIndex>>::finished, this, [this] {
        if (m_linking.isCanceled() || m_linking.future().resultCount() == 0) {
            m_busy = m_analysis.isRunning();
            return;
        }
        m_index = m_linking.result();
        m_indexArticleOfPath.clear();
        for (size_t a = 0; a < m_index->articles().size(); ++a)
            m_indexArticleOfPath.insert(m_index->articles()[a].article.path, int(a));
        for (int row = 0; row < m_entries.size(); ++row) {
            const int a = m_indexArticleOfPath.value(m_entries[row].path, -1);
            if (a < 0)
                continue;
            m_entries[row].entities = int(m_index->entitiesOfArticle(a).size());
            m_entries[row].mentions = int(m_index->articles()[size_t(a)].mentions.size());
        }
        if (!m_entries.isEmpty())
            Q_EMIT entriesChanged(0, int(m_entries.size()) - 1);
        Q_EMIT indexChanged();
        if (m_relinkAgain) {
            m_relinkAgain = false;
            relink();
        } else if (!m_analysis.isRunning()) {
            m_busy = false;
            Q_EMIT idle();
        }
    });
    connect(&m_listing, &QFutureWatcher<ArticleFileList>::finished, this, &CorpusSession::onListingFinished);
    m_watchTimer.setInterval(0);
    connect(&m_watchTimer, &QTimer::timeout, this, [this] {
        const QStringList chunk = m_pathsToWatch.mid(0, 400);
        m_pathsToWatch.remove(0, chunk.size());
        if (!chunk.isEmpty())
            m_watcher.addPaths(chunk);
        if (m_pathsToWatch.isEmpty())
            m_watchTimer.stop();
    });
    m_rescanTimer.setSingleShot(true);
    m_rescanTimer.setInterval(400); // editors save in several steps: wait for the last one
    connect(&m_rescanTimer, &QTimer::timeout, this, &CorpusSession::rescan);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, &m_rescanTimer, qOverload<>(&QTimer::start));
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, &m_rescanTimer, qOverload<>(&QTimer::start));
}

CorpusSession::~CorpusSession()
{
    m_listing.waitForFinished();
    m_analysis.cancel();
    m_analysis.waitForFinished();
    m_linking.waitForFinished();
}

bool CorpusSession::isBusy() const
{
    // Also between the analysis ending and its finished() signal starting the linking.
    return m_busy || m_listing.isRunning() || m_analysis.isRunning() || m_linking.isRunning();
}

bool CorpusSession::open(const QString& folder, QString* error)
{
    const QFileInfo info(folder);
    if (!info.isDir()) {
        if (error)
            *error = info.exists() ? QStringLiteral("%1 is not a folder").arg(folder)
                                   : QStringLiteral("%1 does not exist").arg(folder);
        return false;
    }
    if (!m_extractor) {
        QString loadError;
        m_extractor = Extractor::loadBuiltIn(&loadError);
        if (!m_extractor) {
            if (error)
                *error = loadError;
            return false;
        }
        m_cache = std::make_unique<AnalysisCache>(
            m_extractor->fingerprint(), qEnvironmentVariable("CROSSREAD_CACHE"));
        if (!m_cache->isOpen())
            Q_EMIT problem(tr("Analyses will not be cached, so reopening folders will be slower: %1")
                               .arg(m_cache->problem()));
    }
    close();
    m_folder = info.canonicalFilePath();
    CorrectionsLoad corrections = loadCorrections(m_folder);
    m_corrections = std::move(corrections.corrections);
    if (!corrections.problem.isEmpty())
        Q_EMIT problem(corrections.problem);

    // Listing ten thousand files takes a while: off the GUI thread, like everything else.
    m_busy = true;
    m_listing.setFuture(QtConcurrent::run([folder = m_folder] { return listArticleFiles({ folder }); }));
    return true;
}

void CorpusSession::onListingFinished()
{
    if (m_listing.isCanceled() || m_listing.future().resultCount() == 0 || m_folder.isEmpty())
        return;
    const ArticleFileList listing = m_listing.result();
    for (const ReadError& e : listing.errors)
        m_entries.append({ e.path, QFileInfo(e.path).fileName(), 0, 0, -1, e.reason });
    for (const QString& file : listing.files) {
        m_rowOfPath.insert(file, int(m_entries.size()));
        m_entries.append({ file, QFileInfo(file).fileName(), 0, 0, -1, {} });
    }
    m_analysed.resize(size_t(m_entries.size()));
    Q_EMIT entriesReset();
    watchTree();
    startAnalysis(listing.files);
}

void CorpusSession::close()
{
    m_listing.waitForFinished();
    m_analysis.cancel();
    m_analysis.waitForFinished();
    m_linking.waitForFinished();
    m_rescanTimer.stop();
    m_watchTimer.stop();
    m_pathsToWatch.clear();
    m_progressiveLink.stop();
    m_changedRowsTimer.stop();
    m_firstChangedRow = INT_MAX;
    m_lastChangedRow = -1;
    if (m_cache)
        flushCacheRows();
    if (!m_watcher.files().isEmpty())
        m_watcher.removePaths(m_watcher.files());
    if (!m_watcher.directories().isEmpty())
        m_watcher.removePaths(m_watcher.directories());
    m_folder.clear();
    m_entries.clear();
    m_rowOfPath.clear();
    m_stamps.clear();
    m_analysed.clear();
    m_index.reset();
    m_indexArticleOfPath.clear();
    m_corrections = {};
    m_busy = false;
    m_relinkAgain = false;
    Q_EMIT entriesReset();
    Q_EMIT indexChanged();
}

void CorpusSession::cancel()
{
    m_analysis.cancel();
}

void CorpusSession::startAnalysis(const QStringList& files)
{
    m_busy = true;
    m_pendingFiles = files;
    m_cachedArticles = 0;
    m_articlesSinceLink = 0;
    Q_EMIT progress(0, int(files.size()));
    // The workers own the snapshot for as long as they read it.
    auto snapshot = std::make_shared<const CacheSnapshot>(m_cache->lookupFolder(m_folder));
    const Extractor* extractor = m_extractor.get();
    m_analysis.setFuture(QtConcurrent::mapped(
        &m_pool, files, [extractor, snapshot = std::move(snapshot)](const QString& file) {
            return analyseFileWithCache(file, *extractor, snapshot.get());
        }));
    m_progressiveLink.start();
}

void CorpusSession::flushCacheRows()
{
    m_cache->store(m_uncachedRows);
    m_uncachedRows.clear();
}

void CorpusSession::markChanged(int row)
{
    m_firstChangedRow = std::min(m_firstChangedRow, row);
    m_lastChangedRow = std::max(m_lastChangedRow, row);
    if (!m_changedRowsTimer.isActive())
        m_changedRowsTimer.start();
}

void CorpusSession::onResultsReady(int begin, int end)
{
    for (int i = begin; i < end; ++i)
        onResultReady(i);
    Q_EMIT progress(m_analysis.progressValue(), m_analysis.progressMaximum());
}

void CorpusSession::onResultReady(int resultIndex)
{
    const FileAnalysis analysis = m_analysis.resultAt(resultIndex);
    const auto& result = analysis.result;
    const QString path = m_pendingFiles.value(resultIndex);
    const int row = m_rowOfPath.value(path, -1);
    if (row < 0)
        return;
    ArticleEntry& entry = m_entries[row];
    if (const auto* error = std::get_if<ReadError>(&result)) {
        entry.problem = error->reason;
        m_analysed[size_t(row)].reset();
    } else {
        const auto& analysed = std::get<AnalysedArticle>(result);
        entry.title = analysed.article.title.isEmpty() ? QFileInfo(path).fileName() : analysed.article.title;
        entry.words = countWords(analysed.article.text);
        entry.mentions = int(analysed.mentions.size());
        entry.problem = analysed.article.warnings.join(u' ');
        m_analysed[size_t(row)] = analysed;
        m_stamps.insert(path, analysis.stamp);
        ++m_articlesSinceLink;
        if (analysis.fromCache) {
            ++m_cachedArticles;
        } else {
            // Small batches: each write stays far below a frame.
            m_uncachedRows.push_back({ analysed.article.path,
                { analysis.stamp, analysis.contentHash, serializeAnalysis(analysed) } });
            if (m_uncachedRows.size() >= 100)
                flushCacheRows();
        }
    }
    markChanged(row);
}

void CorpusSession::onAnalysisFinished()
{
    m_progressiveLink.stop();
    flushCacheRows();
    if (m_analysis.isCanceled())
        for (int row = 0; row < m_entries.size(); ++row)
            if (!m_analysed[size_t(row)] && m_entries[row].problem.isEmpty()) {
                m_entries[row].problem = QStringLiteral("not analysed: cancelled");
                markChanged(row);
            }
    Q_EMIT progress(m_analysis.progressMaximum(), m_analysis.progressMaximum());
    relink();
}

void CorpusSession::relink()
{
    m_busy = true;
    if (m_linking.isRunning()) {
        m_relinkAgain = true;
        return;
    }
    std::vector<AnalysedArticle> articles;
    articles.reserve(m_analysed.size());
    for (const auto& a : m_analysed)
        if (a)
            articles.push_back(*a); // implicitly shared text: a cheap copy
    const Linker* linker = &m_linker;
    m_linking.setFuture(QtConcurrent::run(&m_pool,
        [linker, corrections = m_corrections, folder = m_folder, articles = std::move(articles)]() mutable {
            return std::shared_ptr<const CorpusIndex>(std::make_shared<CorpusIndex>(
                buildCorpus(std::move(articles), *linker, corrections, folder)));
        }));
}

const AnalysedArticle* CorpusSession::article(const QString& path) const
{
    if (m_index) {
        const int a = m_indexArticleOfPath.value(path, -1);
        if (a >= 0)
            return &m_index->articles()[size_t(a)];
    }
    const int row = m_rowOfPath.value(path, -1);
    if (row < 0 || !m_analysed[size_t(row)])
        return nullptr;
    return &*m_analysed[size_t(row)];
}

bool CorpusSession::addCorrection(const Correction& correction, QString* error)
{
    m_corrections.items.append(correction);
    if (!saveCorrections(m_folder, m_corrections, error)) {
        m_corrections.items.removeLast();
        return false;
    }
    relink();
    return true;
}

bool CorpusSession::removeLastCorrection(QString* error)
{
    if (m_corrections.items.isEmpty())
        return false;
    const Correction last = m_corrections.items.takeLast();
    if (!saveCorrections(m_folder, m_corrections, error)) {
        m_corrections.items.append(last);
        return false;
    }
    relink();
    return true;
}

void CorpusSession::waitForIdle()
{
    while (isBusy()) {
        QEventLoop loop;
        connect(this, &CorpusSession::idle, &loop, &QEventLoop::quit);
        QTimer::singleShot(50, &loop, &QEventLoop::quit);
        loop.exec();
    }
    QCoreApplication::processEvents();
}

void CorpusSession::watchTree()
{
    QStringList paths { m_folder };
    QDirIterator it(m_folder, QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString dir = it.next();
        if (!dir.contains(QStringLiteral("/.")))
            paths << dir;
    }
    for (const ArticleEntry& e : m_entries)
        if (paths.size() < kMaxWatchedFiles && e.problem.isEmpty())
            paths << e.path;
    // Thousands of inotify watches, a few hundred per turn of the event loop.
    m_pathsToWatch = paths;
    m_watchTimer.start();
}

void CorpusSession::rescan()
{
    if (m_folder.isEmpty())
        return;
    if (isBusy()) {
        m_rescanTimer.start(); // after the work under way
        return;
    }
    const ArticleFileList listing = listArticleFiles({ m_folder });
    QStringList changed;
    bool removed = false;
    const QSet<QString> present(listing.files.begin(), listing.files.end());
    for (auto it = m_rowOfPath.begin(); it != m_rowOfPath.end(); ++it)
        removed = removed || !present.contains(it.key());
    for (const QString& file : listing.files) {
        const FileStamp stamp = stampOf(file);
        if (!m_stamps.contains(file) || !(m_stamps.value(file) == stamp)) {
            changed << file;
            m_stamps.insert(file, stamp);
        }
    }
    if (removed) {
        QList<ArticleEntry> entries;
        std::vector<std::optional<AnalysedArticle>> analysed;
        m_rowOfPath.clear();
        for (int row = 0; row < m_entries.size(); ++row) {
            const QString& path = m_entries[row].path;
            const bool listedProblem = !m_stamps.contains(path);
            if (!listedProblem && !present.contains(path)) {
                m_stamps.remove(path);
                continue;
            }
            if (!listedProblem)
                m_rowOfPath.insert(path, int(entries.size()));
            entries.append(m_entries[row]);
            analysed.push_back(m_analysed[size_t(row)]);
        }
        m_entries = entries;
        m_analysed = std::move(analysed);
        Q_EMIT entriesReset();
    }
    for (const QString& file : changed) {
        if (m_rowOfPath.contains(file))
            continue;
        m_rowOfPath.insert(file, int(m_entries.size()));
        m_entries.append({ file, QFileInfo(file).fileName(), 0, 0, -1, {} });
        m_analysed.emplace_back();
        Q_EMIT entryAdded(int(m_entries.size()) - 1);
    }
    if (!m_watcher.directories().isEmpty())
        m_watcher.removePaths(m_watcher.directories());
    if (!m_watcher.files().isEmpty())
        m_watcher.removePaths(m_watcher.files());
    watchTree();
    if (!changed.isEmpty())
        startAnalysis(changed);
    else if (removed)
        relink();
}

} // namespace crossread::ui
