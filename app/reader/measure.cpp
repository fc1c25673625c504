#include "app/reader/measure.h"

#include "core/util/memory.h"
#include "ui/models/mentionlistmodel.h"
#include "ui/session/corpussession.h"
#include "ui/views/articleview.h"
#include "ui/windows/mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTextStream>
#include <QTimer>
#include <QTreeView>

namespace crossread::app {

namespace {

// A timer that should fire every 5 ms; how late it fires is how long the event loop was blocked.
class LatenessProbe : public QObject
{
public:
    LatenessProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(5);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_worst = std::max(m_worst, now - m_last - 5'000'000);
            m_last = now;
        });
    }
    void start()
    {
        m_clock.start();
        m_last = 0;
        m_worst = 0;
        m_timer.start();
    }
    double worstMs() const { return double(m_worst) / 1e6; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_worst = 0;
};

} // namespace

int measureOpening(ui::MainWindow& window, const QString& folder)
{
    QTextStream out(stdout);
    for (const char* label : { "first opening", "reopening" }) {
        window.session()->close();
        QCoreApplication::processEvents();
        LatenessProbe probe;
        QElapsedTimer clock;
        probe.start();
        clock.start();
        qint64 firstArticleMs = -1;
        QMetaObject::Connection watch
            = QObject::connect(window.session(), &ui::CorpusSession::entriesChanged, &window, [&] {
                  if (firstArticleMs < 0 && !window.articleView()->path().isEmpty())
                      firstArticleMs = clock.elapsed();
              });
        if (!window.openFolder(folder))
            return 1;
        QEventLoop loop;
        QObject::connect(window.session(), &ui::CorpusSession::idle, &loop, &QEventLoop::quit);
        if (window.session()->isBusy())
            loop.exec();
        QCoreApplication::processEvents();
        const qint64 linkedMs = clock.elapsed();
        QObject::disconnect(watch);

        // The entity with the most mentions, clicked.
        const auto index = window.session()->index();
        std::int32_t biggest = -1;
        for (size_t e = 0; index && e < index->entities().size(); ++e)
            if (biggest < 0
                || index->entity(std::int32_t(e)).mentionCount > index->entity(biggest).mentionCount)
                biggest = std::int32_t(e);
        QElapsedTimer fill;
        fill.start();
        window.showEntity(biggest);
        window.mentionTree()->viewport()->repaint(); // laid out and painted, as the user sees it
        const double fillMs = double(fill.nsecsElapsed()) / 1e6;
        QCoreApplication::processEvents();
        out << label << ": " << window.session()->entries().size() << " articles ("
            << window.session()->cachedArticles() << " from the cache); first article shown "
            << firstArticleMs << " ms; linked " << linkedMs << " ms; longest event-loop block "
            << QString::number(probe.worstMs(), 'f', 0) << " ms; mentions panel for '"
            << (biggest >= 0 ? index->entity(biggest).name : QString()) << "' ("
            << (biggest >= 0 ? index->entity(biggest).mentionCount : 0) << " mentions) filled in "
            << QString::number(fillMs, 'f', 0) << " ms\n";
        out.flush();
    }
    out << "peak resident: " << QString::number(core::peakResidentMegabytes(), 'f', 0) << " MB\n";
    return 0;
}

} // namespace crossread::app
