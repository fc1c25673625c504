// crossread: the reader window.

#include "app/reader/measure.h"
#include "ui/session/corpussession.h"
#include "ui/windows/comparewindow.h"
#include "ui/windows/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QTimer>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("crossread"));
    QApplication::setOrganizationName(QStringLiteral("Crossread"));
    QApplication::setApplicationDisplayName(QStringLiteral("Crossread"));
    QApplication::setApplicationVersion(QStringLiteral(CROSSREAD_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("crossread"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Read many news articles about one story: every person, "
                       "place and organization highlighted and linked across them."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("folder"), QStringLiteral("The folder of articles to open."));
    const QCommandLineOption entity(QStringLiteral("entity"),
        QStringLiteral("Show every mention of this entity once the folder is read."), QStringLiteral("name"));
    const QCommandLineOption article(QStringLiteral("article"),
        QStringLiteral("Open this article of the folder."), QStringLiteral("file"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
        QStringLiteral("Save a picture of the window to this PNG once the folder is read, then quit "
                       "(for the documentation)."),
        QStringLiteral("png"));
    const QCommandLineOption compare(QStringLiteral("compare"),
        QStringLiteral("Compare two articles of the folder side by side: --compare A --compare B."),
        QStringLiteral("file"));
    const QCommandLineOption measure(QStringLiteral("measure"),
        QStringLiteral(
            "Open the folder twice (cold, then cached), print how responsive the window was, and quit."));
    parser.addOptions({ entity, article, compare, screenshot, measure });
    parser.process(app);

    crossread::ui::MainWindow window;
    window.show();
    const QStringList folders = parser.positionalArguments();
    if (parser.isSet(measure)) {
        if (folders.isEmpty()) {
            qWarning("crossread: --measure needs a folder");
            return 2;
        }
        return crossread::app::measureOpening(window, folders.front());
    }
    if (!folders.isEmpty() && !window.openFolder(folders.front()))
        return 1;
    const QStringList compared = parser.values(compare);
    if (!compared.isEmpty() && compared.size() != 2) {
        qWarning("crossread: --compare takes two articles: --compare A --compare B");
        return 2;
    }
    // An article named on the command line: as given from the current directory when it is there
    // ("../news/a.txt"), else inside the opened folder ("a.txt").
    auto articlePath = [&](const QString& name) {
        const QFileInfo given(name);
        return given.isFile() ? given.absoluteFilePath()
                              : QDir(window.session()->folder()).absoluteFilePath(name);
    };
    QWidget* shown = &window;
    if (!compared.isEmpty() || parser.isSet(entity) || parser.isSet(article) || parser.isSet(screenshot)) {
        window.session()->waitForIdle();
        if (parser.isSet(article))
            window.openArticle(articlePath(parser.value(article)));
        if (parser.isSet(entity) && !window.showEntityNamed(parser.value(entity)))
            qWarning("crossread: no entity is called '%s'", qPrintable(parser.value(entity)));
        if (parser.isSet(entity))
            window.goToHit(0);
        if (parser.isSet(article))
            window.openArticle(articlePath(parser.value(article)));
        if (!compared.isEmpty()) {
            const QStringList paths { articlePath(compared[0]), articlePath(compared[1]) };
            for (int k = 0; k < 2; ++k)
                if (!QFileInfo(paths[k]).isFile()) {
                    qWarning(
                        "crossread: no article '%s', neither from the current directory nor in the folder",
                        qPrintable(compared[k]));
                    return 2;
                }
            QWidget* comparison = window.compareArticles(paths[0], paths[1]);
            if (!comparison) {
                qWarning("crossread: cannot compare '%s' and '%s'", qPrintable(compared[0]),
                    qPrintable(compared[1]));
                return 1;
            }
            shown = comparison;
        }
        if (parser.isSet(screenshot)) {
            QTimer::singleShot(300, &window, [&] {
                const bool saved = shown->grab().save(parser.value(screenshot));
                QApplication::exit(saved ? 0 : 1);
            });
        }
    }
    return app.exec();
}
