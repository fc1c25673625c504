#pragma once

// The reader window: articles (left), the article with its highlights (centre), the folder's
// entities (right), and every mention of the chosen entity across the folder (bottom).
// Corrections go through a QUndoStack to the session, which saves and relinks.

#include "core/corpus/corpusindex.h"
#include "core/corpus/corrections.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QToolButton;
class QTreeView;
class QUndoStack;

namespace crossread::ui {

class ArticleListModel;
class ArticleView;
class CorpusSession;
class EntityFilterProxy;
class EntityListModel;
class HighlightPalette;
class MentionListModel;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    bool openFolder(const QString& folder);
    // Shows the entity a user's name means (any alias, any spelling); false when none.
    bool showEntityNamed(const QString& name);
    void showEntity(std::int32_t entity);
    // Opens an article of the folder; with a span, selects it and scrolls to it.
    bool openArticle(const QString& path, std::optional<core::TextSpan> select = std::nullopt);
    void goToHit(int hit);
    // Opens the compare view for two articles of the folder (paths); nullptr when not linked yet.
    class CompareWindow* compareArticles(const QString& left, const QString& right);

    // For tests and the screenshot option: the parts a user looks at.
    [[nodiscard]] CorpusSession* session() const { return m_session; }
    [[nodiscard]] ArticleView* articleView() const { return m_articleView; }
    [[nodiscard]] QTableView* articleTable() const { return m_articleTable; }
    [[nodiscard]] QTableView* entityTable() const { return m_entityTable; }
    [[nodiscard]] QTreeView* mentionTree() const { return m_mentionTree; }
    [[nodiscard]] MentionListModel* mentionModel() const { return m_mentionModel; }
    [[nodiscard]] QUndoStack* undoStack() const { return m_undoStack; }
    [[nodiscard]] HighlightPalette* palette() const { return m_palette; }
    // Applies a correction as the context menu would (undoable).
    void applyCorrection(const core::Correction& correction);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createModelsAndViews();
    // A dock holding a control row (`top`) above a view (`body`).
    class QDockWidget* addPanel(
        const QString& title, const QString& name, Qt::DockWidgetArea area, QWidget* top, QWidget* body);
    void createActions();
    void restoreSettings();
    void addRecentFolder(const QString& folder);
    void updateRecentMenu();
    void updateStatus();
    void updateTypeActions();
    void onIndexChanged();
    void onMentionActivated(const QModelIndex& index);
    void showMentionMenu(int mention, const QPoint& globalPos);
    void showSelectionMenu(core::TextSpan selection, const QPoint& globalPos);
    void findInArticle(bool backwards);
    void searchFolder();
    void chooseFolder();
    void compareSelected();
    void showArticleMenu(const QPoint& pos);
    void updateEntityScope();
    void updateMentionHeader();
    void spanHeadings();
    void unspanHeadings();

    HighlightPalette* m_palette;
    CorpusSession* m_session;
    QUndoStack* m_undoStack;
    ArticleListModel* m_articleModel = nullptr;
    QSortFilterProxyModel* m_articleProxy = nullptr;
    EntityListModel* m_entityModel = nullptr;
    EntityFilterProxy* m_entityProxy = nullptr;
    MentionListModel* m_mentionModel = nullptr;

    ArticleView* m_articleView = nullptr;
    QLabel* m_articleHeader = nullptr;
    QWidget* m_findBar = nullptr;
    QLineEdit* m_findEdit = nullptr;
    QTableView* m_articleTable = nullptr;
    QLineEdit* m_articleFilter = nullptr;
    QTableView* m_entityTable = nullptr;
    QLineEdit* m_entityFilter = nullptr;
    QComboBox* m_entityScope = nullptr;
    QTreeView* m_mentionTree = nullptr;
    QLabel* m_mentionHeader = nullptr;
    QLabel* m_statusLabel = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QMenu* m_recentMenu = nullptr;
    QAction* m_typeActions[3] = {};
    QAction* m_nextMention = nullptr;
    QAction* m_previousMention = nullptr;

    QString m_shownEntityName; // to find the entity again after a relink
    int m_currentHit = -1;
    QList<int> m_spannedHeadings;
};

} // namespace crossread::ui
