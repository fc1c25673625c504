#include "ui/session/corpussession.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QEventLoop>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentMap>
#include <QtConcurrent/QtConcurrentRun>

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
    connect(&m_analysis, &QFutureWatcher<AnalysisResult>::resultReadyAt, this, &CorpusSession::onResultReady);
    connect(&m_analysis, &QFutureWatcher<AnalysisResult>::finished, this, &CorpusSession::onAnalysisFinished);
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
            Q_EMIT entryChanged(row);
        }
        Q_EMIT indexChanged();
        if (m_relinkAgain) {
            m_relinkAgain = false;
            relink();
        } else if (!m_analysis.isRunning()) {
            m_busy = false;
            Q_EMIT idle();
        }
    });
    m_rescanTimer.setSingleShot(true);
    m_rescanTimer.setInterval(400); // editors save in several steps: wait for the last one
    connect(&m_rescanTimer, &QTimer::timeout, this, &CorpusSession::rescan);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, &m_rescanTimer, qOverload<>(&QTimer::start));
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, &m_rescanTimer, qOverload<>(&QTimer::start));
}

CorpusSession::~CorpusSession()
{
    m_analysis.cancel();
    m_analysis.waitForFinished();
    m_linking.waitForFinished();
}

bool CorpusSession::isBusy() const
{
    // Also between the analysis ending and its finished() signal starting the linking.
    return m_busy || m_analysis.isRunning() || m_linking.isRunning();
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
    }
    close();
    m_folder = info.canonicalFilePath();
    CorrectionsLoad corrections = loadCorrections(m_folder);
    m_corrections = std::move(corrections.corrections);
    if (!corrections.problem.isEmpty())
        Q_EMIT problem(corrections.problem);

    const ArticleFileList listing = listArticleFiles({ m_folder });
    for (const ReadError& e : listing.errors)
        m_entries.append({ e.path, QFileInfo(e.path).fileName(), 0, 0, -1, e.reason });
    for (const QString& file : listing.files) {
        m_rowOfPath.insert(file, int(m_entries.size()));
        m_entries.append({ file, QFileInfo(file).fileName(), 0, 0, -1, {} });
        m_stamps.insert(file, stampOf(file));
    }
    m_analysed.resize(size_t(m_entries.size()));
    Q_EMIT entriesReset();
    watchTree();
    startAnalysis(listing.files);
    return true;
}

void CorpusSession::close()
{
    m_analysis.cancel();
    m_analysis.waitForFinished();
    m_linking.waitForFinished();
    m_rescanTimer.stop();
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
    Q_EMIT progress(0, int(files.size()));
    const Extractor* extractor = m_extractor.get();
    m_analysis.setFuture(QtConcurrent::mapped(
        files, [extractor](const QString& file) { return analyseFile(file, *extractor); }));
}

void CorpusSession::onResultReady(int resultIndex)
{
    const AnalysisResult result = m_analysis.resultAt(resultIndex);
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
    }
    Q_EMIT entryChanged(row);
    Q_EMIT progress(m_analysis.progressValue(), m_analysis.progressMaximum());
}

void CorpusSession::onAnalysisFinished()
{
    if (m_analysis.isCanceled())
        for (int row = 0; row < m_entries.size(); ++row)
            if (!m_analysed[size_t(row)] && m_entries[row].problem.isEmpty()) {
                m_entries[row].problem = QStringLiteral("not analysed: cancelled");
                Q_EMIT entryChanged(row);
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
    m_linking.setFuture(QtConcurrent::run(
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

CorpusSession::FileStamp CorpusSession::stampOf(const QString& path)
{
    const QFileInfo info(path);
    return { info.exists() ? info.size() : -1, info.lastModified().toMSecsSinceEpoch() };
}

void CorpusSession::watchTree()
{
    QStringList directories { m_folder };
    QDirIterator it(m_folder, QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString dir = it.next();
        if (!dir.contains(QStringLiteral("/.")))
            directories << dir;
    }
    m_watcher.addPaths(directories);
    QStringList files;
    for (const ArticleEntry& e : m_entries)
        if (files.size() < kMaxWatchedFiles && e.problem.isEmpty())
            files << e.path;
    if (!files.isEmpty())
        m_watcher.addPaths(files);
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
