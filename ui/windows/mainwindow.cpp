#include "ui/windows/mainwindow.h"

#include "core/link/namekey.h"
#include "ui/models/articlelistmodel.h"
#include "ui/models/entitylistmodel.h"
#include "ui/models/mentionlistmodel.h"
#include "ui/session/corpussession.h"
#include "ui/session/correctioncommand.h"
#include "ui/views/articleview.h"
#include "ui/views/highlightpalette.h"
#include "ui/windows/comparewindow.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QColorDialog>
#include <QComboBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace crossread::ui {

using namespace crossread::core;

namespace {

constexpr int kMaxRecentFolders = 8;

// The session knows files by their canonical path ("../shared/x" and "/work/shared/x" are one).
QString canonicalPath(const QString& path)
{
    const QString canonical = QFileInfo(path).canonicalFilePath();
    return canonical.isEmpty() ? path : canonical;
}

QIcon swatch(const QColor& color)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(color);
    painter.setPen(color.darker(140));
    painter.drawRoundedRect(QRectF(1.5, 1.5, 13, 13), 3, 3);
    return QIcon(pixmap);
}

QTableView* makeTable(QAbstractItemModel* model, const QString& accessibleName)
{
    auto* view = new QTableView;
    view->setModel(model);
    view->setSortingEnabled(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setHighlightSections(false);
    view->setWordWrap(false);
    view->setShowGrid(false);
    view->setAlternatingRowColors(true);
    view->setAccessibleName(accessibleName);
    return view;
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_palette(new HighlightPalette(this))
    , m_session(new CorpusSession(this))
    , m_undoStack(new QUndoStack(this))
{
    setWindowTitle(tr("Crossread"));
    setAcceptDrops(true);
    m_palette->load();
    createModelsAndViews();
    createActions();
    restoreSettings();

    connect(m_session, &CorpusSession::indexChanged, this, &MainWindow::onIndexChanged);
    connect(m_session, &CorpusSession::progress, this, [this](int done, int total) {
        m_progress->setRange(0, std::max(total, 1));
        m_progress->setValue(done);
        updateStatus();
    });
    connect(m_session, &CorpusSession::entriesChanged, this, [this](int first, int last) {
        const auto& entries = m_session->entries();
        last = std::min(last, int(entries.size()) - 1);
        // The first article is readable as soon as it is analysed; the open one follows its file.
        for (int row = first; row <= last; ++row) {
            const QString& path = entries[row].path;
            if ((m_articleView->path().isEmpty() || path == m_articleView->path())
                && m_session->article(path)) {
                openArticle(path);
                break;
            }
        }
        updateStatus();
    });
    connect(m_session, &CorpusSession::idle, this, &MainWindow::updateStatus);
    connect(m_session, &CorpusSession::problem, this, [this](const QString& message) {
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Crossread"), message, QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    connect(m_palette, &HighlightPalette::changed, this, &MainWindow::updateTypeActions);
    updateStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::createModelsAndViews()
{
    // Centre: the article.
    m_articleView = new ArticleView(m_palette);
    m_articleHeader = new QLabel;
    m_articleHeader->setWordWrap(true);
    m_articleHeader->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_articleHeader->setContentsMargins(8, 6, 8, 2);
    m_findBar = new QWidget;
    auto* findLayout = new QHBoxLayout(m_findBar);
    findLayout->setContentsMargins(6, 2, 6, 2);
    m_findEdit = new QLineEdit;
    m_findEdit->setPlaceholderText(tr("Find in article"));
    m_findEdit->setAccessibleName(tr("Find in article"));
    m_findEdit->setClearButtonEnabled(true);
    auto* findNext = new QToolButton;
    findNext->setText(tr("Next"));
    auto* findPrevious = new QToolButton;
    findPrevious->setText(tr("Previous"));
    auto* findClose = new QToolButton;
    findClose->setText(tr("Close"));
    findLayout->addWidget(m_findEdit, 1);
    findLayout->addWidget(findPrevious);
    findLayout->addWidget(findNext);
    findLayout->addWidget(findClose);
    m_findBar->hide();
    connect(m_findEdit, &QLineEdit::returnPressed, this, [this] { findInArticle(false); });
    connect(findNext, &QToolButton::clicked, this, [this] { findInArticle(false); });
    connect(findPrevious, &QToolButton::clicked, this, [this] { findInArticle(true); });
    connect(findClose, &QToolButton::clicked, m_findBar, &QWidget::hide);
    auto* centre = new QWidget;
    auto* centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->setSpacing(0);
    centreLayout->addWidget(m_articleHeader);
    centreLayout->addWidget(m_articleView, 1);
    centreLayout->addWidget(m_findBar);
    setCentralWidget(centre);
    connect(m_articleView, &ArticleView::entityActivated, this, &MainWindow::showEntity);
    connect(m_articleView, &ArticleView::mentionContextMenuRequested, this, &MainWindow::showMentionMenu);
    connect(m_articleView, &ArticleView::selectionContextMenuRequested, this, &MainWindow::showSelectionMenu);

    // Left: the articles.
    m_articleModel = new ArticleListModel(m_session, this);
    m_articleProxy = new QSortFilterProxyModel(this);
    m_articleProxy->setSourceModel(m_articleModel);
    m_articleProxy->setSortRole(ArticleListModel::SortRole);
    m_articleProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_articleProxy->setFilterKeyColumn(-1);
    m_articleTable = makeTable(m_articleProxy, tr("Articles"));
    m_articleTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_articleTable->horizontalHeader()->setSectionResizeMode(ArticleListModel::Title, QHeaderView::Stretch);
    m_articleTable->setColumnHidden(ArticleListModel::File, true);
    m_articleTable->sortByColumn(-1, Qt::AscendingOrder);
    m_articleTable->setSelectionMode(QAbstractItemView::ExtendedSelection); // two rows: compare them
    m_articleTable->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_articleTable, &QWidget::customContextMenuRequested, this, &MainWindow::showArticleMenu);
    m_articleFilter = new QLineEdit;
    m_articleFilter->setPlaceholderText(tr("Filter articles"));
    m_articleFilter->setAccessibleName(tr("Filter articles"));
    m_articleFilter->setClearButtonEnabled(true);
    connect(m_articleFilter, &QLineEdit::textChanged, m_articleProxy,
        &QSortFilterProxyModel::setFilterFixedString);
    connect(m_articleTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex& current) {
            if (current.isValid())
                openArticle(current.data(ArticleListModel::PathRole).toString());
        });
    QDockWidget* articleDock = addPanel(
        tr("Articles"), QStringLiteral("articles"), Qt::LeftDockWidgetArea, m_articleFilter, m_articleTable);

    // Right: the entities.
    m_entityModel = new EntityListModel(this);
    m_entityProxy = new EntityFilterProxy(this);
    m_entityProxy->setSourceModel(m_entityModel);
    m_entityTable = makeTable(m_entityProxy, tr("Entities"));
    m_entityTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_entityTable->horizontalHeader()->setSectionResizeMode(EntityListModel::Name, QHeaderView::Stretch);
    m_entityTable->sortByColumn(EntityListModel::Mentions, Qt::DescendingOrder);
    m_entityFilter = new QLineEdit;
    m_entityFilter->setPlaceholderText(tr("Filter entities (any spelling)"));
    m_entityFilter->setAccessibleName(tr("Filter entities"));
    m_entityFilter->setClearButtonEnabled(true);
    connect(m_entityFilter, &QLineEdit::textChanged, m_entityProxy, &EntityFilterProxy::setFilterText);
    m_entityScope = new QComboBox;
    m_entityScope->addItems({ tr("Whole folder"), tr("This article") });
    m_entityScope->setAccessibleName(tr("Entity scope"));
    connect(m_entityScope, &QComboBox::currentIndexChanged, this, &MainWindow::updateEntityScope);
    connect(m_entityTable, &QTableView::activated, this,
        [this](const QModelIndex& index) { showEntity(index.data(EntityListModel::EntityRole).toInt()); });
    connect(m_entityTable, &QTableView::clicked, this,
        [this](const QModelIndex& index) { showEntity(index.data(EntityListModel::EntityRole).toInt()); });
    auto* entityTop = new QWidget;
    auto* entityTopLayout = new QHBoxLayout(entityTop);
    entityTopLayout->setContentsMargins(0, 0, 0, 0);
    entityTopLayout->addWidget(m_entityFilter, 1);
    entityTopLayout->addWidget(m_entityScope);
    QDockWidget* entityDock = addPanel(
        tr("Entities"), QStringLiteral("entities"), Qt::RightDockWidgetArea, entityTop, m_entityTable);

    // Bottom: every mention of the chosen entity.
    m_mentionModel = new MentionListModel(this);
    m_mentionTree = new QTreeView;
    m_mentionTree->setModel(m_mentionModel);
    m_mentionTree->setUniformRowHeights(true);
    m_mentionTree->setRootIsDecorated(false);
    m_mentionTree->setItemsExpandable(false);
    m_mentionTree->setAlternatingRowColors(true);
    m_mentionTree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_mentionTree->setAccessibleName(tr("Mentions"));
    m_mentionTree->header()->setStretchLastSection(true);
    m_mentionTree->setColumnWidth(MentionListModel::Article, 220);
    m_mentionTree->setColumnWidth(MentionListModel::Left, 380);
    m_mentionTree->setColumnWidth(MentionListModel::Mention, 160);
    connect(m_mentionTree, &QTreeView::activated, this, &MainWindow::onMentionActivated);
    connect(m_mentionTree, &QTreeView::clicked, this, &MainWindow::onMentionActivated);
    m_mentionHeader
        = new QLabel(tr("Click a highlighted name, or an entity on the right, to see all its mentions."));
    m_mentionHeader->setWordWrap(true);
    m_mentionHeader->setTextFormat(Qt::RichText);
    QDockWidget* mentionDock = addPanel(
        tr("Mentions"), QStringLiteral("mentions"), Qt::BottomDockWidgetArea, m_mentionHeader, m_mentionTree);
    resizeDocks({ articleDock, entityDock }, { 360, 400 }, Qt::Horizontal);
    resizeDocks({ mentionDock }, { 300 }, Qt::Vertical);

    // Status bar: what is open, and the work under way with a way to stop it.
    m_statusLabel = new QLabel;
    m_progress = new QProgressBar;
    m_progress->setMaximumWidth(220);
    m_progress->setAccessibleName(tr("Analysis progress"));
    m_cancelButton = new QPushButton(tr("Cancel"));
    connect(m_cancelButton, &QPushButton::clicked, m_session, &CorpusSession::cancel);
    statusBar()->addWidget(m_statusLabel, 1);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancelButton);

    setTabOrder(m_articleFilter, m_articleTable);
    setTabOrder(m_articleTable, m_articleView);
    setTabOrder(m_articleView, m_entityFilter);
    setTabOrder(m_entityFilter, m_entityScope);
    setTabOrder(m_entityScope, m_entityTable);
    setTabOrder(m_entityTable, m_mentionTree);
}

QDockWidget* MainWindow::addPanel(
    const QString& title, const QString& name, Qt::DockWidgetArea area, QWidget* top, QWidget* body)
{
    auto* panel = new QWidget;
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(top);
    layout->addWidget(body, 1);
    auto* dock = new QDockWidget(title, this);
    dock->setObjectName(name); // restoreState() finds docks by name
    dock->setWidget(panel);
    addDockWidget(area, dock);
    return dock;
}

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open Folder…"),
        this, &MainWindow::chooseFolder);
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addSeparator();
    QAction* closeFolder = file->addAction(tr("&Close Folder"), this, [this] {
        m_session->close();
        m_undoStack->clear();
        m_articleView->clearArticle();
        unspanHeadings();
        m_mentionModel->clear();
        m_articleHeader->clear();
        setWindowTitle(tr("Crossread"));
    });
    closeFolder->setShortcut(QKeySequence::Close);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction* find = edit->addAction(tr("&Find in Article…"), this, [this] {
        m_findBar->show();
        m_findEdit->setFocus();
        m_findEdit->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    QAction* search = edit->addAction(tr("&Search Folder…"), this, &MainWindow::searchFolder);
    search->setShortcut(QKeySequence(tr("Ctrl+Shift+F")));
    QAction* filterEntities = edit->addAction(tr("Filter &Entities"), this, [this] {
        m_entityFilter->setFocus();
        m_entityFilter->selectAll();
    });
    filterEntities->setShortcut(QKeySequence(tr("Ctrl+E")));

    QAction* compare = edit->addAction(tr("&Compare Articles…"), this, &MainWindow::compareSelected);
    compare->setShortcut(QKeySequence(tr("Ctrl+D")));
    compare->setToolTip(tr("Compare the two selected articles side by side"));

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QToolBar* toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("main"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon); // the type buttons are the legend
    toolbar->addAction(open);
    toolbar->addSeparator();
    for (int t = 0; t < kEntityTypeCount; ++t) {
        const auto type = EntityType(t);
        QAction* action = view->addAction(HighlightPalette::typeLabel(type));
        action->setCheckable(true);
        action->setShortcut(QKeySequence(QStringLiteral("Ctrl+%1").arg(t + 1)));
        action->setToolTip(tr("Show or hide %1 highlights").arg(HighlightPalette::typeLabel(type).toLower()));
        connect(action, &QAction::toggled, this, [this, type](bool on) { m_palette->setVisible(type, on); });
        toolbar->addAction(action);
        m_typeActions[t] = action;
    }
    QMenu* colours = view->addMenu(tr("Highlight &Colours"));
    for (int t = 0; t < kEntityTypeCount; ++t) {
        const auto type = EntityType(t);
        colours->addAction(tr("%1…").arg(HighlightPalette::typeLabel(type)), this, [this, type] {
            const QColor chosen = QColorDialog::getColor(m_palette->background(type), this,
                tr("Colour for %1").arg(HighlightPalette::typeLabel(type)));
            if (chosen.isValid())
                m_palette->setBackground(type, chosen);
        });
    }
    colours->addAction(tr("Reset to Defaults"), this, [this] {
        for (int t = 0; t < kEntityTypeCount; ++t)
            m_palette->setBackground(EntityType(t), QColor());
    });
    view->addSeparator();
    for (QDockWidget* dock : findChildren<QDockWidget*>())
        view->addAction(dock->toggleViewAction());
    updateTypeActions();

    QMenu* go = menuBar()->addMenu(tr("&Go"));
    m_nextMention = go->addAction(tr("&Next Mention"), this, [this] { goToHit(m_currentHit + 1); });
    m_nextMention->setShortcut(QKeySequence::FindNext);
    m_previousMention = go->addAction(tr("&Previous Mention"), this, [this] { goToHit(m_currentHit - 1); });
    m_previousMention->setShortcut(QKeySequence::FindPrevious);
    toolbar->addSeparator();
    toolbar->addAction(m_previousMention);
    toolbar->addAction(m_nextMention);
    toolbar->addSeparator();
    toolbar->addAction(compare);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Crossread"), this, [this] {
        QMessageBox::about(this, tr("About Crossread"),
            tr("<h3>Crossread %1</h3><p>Read many news articles about one story: every person, place and "
               "organization highlighted, and every mention of each across the folder one click away.</p>")
                .arg(QStringLiteral(CROSSREAD_VERSION)));
    });
}

void MainWindow::updateTypeActions()
{
    for (int t = 0; t < kEntityTypeCount; ++t) {
        const auto type = EntityType(t);
        QAction* action = m_typeActions[t];
        if (!action)
            continue;
        const QSignalBlocker block(action);
        action->setChecked(m_palette->isVisible(type));
        action->setIcon(swatch(m_palette->background(type)));
    }
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    resize(1280, 820);
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    updateRecentMenu();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    m_session->cancel();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    const auto urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.front().isLocalFile() && QFileInfo(urls.front().toLocalFile()).isDir())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    openFolder(event->mimeData()->urls().front().toLocalFile());
    event->acceptProposedAction();
}

void MainWindow::chooseFolder()
{
    const QString folder
        = QFileDialog::getExistingDirectory(this, tr("Open a Folder of Articles"), m_session->folder());
    if (!folder.isEmpty())
        openFolder(folder);
}

bool MainWindow::openFolder(const QString& folder)
{
    QString error;
    m_undoStack->clear();
    m_articleView->clearArticle();
    unspanHeadings();
    m_mentionModel->clear();
    m_shownEntityName.clear();
    m_currentHit = -1;
    if (!m_session->open(folder, &error)) {
        QMessageBox::warning(this, tr("Cannot Open Folder"), error);
        return false;
    }
    setWindowTitle(tr("%1 — Crossread").arg(QFileInfo(m_session->folder()).fileName()));
    addRecentFolder(m_session->folder());
    updateStatus();
    return true;
}

void MainWindow::addRecentFolder(const QString& folder)
{
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recentFolders")).toStringList();
    recent.removeAll(folder);
    recent.prepend(folder);
    while (recent.size() > kMaxRecentFolders)
        recent.removeLast();
    settings.setValue(QStringLiteral("recentFolders"), recent);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("recentFolders")).toStringList();
    for (const QString& folder : recent)
        m_recentMenu->addAction(folder, this, [this, folder] { openFolder(folder); });
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::updateStatus()
{
    const auto& entries = m_session->entries();
    int read = 0, problems = 0;
    for (const ArticleEntry& e : entries) {
        read += e.words > 0 ? 1 : 0;
        problems += (!e.problem.isEmpty() && e.words == 0) ? 1 : 0;
    }
    const bool busy = m_session->isBusy();
    m_progress->setVisible(busy);
    m_cancelButton->setVisible(busy);
    if (m_session->folder().isEmpty()) {
        m_statusLabel->setText(tr("Open a folder of articles (Ctrl+O), or drop one here."));
        return;
    }
    QString text = tr("%n articles", nullptr, read);
    if (const auto index = m_session->index())
        text += tr(", %n entities", nullptr, int(index->entities().size()));
    if (problems > 0)
        text += tr(", %n unreadable (see the article list)", nullptr, problems);
    if (busy)
        text += tr(" — analysing…");
    m_statusLabel->setText(text);
}

void MainWindow::onIndexChanged()
{
    const auto index = m_session->index();
    m_entityModel->setIndex(index);
    m_entityProxy->setIndex(index);
    updateEntityScope();
    if (!m_articleView->path().isEmpty())
        openArticle(m_articleView->path()); // the view keeps its place and selection
    // Entity numbers change with every relink: find the shown one again by its name.
    if (!m_shownEntityName.isEmpty() && index) {
        const std::int32_t e = index->resolve(m_shownEntityName);
        if (e >= 0) {
            showEntity(e);
        } else {
            unspanHeadings();
            m_mentionModel->clear();
        }
    } else if (!index) {
        unspanHeadings();
        m_mentionModel->clear();
    }
    updateStatus();
}

bool MainWindow::openArticle(const QString& givenPath, std::optional<TextSpan> select)
{
    const QString path = canonicalPath(givenPath);
    const AnalysedArticle* article = m_session->article(path);
    if (!article)
        return false;
    const auto index = m_session->index();
    const std::int32_t articleIndex = index ? index->articleIndexOf(path) : -1;
    if (m_articleView->path() != path || !select || m_articleView->articleIndex() != articleIndex)
        m_articleView->showArticle(*article, articleIndex >= 0 ? index : nullptr, articleIndex);
    QString header = QStringLiteral("<b>%1</b><br><small>%2</small>")
                         .arg(article->article.title.toHtmlEscaped(), path.toHtmlEscaped());
    if (!article->article.warnings.isEmpty())
        header += QStringLiteral("<br><small>⚠ %1</small>")
                      .arg(article->article.warnings.join(u' ').toHtmlEscaped());
    m_articleHeader->setText(header);
    if (select)
        m_articleView->selectSpan(*select);
    // Keep the article list in step without re-entering here.
    const int row = m_articleModel->rowOfPath(path);
    if (row >= 0) {
        const QModelIndex proxyIndex = m_articleProxy->mapFromSource(m_articleModel->index(row, 0));
        if (proxyIndex.isValid() && m_articleTable->currentIndex().row() != proxyIndex.row()) {
            const QSignalBlocker block(m_articleTable->selectionModel());
            m_articleTable->setCurrentIndex(proxyIndex);
            m_articleTable->viewport()->update();
        }
    }
    if (m_entityScope->currentIndex() == 1)
        updateEntityScope();
    return true;
}

void MainWindow::updateEntityScope()
{
    const auto index = m_session->index();
    if (m_entityScope->currentIndex() == 0 || !index) {
        m_entityProxy->setScope(std::nullopt);
        return;
    }
    const std::int32_t a = index->articleIndexOf(m_articleView->path());
    const auto entities = index->entitiesOfArticle(a);
    m_entityProxy->setScope(std::vector<std::int32_t>(entities.begin(), entities.end()));
}

bool MainWindow::showEntityNamed(const QString& name)
{
    const auto index = m_session->index();
    const std::int32_t e = index ? index->resolve(name) : -1;
    if (e < 0)
        return false;
    showEntity(e);
    return true;
}

void MainWindow::showEntity(std::int32_t entity)
{
    const auto index = m_session->index();
    if (!index || entity < 0 || size_t(entity) >= index->entities().size())
        return;
    m_shownEntityName = index->entity(entity).key;
    unspanHeadings();
    m_mentionModel->showEntity(index, entity);
    spanHeadings();
    m_currentHit = -1;
    updateMentionHeader();
    const QModelIndex row = m_entityProxy->mapFromSource(m_entityModel->indexOfEntity(entity));
    if (row.isValid()) {
        const QSignalBlocker block(m_entityTable->selectionModel());
        m_entityTable->setCurrentIndex(row);
        m_entityTable->scrollTo(row);
    }
}

void MainWindow::spanHeadings()
{
    // Article headings read across the row. Each span is a persistent index in the view, which
    // Qt 6.4 releases in quadratic time once a reset has invalidated it: spans only for lists of
    // a reasonable number of articles, and always released before the model changes.
    constexpr int kMaxSpannedHeadings = 2000;
    if (m_mentionModel->articleCount() > kMaxSpannedHeadings)
        return;
    for (int row = 0; row < m_mentionModel->rowCount(); ++row)
        if (m_mentionModel->isHeading(row)) {
            m_mentionTree->setFirstColumnSpanned(row, {}, true);
            m_spannedHeadings.append(row);
        }
}

void MainWindow::unspanHeadings()
{
    for (int row : std::as_const(m_spannedHeadings))
        m_mentionTree->setFirstColumnSpanned(row, {}, false);
    m_spannedHeadings.clear();
}

void MainWindow::updateMentionHeader()
{
    const auto index = m_session->index();
    const std::int32_t e = m_mentionModel->entity();
    if (!index || e < 0)
        return;
    const Entity& entity = index->entity(e);
    QStringList aliases;
    for (const EntityAlias& a : entity.aliases)
        aliases << QStringLiteral("%1 ×%2").arg(a.text.toHtmlEscaped()).arg(a.mentionCount);
    const QColor colour = m_palette->background(entity.type);
    m_mentionHeader->setText(
        tr("<span style=\"background:%1\">&nbsp;<b>%2</b>&nbsp;</span> %3 — %4 mentions in %5 "
           "articles. Aliases: %6. F3 / Shift+F3 walk them.")
            .arg(colour.name(), entity.name.toHtmlEscaped(), HighlightPalette::typeLabel(entity.type))
            .arg(entity.mentionCount)
            .arg(entity.articleCount)
            .arg(aliases.join(QStringLiteral(", "))));
}

void MainWindow::onMentionActivated(const QModelIndex& index)
{
    if (!index.isValid())
        return;
    goToHit(index.data(MentionListModel::HitRole).toInt());
}

void MainWindow::goToHit(int hit)
{
    const auto& hits = m_mentionModel->hits();
    const auto index = m_session->index();
    if (hits.empty() || !index)
        return;
    hit = (hit + int(hits.size())) % int(hits.size()); // walking wraps around the folder
    m_currentHit = hit;
    const KwicHit& h = hits[size_t(hit)];
    openArticle(index->articles()[size_t(h.article)].article.path, h.span);
    const QModelIndex row = m_mentionModel->indexOfHit(hit);
    const QSignalBlocker block(m_mentionTree->selectionModel());
    m_mentionTree->setCurrentIndex(row);
    m_mentionTree->scrollTo(row);
    statusBar()->showMessage(tr("Mention %1 of %2").arg(hit + 1).arg(hits.size()), 3000);
}

CompareWindow* MainWindow::compareArticles(const QString& leftPath, const QString& rightPath)
{
    const auto index = m_session->index();
    if (!index)
        return nullptr;
    const std::int32_t left = index->articleIndexOf(canonicalPath(leftPath));
    const std::int32_t right = index->articleIndexOf(canonicalPath(rightPath));
    if (left < 0 || right < 0)
        return nullptr;
    auto* window = new CompareWindow(index, left, right, m_palette, this);
    window->show();
    return window;
}

void MainWindow::compareSelected()
{
    QStringList paths;
    for (const QModelIndex& row : m_articleTable->selectionModel()->selectedRows())
        paths << row.data(ArticleListModel::PathRole).toString();
    if (paths.size() == 2) {
        compareArticles(paths[0], paths[1]);
        return;
    }
    // One article open: choose the other.
    const QString current = m_articleView->path();
    QStringList titles, others;
    for (const ArticleEntry& e : m_session->entries())
        if (e.path != current && e.problem.isEmpty()) {
            titles << e.title;
            others << e.path;
        }
    if (current.isEmpty() || others.isEmpty()) {
        statusBar()->showMessage(tr("Select two articles in the list to compare them."), 4000);
        return;
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        this, tr("Compare Articles"), tr("Compare the open article with:"), titles, 0, false, &ok);
    if (ok)
        compareArticles(current, others[titles.indexOf(chosen)]);
}

void MainWindow::showArticleMenu(const QPoint& pos)
{
    const QModelIndex row = m_articleTable->indexAt(pos);
    if (!row.isValid())
        return;
    const QString path = row.data(ArticleListModel::PathRole).toString();
    QMenu menu(this);
    menu.addAction(tr("Open"), this, [this, path] { openArticle(path); });
    QMenu* with = menu.addMenu(tr("Compare With"));
    for (const ArticleEntry& e : m_session->entries())
        if (e.path != path && e.problem.isEmpty())
            with->addAction(e.title, this, [this, path, other = e.path] { compareArticles(path, other); });
    with->setEnabled(m_session->index() != nullptr && !with->isEmpty());
    menu.exec(m_articleTable->viewport()->mapToGlobal(pos));
}

void MainWindow::applyCorrection(const Correction& correction)
{
    auto* command = new CorrectionCommand(m_session, correction);
    m_undoStack->push(command);
    if (command->failed()) {
        QMessageBox::warning(this, tr("Correction Not Saved"), command->error());
        m_undoStack->undo();
    }
}

void MainWindow::showMentionMenu(int mention, const QPoint& globalPos)
{
    const auto index = m_session->index();
    const std::int32_t e = m_articleView->entityOfMention(mention);
    if (!index || e < 0)
        return;
    const Entity& entity = index->entity(e);
    const Mention m = m_articleView->mentions()[mention];
    QMenu menu(this);
    menu.addAction(tr("Show All Mentions of “%1”").arg(entity.name), this, [this, e] { showEntity(e); });
    menu.addSeparator();
    menu.addAction(tr("Rename “%1”…").arg(entity.name), this, [this, name = entity.name] {
        bool ok = false;
        const QString renamed
            = QInputDialog::getText(this, tr("Rename Entity"), tr("Name:"), QLineEdit::Normal, name, &ok);
        if (ok && !renamed.trimmed().isEmpty() && renamed != name)
            applyCorrection({ .kind = Correction::Kind::Rename, .entity = name, .name = renamed.trimmed() });
    });
    QMenu* type = menu.addMenu(tr("Change Type"));
    for (int t = 0; t < kEntityTypeCount; ++t) {
        QAction* action = type->addAction(swatch(m_palette->background(EntityType(t))),
            HighlightPalette::typeLabel(EntityType(t)), this, [this, name = entity.name, t] {
                applyCorrection({ .kind = Correction::Kind::SetType, .entity = name, .type = EntityType(t) });
            });
        action->setEnabled(EntityType(t) != entity.type);
    }
    menu.addAction(tr("Merge With…"), this, [this, name = entity.name, e] {
        const auto index = m_session->index();
        QStringList names;
        for (const std::int32_t other : index->sortedEntities(EntityOrder::Name))
            if (other != e)
                names << index->entity(other).name;
        bool ok = false;
        const QString other = QInputDialog::getItem(
            this, tr("Merge Entities"), tr("Merge into “%1”:").arg(name), names, 0, true, &ok);
        if (ok && !other.isEmpty())
            applyCorrection({ .kind = Correction::Kind::Merge, .entity = name, .other = other });
    });
    QAction* split = menu.addAction(tr("Split “%1” Off Into Its Own Entity").arg(m.text), this,
        [this, name = entity.name, text = m.text] {
            applyCorrection({ .kind = Correction::Kind::SplitAlias, .entity = name, .other = text });
        });
    split->setEnabled(entity.aliases.size() > 1);
    menu.addSeparator();
    menu.addAction(tr("Not an Entity Here"), this, [this, m] {
        applyCorrection({ .kind = Correction::Kind::RejectMention,
            .text = m.text,
            .article = QDir(m_session->folder()).relativeFilePath(m_articleView->path()),
            .begin = m.span.begin,
            .end = m.span.end });
    });
    menu.addAction(tr("“%1” Is Never an Entity").arg(m.text), this, [this, text = m.text] {
        applyCorrection({ .kind = Correction::Kind::RejectSurface, .text = text });
    });
    menu.exec(globalPos);
}

void MainWindow::showSelectionMenu(TextSpan selection, const QPoint& globalPos)
{
    const QString text = m_articleView->toPlainText().mid(selection.begin, selection.length()).trimmed();
    QMenu menu(this);
    QMenu* mark = menu.addMenu(tr("Mark “%1” as Entity (All Occurrences)").arg(text));
    mark->setEnabled(!text.isEmpty() && !text.contains(u'\n') && text.size() <= 120);
    for (int t = 0; t < kEntityTypeCount; ++t)
        mark->addAction(swatch(m_palette->background(EntityType(t))),
            HighlightPalette::typeLabel(EntityType(t)), this, [this, text, t] {
                applyCorrection(
                    { .kind = Correction::Kind::MarkEntity, .text = text, .type = EntityType(t) });
            });
    menu.addSeparator();
    menu.addAction(tr("Copy"), m_articleView, &QTextBrowser::copy);
    menu.exec(globalPos);
}

void MainWindow::findInArticle(bool backwards)
{
    const QString needle = m_findEdit->text();
    if (needle.isEmpty())
        return;
    QTextDocument::FindFlags flags;
    if (backwards)
        flags |= QTextDocument::FindBackward;
    if (!m_articleView->find(needle, flags)) {
        // Wrap around once, as readers expect.
        QTextCursor cursor = m_articleView->textCursor();
        cursor.movePosition(backwards ? QTextCursor::End : QTextCursor::Start);
        m_articleView->setTextCursor(cursor);
        if (!m_articleView->find(needle, flags))
            statusBar()->showMessage(tr("“%1” is not in this article").arg(needle), 3000);
    }
}

void MainWindow::searchFolder()
{
    const auto index = m_session->index();
    if (!index)
        return;
    bool ok = false;
    const QString needle = QInputDialog::getText(this, tr("Search Folder"), tr("Find in every article:"),
        QLineEdit::Normal, m_articleView->textCursor().selectedText(), &ok);
    if (!ok || needle.trimmed().isEmpty())
        return;
    std::vector<KwicHit> hits;
    for (size_t a = 0; a < index->articles().size(); ++a) {
        const QString& text = index->articles()[a].article.text;
        for (qsizetype at = text.indexOf(needle, 0, Qt::CaseInsensitive); at >= 0;
             at = text.indexOf(needle, at + needle.size(), Qt::CaseInsensitive))
            hits.push_back({ std::int32_t(a), { at, at + needle.size() } });
    }
    const int count = int(hits.size());
    unspanHeadings();
    m_mentionModel->showHits(index, std::move(hits));
    spanHeadings();
    m_shownEntityName.clear();
    m_currentHit = -1;
    m_mentionHeader->setText(
        tr("Search “%1”: %n hits in %2 articles. F3 / Shift+F3 walk them.", nullptr, count)
            .arg(needle.toHtmlEscaped())
            .arg(m_mentionModel->articleCount()));
}

} // namespace crossread::ui
