// The reader window as a user drives it (offscreen): articles listed, highlights where the
// mentions are, clicking a name lists every mention across the folder, activating a row opens
// the article at the mention, corrections survive reopening, the folder is watched.
// Seed tests read ../shared/corpus/seeds and say SKIP when it is absent.

#include "core/text/unicode.h"
#include "tests/testmain.h"
#include "ui/models/articlelistmodel.h"
#include "ui/models/entitylistmodel.h"
#include "ui/models/mentionlistmodel.h"
#include "ui/session/corpussession.h"
#include "ui/views/articleview.h"
#include "ui/views/highlightpalette.h"
#include "ui/windows/comparewindow.h"
#include "ui/windows/mainwindow.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QContextMenuEvent>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

using namespace crossread::core;
using namespace crossread::ui;

namespace {

const QString kSeeds = QStringLiteral(CROSSREAD_SHARED_DIR "/corpus/seeds");
const QString kGold = QStringLiteral(CROSSREAD_SHARED_DIR "/gold/seeds");
const QString kSamples = QStringLiteral(CROSSREAD_SOURCE_DIR "/resources/samples/harbour-story");

void copyFolder(const QString& from, const QString& to)
{
    for (const QString& name : QDir(from).entryList(QDir::Files))
        QVERIFY(QFile::copy(QDir(from).filePath(name), QDir(to).filePath(name)));
}

// The view's selection is on screen, not somewhere below the part shown.
bool selectionOnScreen(ArticleView* view)
{
    return view->viewport()->rect().contains(view->cursorRect(view->textCursor()));
}

QTextCharFormat formatAt(ArticleView* view, qsizetype position)
{
    QTextCursor cursor(view->document());
    cursor.setPosition(int(position) + 1); // the format of the character before the cursor
    return cursor.charFormat();
}

QString fileNameOf(const QString& path)
{
    return QFileInfo(path).fileName();
}

// Opens `folder` in `window` and waits until it is read and linked.
void openAndWait(MainWindow& window, const QString& folder)
{
    QVERIFY(window.openFolder(folder));
    window.session()->waitForIdle();
    QVERIFY(window.session()->index());
}

} // namespace

class TestReader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_cacheDir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // settings go to a test location
        // A fresh analysis cache for every run: results of an older build are never what is tested.
        QVERIFY(m_cacheDir.isValid());
        qputenv("CROSSREAD_CACHE", QFile::encodeName(m_cacheDir.filePath(QStringLiteral("cache.sqlite"))));
        QCoreApplication::setOrganizationName(QStringLiteral("CrossreadTest"));
    }

    void samplesAreListedHighlightedAndLinked()
    {
        MainWindow window;
        window.show();
        openAndWait(window, kSamples);
        QCOMPARE(window.articleTable()->model()->rowCount(), 3);
        // The first article opens by itself; every mention the core found is highlighted in its colour.
        ArticleView* view = window.articleView();
        QVERIFY(!view->path().isEmpty());
        QVERIFY(view->mentions().size() > 5);
        for (int i = 0; i < view->mentions().size(); ++i) {
            const Mention& m = view->mentions()[i];
            const QTextCharFormat format = formatAt(view, m.span.begin);
            QCOMPARE(format.property(ArticleView::TypeProperty).toInt(), int(m.type));
            QCOMPARE(format.background().color(), window.palette()->background(m.type));
            QVERIFY(format.property(ArticleView::EntityProperty).toInt() >= 0);
        }
        // Text between mentions is not highlighted.
        const Mention first = view->mentions().first();
        if (first.span.begin > 0)
            QCOMPARE(formatAt(view, first.span.begin - 1).background().style(), Qt::NoBrush);

        // Hiding a type removes its highlight and keeps the others.
        window.palette()->setVisible(first.type, false);
        QCOMPARE(formatAt(view, first.span.begin).background().style(), Qt::NoBrush);
        window.palette()->setVisible(first.type, true);
        QCOMPARE(
            formatAt(view, first.span.begin).background().color(), window.palette()->background(first.type));
    }

    void entityPanelSortsAndFiltersByAnySpelling()
    {
        MainWindow window;
        openAndWait(window, kSamples);
        QTableView* table = window.entityTable();
        QAbstractItemModel* model = table->model();
        QVERIFY(model->rowCount() > 10);
        // Most mentions first by default.
        QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("Ana Ribeiro"));
        for (int row = 1; row < model->rowCount(); ++row)
            QVERIFY(model->index(row - 1, 2).data().toInt() >= model->index(row, 2).data().toInt());
        // A click on the header sorts by name, A to Z.
        table->sortByColumn(0, Qt::AscendingOrder);
        for (int row = 1; row < model->rowCount(); ++row)
            QVERIFY(model->index(row - 1, 0).data().toString().toLower()
                <= model->index(row, 0).data().toString().toLower());
        // The filter matches any word of any alias, folding case: "eu" finds the European Union.
        const QList<QLineEdit*> edits = window.findChildren<QLineEdit*>();
        QLineEdit* entityFilter = nullptr;
        for (QLineEdit* e : edits)
            if (e->accessibleName() == u"Filter entities")
                entityFilter = e;
        QVERIFY(entityFilter);
        QTest::keyClicks(entityFilter, QStringLiteral("EU"));
        QVERIFY(model->rowCount() >= 1);
        bool found = false;
        for (int row = 0; row < model->rowCount(); ++row)
            found = found || model->index(row, 0).data().toString() == u"European Union";
        QVERIFY(found);
        entityFilter->clear();
        QVERIFY(model->rowCount() > 10);
    }

    void highlightsFollowADarkPaletteAndEveryControlHasAnAccessibleName()
    {
        MainWindow window;
        HighlightPalette* palette = window.palette();
        const QColor light = palette->background(EntityType::Person);
        const QPalette original = QApplication::palette();
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x24));
        dark.setColor(QPalette::Base, QColor(0x18, 0x18, 0x1c));
        dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
        QApplication::setPalette(dark);
        const QColor onDark = palette->background(EntityType::Person);
        QApplication::setPalette(original);
        QVERIFY(light != onDark);
        // Readable: the highlight keeps a clear lightness distance from the text drawn on it.
        QVERIFY(std::abs(onDark.lightness() - dark.color(QPalette::Text).lightness()) > 100);
        QVERIFY(std::abs(light.lightness() - original.color(QPalette::Text).lightness()) > 100);
        // Screen readers name every view and input of the window.
        for (QAbstractItemView* view : window.findChildren<QAbstractItemView*>())
            if (view->isVisibleTo(&window) && !view->inherits("QHeaderView")
                && !view->inherits("QComboBoxListView"))
                QVERIFY2(!view->accessibleName().isEmpty(), view->metaObject()->className());
        for (QLineEdit* edit : window.findChildren<QLineEdit*>())
            if (edit->isVisibleTo(&window))
                QVERIFY(!edit->accessibleName().isEmpty());
    }

    void recentFoldersAndHighlightColoursAreRemembered()
    {
        {
            MainWindow window;
            openAndWait(window, kSamples);
            window.palette()->setBackground(EntityType::Location, QColor(0x12, 0x34, 0x56));
            window.palette()->setVisible(EntityType::Organization, false);
        }
        MainWindow next; // a later start of the program
        QCOMPARE(next.palette()->background(EntityType::Location), QColor(0x12, 0x34, 0x56));
        QVERIFY(!next.palette()->isVisible(EntityType::Organization));
        QVERIFY(QSettings()
                    .value(QStringLiteral("recentFolders"))
                    .toStringList()
                    .contains(QFileInfo(kSamples).canonicalFilePath()));
        next.palette()->setBackground(EntityType::Location, QColor()); // back to the defaults
        next.palette()->setVisible(EntityType::Organization, true);
        QVERIFY(next.palette()->background(EntityType::Location) != QColor(0x12, 0x34, 0x56));
    }

    void unreadableFilesAreListedWithTheReasonAndChangesArePickedUp()
    {
        QTemporaryDir folder;
        copyFolder(kSamples, folder.path());
        QFile binary(folder.filePath(QStringLiteral("scan.txt")));
        QVERIFY(binary.open(QIODevice::WriteOnly));
        binary.write(QByteArray("\x00\x01\x02\x03PK\x00\x00", 8).repeated(64));
        binary.close();
        MainWindow window;
        openAndWait(window, folder.path());
        const auto& entries = window.session()->entries();
        QCOMPARE(entries.size(), 4);
        const auto scan = std::find_if(entries.begin(), entries.end(),
            [](const ArticleEntry& e) { return e.path.endsWith(u"scan.txt"); });
        QVERIFY(scan != entries.end());
        QVERIFY2(scan->problem.contains(QStringLiteral("binary")), qPrintable(scan->problem));

        // A new article dropped into the open folder appears, is read and linked.
        QFile added(folder.filePath(QStringLiteral("04-late-news.txt")));
        QVERIFY(added.open(QIODevice::WriteOnly));
        added.write(
            "Late news\n\nAna Ribeiro flew to Singapore on Friday to meet Meridian Shipping Group.\n");
        added.close();
        QTRY_COMPARE_WITH_TIMEOUT(window.session()->entries().size(), 5, 10000);
        window.session()->waitForIdle();
        QTRY_VERIFY_WITH_TIMEOUT(
            window.session()->article(folder.filePath(QStringLiteral("04-late-news.txt"))), 10000);
        window.session()->waitForIdle();
        QVERIFY(window.showEntityNamed(QStringLiteral("Ana Ribeiro")));
        QCOMPARE(window.mentionModel()->articleCount(), 4);
        // ...and one removed disappears.
        QVERIFY(QFile::remove(folder.filePath(QStringLiteral("04-late-news.txt"))));
        QTRY_COMPARE_WITH_TIMEOUT(window.session()->entries().size(), 4, 10000);
    }

    void seedArticlesCarryTheirGoldHighlights()
    {
        if (!QDir(kGold).exists())
            QSKIP("../shared is absent: the seed corpus and its gold are not available");
        MainWindow window;
        window.show();
        openAndWait(window, kSeeds);
        QCOMPARE(window.articleTable()->model()->rowCount(), 5);
        int total = 0, highlighted = 0;
        QStringList missed;
        for (const QString& goldFile : QDir(kGold).entryList({ QStringLiteral("*.json") }, QDir::Files)) {
            QFile file(QDir(kGold).filePath(goldFile));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QJsonObject doc = QJsonDocument::fromJson(file.readAll()).object();
            const QString articlePath = QDir(kSeeds).filePath(fileNameOf(doc.value(u"document").toString()));
            QVERIFY(window.openArticle(articlePath));
            ArticleView* view = window.articleView();
            const CodePointMap codePoints(view->toPlainText());
            for (const QJsonValue& value : doc.value(u"mentions").toArray()) {
                const QJsonObject g = value.toObject();
                if (g.value(u"optional").toBool())
                    continue;
                const EntityType type = *entityTypeFromName(g.value(u"type").toString());
                const qsizetype begin = codePoints.toUtf16(g.value(u"start").toInt());
                const qsizetype end = codePoints.toUtf16(g.value(u"end").toInt());
                ++total;
                bool ok = true;
                for (qsizetype p = begin; p < end && ok; ++p) {
                    const QTextCharFormat format = formatAt(view, p);
                    ok = format.hasProperty(ArticleView::TypeProperty)
                        && format.property(ArticleView::TypeProperty).toInt() == int(type)
                        && format.background().color() == window.palette()->background(type);
                }
                if (ok)
                    ++highlighted;
                else
                    missed << QStringLiteral("%1 '%2'").arg(
                        fileNameOf(articlePath).left(3), g.value(u"text").toString());
            }
        }
        const double share = double(highlighted) / total;
        qInfo("%d of %d gold mentions carry their type's highlight (%.3f); missed: %s", highlighted, total,
            share, qPrintable(missed.join(QStringLiteral(", "))));
        QVERIFY2(share >= 0.95, qPrintable(missed.join(QStringLiteral(", "))));
    }

    void seedClickingVucicListsEveryMentionAcrossTheFolder()
    {
        if (!QDir(kSeeds).exists())
            QSKIP("../shared is absent: the seed corpus is not available");
        MainWindow window;
        window.resize(1280, 820);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        openAndWait(window, kSeeds);
        const QString article004 = QDir(kSeeds).filePath(QStringLiteral("004_8dd9d4aed26528bb.txt"));
        QVERIFY(window.openArticle(article004));
        ArticleView* view = window.articleView();
        // The first 'Vučić' written alone.
        const QString text = view->toPlainText();
        qsizetype at = -1;
        for (const Mention& m : view->mentions())
            if (m.text == u"Vučić") {
                at = m.span.begin;
                break;
            }
        QVERIFY(at >= 0);
        QTextCursor cursor(view->document());
        cursor.setPosition(int(at) + 2);
        view->setTextCursor(cursor);
        view->ensureCursorVisible();
        const QPoint point = view->cursorRect(cursor).center();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, point);

        MentionListModel* mentions = window.mentionModel();
        QTRY_COMPARE(int(mentions->hits().size()), 11);
        QCOMPARE(mentions->articleCount(), 4);
        // The entity panel follows: its current row is the clicked entity.
        QCOMPARE(window.entityTable()->currentIndex().data(EntityListModel::EntityRole).toInt(),
            mentions->entity());
        QSet<QString> seen;
        const auto index = window.session()->index();
        for (const KwicHit& hit : mentions->hits()) {
            const auto& a = index->articles()[size_t(hit.article)].article;
            seen.insert(fileNameOf(a.path).left(3) + u':' + a.text.mid(hit.span.begin, hit.span.length()));
        }
        QVERIFY(seen.contains(QStringLiteral("000:Aleksandar Vucic")));
        QVERIFY(seen.contains(QStringLiteral("002:Aleksandar Vucic")));
        QVERIFY(seen.contains(QStringLiteral("003:Vucic")));
        QVERIFY(seen.contains(QStringLiteral("004:Vučić")));

        // Activating a row (keyboard: Enter) opens its article with the mention selected.
        QTreeView* tree = window.mentionTree();
        const QModelIndex row = mentions->indexOfHit(0);
        tree->setFocus();
        tree->setCurrentIndex(row);
        QTest::keyClick(tree, Qt::Key_Return);
        QVERIFY(fileNameOf(view->path()).startsWith(u"000"));
        QCOMPARE(view->textCursor().selectedText(), QStringLiteral("Aleksandar Vucic"));
        // ... and scrolled to it: the mention is on screen, not somewhere below the first page.
        QVERIFY(view->verticalScrollBar()->value() > 0);
        QVERIFY(selectionOnScreen(view));

        // F3 walks to the next mention, across articles.
        QTest::keyClick(&window, Qt::Key_F3);
        QVERIFY(fileNameOf(view->path()).startsWith(u"002"));
        QCOMPARE(view->textCursor().selectedText(), QStringLiteral("Aleksandar Vucic"));
        QVERIFY(selectionOnScreen(view));
        QTest::keyClick(&window, Qt::Key_F3, Qt::ShiftModifier);
        QVERIFY(fileNameOf(view->path()).startsWith(u"000"));
    }

    void contextMenuOnAMentionRejectsItEverywhereAndUndoBringsItBack()
    {
        QTemporaryDir folder;
        copyFolder(kSamples, folder.path());
        MainWindow window;
        window.resize(1280, 820);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        openAndWait(window, folder.path());
        ArticleView* view = window.articleView();
        auto lisbonMentions = [&] {
            int count = 0;
            for (const AnalysedArticle& a : window.session()->index()->articles())
                for (const Mention& m : a.mentions)
                    count += m.text == u"Lisbon" ? 1 : 0;
            return count;
        };
        QVERIFY(lisbonMentions() >= 2);
        qsizetype at = -1;
        for (const Mention& m : view->mentions())
            if (m.text == u"Lisbon")
                at = m.span.begin;
        QVERIFY(at >= 0);
        QTextCursor cursor(view->document());
        cursor.setPosition(int(at) + 1);
        const QPoint point = view->cursorRect(cursor).center();
        // Right-click: the menu opens; choose "never an entity" as a user would.
        bool triggered = false;
        QTimer::singleShot(200, this, [&] {
            auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
            if (!menu)
                return;
            for (QAction* action : menu->actions())
                if (action->text().contains(QStringLiteral("Is Never an Entity"))) {
                    triggered = true;
                    action->trigger();
                }
            menu->close();
        });
        QContextMenuEvent event(QContextMenuEvent::Mouse, point, view->viewport()->mapToGlobal(point));
        QApplication::sendEvent(view->viewport(), &event);
        QVERIFY(triggered);
        window.session()->waitForIdle();
        QCOMPARE(lisbonMentions(), 0);
        QCOMPARE(formatAt(window.articleView(), at).background().style(), Qt::NoBrush);
        window.undoStack()->undo();
        window.session()->waitForIdle();
        QVERIFY(lisbonMentions() >= 2);
    }

    void aRelinkKeepsTheReaderOnTheMentionItShowed()
    {
        // A long article: its last mention is far below the first screen.
        QTemporaryDir folder;
        QString text
            = QStringLiteral("Harbour board meets\n\nMaria Ribeiro opened the meeting in Lisbon.\n\n");
        for (int k = 0; k < 60; ++k)
            text += QStringLiteral("The board went through item %1 of the agenda and moved on after a short "
                                   "discussion of the costs.\n\n")
                        .arg(k + 1);
        text += QStringLiteral("At the end Maria Ribeiro thanked the staff.\n");
        {
            QFile f(QDir(folder.path()).filePath(QStringLiteral("meeting.txt")));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text.toUtf8());
        }
        MainWindow window;
        window.resize(1000, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        openAndWait(window, folder.path());
        QVERIFY(window.showEntityNamed(QStringLiteral("Maria Ribeiro")));
        QCOMPARE(int(window.mentionModel()->hits().size()), 2);
        window.goToHit(1);
        ArticleView* view = window.articleView();
        auto mentionOnScreen = [&] {
            return view->textCursor().selectedText() == u"Maria Ribeiro" && selectionOnScreen(view);
        };
        QVERIFY(view->verticalScrollBar()->value() > 0);
        QVERIFY(mentionOnScreen());
        const int scroll = view->verticalScrollBar()->value();

        // A correction elsewhere relinks the folder and the article is shown again: same place,
        // same selection.
        const auto before = window.session()->index();
        window.applyCorrection({ .kind = Correction::Kind::Rename,
            .entity = QStringLiteral("Lisbon"),
            .name = QStringLiteral("Lisboa") });
        window.session()->waitForIdle();
        QTRY_VERIFY(window.session()->index() != before);
        QCoreApplication::processEvents();
        QCOMPARE(view->verticalScrollBar()->value(), scroll);
        QVERIFY(mentionOnScreen());
    }

    void correctionsPersistAcrossReopeningAndUndo()
    {
        QTemporaryDir folder;
        copyFolder(QDir(kSeeds).exists() ? kSeeds : kSamples, folder.path());
        const QString person = QDir(kSeeds).exists() ? QStringLiteral("Vucic") : QStringLiteral("Ribeiro");
        {
            MainWindow window;
            openAndWait(window, folder.path());
            QVERIFY(window.showEntityNamed(person));
            const qsizetype before = window.mentionModel()->hits().size();
            window.applyCorrection(
                { .kind = Correction::Kind::Rename, .entity = person, .name = QStringLiteral("The Person") });
            window.session()->waitForIdle();
            const auto index = window.session()->index();
            const std::int32_t renamed = index->resolve(u"The Person");
            QVERIFY(renamed >= 0);
            QCOMPARE(qsizetype(index->mentionsOf(renamed).size()), before);
            // The mentions panel follows the entity under its new name.
            QCOMPARE(qsizetype(window.mentionModel()->hits().size()), before);
            // Undo and redo go through the same file.
            window.undoStack()->undo();
            window.session()->waitForIdle();
            QVERIFY(window.session()->index()->resolve(u"The Person") < 0);
            window.undoStack()->redo();
            window.session()->waitForIdle();
            QVERIFY(window.session()->index()->resolve(u"The Person") >= 0);
        }
        QVERIFY(QFile::exists(correctionsFilePath(folder.path())));
        MainWindow reopened;
        openAndWait(reopened, folder.path());
        const std::int32_t e = reopened.session()->index()->resolve(u"The Person");
        QVERIFY2(e >= 0, "the rename was lost on reopening");
        QCOMPARE(reopened.session()->index()->entity(e).name, QStringLiteral("The Person"));
    }

    void seedCompareViewShowsSharedEntitiesAndScrollsToThePartnerPassage()
    {
        if (!QDir(kSeeds).exists())
            QSKIP("../shared is absent: the seed corpus is not available");
        MainWindow window;
        openAndWait(window, kSeeds);
        CompareWindow* compare
            = window.compareArticles(QDir(kSeeds).filePath(QStringLiteral("000_0c8a3af26a6aa0d0.txt")),
                QDir(kSeeds).filePath(QStringLiteral("001_f8f3d5f27f2a0fc7.txt")));
        QVERIFY(compare);
        compare->resize(1400, 860);
        compare->show();
        QVERIFY(QTest::qWaitForWindowExposed(compare));
        // The summary lists the entities both articles name, with mentions on each side.
        QSet<QString> inBoth;
        QAbstractItemModel* entities = compare->entityTable()->model();
        for (int row = 0; row < entities->rowCount(); ++row)
            if (entities->index(row, 1).data().toString() == u"both")
                inBoth.insert(entities->index(row, 0).data().toString());
        for (const char* name :
            { "Xi Jinping", "North Atlantic Treaty Organization", "Belgrade", "Neil Thomas" })
            QVERIFY2(inBoth.contains(QString::fromUtf8(name)), name);
        QVERIFY(compare->summaryLabel()->text().contains(u'%'));

        // Clicking into the Neil Thomas passage on the left scrolls the right pane to its partner.
        ArticleView* left = compare->leftView();
        ArticleView* right = compare->rightView();
        const qsizetype at = left->toPlainText().indexOf(QStringLiteral("said Neil Thomas"));
        QVERIFY(at > 0);
        const std::int32_t passage = compare->comparison().passageAt(true, at);
        const std::int32_t partner = compare->comparison().partnerOfLeft[size_t(passage)];
        QVERIFY2(partner >= 0, "the Neil Thomas passage has a partner");
        const TextSpan partnerSpan = compare->comparison().rightPassages[size_t(partner)];
        QVERIFY(right->toPlainText().mid(partnerSpan.begin, partnerSpan.length()).contains(u"Neil Thomas"));
        right->verticalScrollBar()->setValue(0);
        QTextCursor cursor(left->document());
        cursor.setPosition(int(at));
        left->setTextCursor(cursor);
        QTextCursor partnerCursor(right->document());
        partnerCursor.setPosition(int(partnerSpan.begin));
        QVERIFY2(right->viewport()->rect().contains(right->cursorRect(partnerCursor).center()),
            "the partner passage is scrolled into view");
        // The pair is marked in both panes.
        QVERIFY(!right->extraSelections().isEmpty());
        QCOMPARE(right->extraSelections().front().cursor.selectionStart(), int(partnerSpan.begin));

        // Export: one self-contained HTML file.
        QTemporaryDir dir;
        const QString report = dir.filePath(QStringLiteral("report.html"));
        QVERIFY(compare->exportReport(report));
        QFile file(report);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray html = file.readAll();
        QVERIFY(html.startsWith("<!DOCTYPE html>"));
        QVERIFY(html.contains("Neil Thomas"));
        QVERIFY(!html.contains("<script") && !html.contains("src="));
        compare->close();
    }
};

CROSSREAD_TEST_MAIN(TestReader, QApplication)
#include "tst_reader.moc"
