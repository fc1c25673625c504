#include "ui/windows/comparewindow.h"

#include "ui/models/compareentitymodel.h"
#include "ui/views/articleview.h"
#include "ui/views/highlightpalette.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace crossread::ui {

using namespace crossread::core;

namespace {

QString titleOf(const Article& a)
{
    return a.title.isEmpty() ? QFileInfo(a.path).fileName() : a.title;
}

// Neither tint may be mistaken for a type's highlight (orange, green, blue): rose and violet.
QColor uniqueTint()
{
    return HighlightPalette::isDark() ? QColor(0x4e, 0x2a, 0x36) : QColor(0xfc, 0xe4, 0xec);
}

QColor pairTint()
{
    return HighlightPalette::isDark() ? QColor(0x3b, 0x2f, 0x5a) : QColor(0xe4, 0xdc, 0xf7);
}

} // namespace

CompareWindow::CompareWindow(std::shared_ptr<const CorpusIndex> index, std::int32_t left, std::int32_t right,
    HighlightPalette* palette, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_index(std::move(index))
    , m_comparison(compareArticles(*m_index, left, right))
    , m_palette(palette)
{
    setAttribute(Qt::WA_DeleteOnClose);
    const Article& leftArticle = m_index->articles()[size_t(left)].article;
    const Article& rightArticle = m_index->articles()[size_t(right)].article;
    setWindowTitle(tr("Compare: %1 — %2").arg(titleOf(leftArticle), titleOf(rightArticle)));

    m_summary = new QLabel;
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setText(tr("<b>%1%</b> of the left text and <b>%2%</b> of the right are aligned "
                          "(%3 passage pairs); <b>%4%</b> of their entities are shared. "
                          "<span style=\"background:%5\">&nbsp;Tinted&nbsp;</span> passages have no partner; "
                          "underlined ones do: click one to see its partner.")
                           .arg(qRound(m_comparison.alignedShareLeft * 100))
                           .arg(qRound(m_comparison.alignedShareRight * 100))
                           .arg(m_comparison.aligned.size())
                           .arg(qRound(m_comparison.entityOverlap * 100))
                           .arg(uniqueTint().name()));
    m_summary->setWordWrap(true);
    auto* exportButton = new QPushButton(tr("Export Report…"));
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export Comparison"), QStringLiteral("comparison.html"), tr("HTML report (*.html)"));
        QString error;
        if (!path.isEmpty() && !exportReport(path, &error))
            QMessageBox::warning(this, tr("Export Failed"), error);
    });
    auto* exportAction = new QAction(this);
    exportAction->setShortcut(QKeySequence::Save);
    connect(exportAction, &QAction::triggered, exportButton, &QPushButton::click);
    addAction(exportAction);
    auto* closeAction = new QAction(this);
    closeAction->setShortcut(QKeySequence::Close);
    connect(closeAction, &QAction::triggered, this, &QWidget::close);
    addAction(closeAction);

    auto* panes = new QSplitter(Qt::Horizontal);
    for (int side = 0; side < 2; ++side) {
        const std::int32_t article = side == 0 ? left : right;
        auto* pane = new QWidget;
        auto* layout = new QVBoxLayout(pane);
        layout->setContentsMargins(0, 0, 0, 0);
        m_titles[side]
            = new QLabel(QStringLiteral("<b>%1</b>")
                             .arg(titleOf(m_index->articles()[size_t(article)].article).toHtmlEscaped()));
        m_titles[side]->setWordWrap(true);
        m_views[side] = new ArticleView(m_palette);
        m_views[side]->setAccessibleName(side == 0 ? tr("Left article") : tr("Right article"));
        m_views[side]->showArticle(m_index->articles()[size_t(article)], m_index, article);
        connect(m_views[side], &QTextEdit::cursorPositionChanged, this,
            [this, side] { onCursorMoved(side == 0); });
        connect(m_views[side], &ArticleView::entityActivated, this, &CompareWindow::stepThroughEntity);
        layout->addWidget(m_titles[side]);
        layout->addWidget(m_views[side]);
        panes->addWidget(pane);
    }

    m_entityModel = new CompareEntityModel(this);
    m_entityModel->setComparison(m_index, m_comparison);
    m_entityProxy = new QSortFilterProxyModel(this);
    m_entityProxy->setSourceModel(m_entityModel);
    m_entityProxy->setSortRole(CompareEntityModel::SortRole);
    m_entityTable = new QTableView;
    m_entityTable->setModel(m_entityProxy);
    m_entityTable->setSortingEnabled(true);
    m_entityTable->sortByColumn(CompareEntityModel::Where, Qt::AscendingOrder);
    m_entityTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_entityTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_entityTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_entityTable->verticalHeader()->hide();
    m_entityTable->verticalHeader()->setDefaultSectionSize(m_entityTable->fontMetrics().height() + 8);
    m_entityTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_entityTable->horizontalHeader()->setSectionResizeMode(CompareEntityModel::Name, QHeaderView::Stretch);
    m_entityTable->setAlternatingRowColors(true);
    m_entityTable->setShowGrid(false);
    m_entityTable->setAccessibleName(tr("Entities of both articles"));
    connect(m_entityTable, &QTableView::activated, this,
        [this](const QModelIndex& i) { stepThroughEntity(i.data(CompareEntityModel::EntityRole).toInt()); });
    connect(m_entityTable, &QTableView::clicked, this,
        [this](const QModelIndex& i) { stepThroughEntity(i.data(CompareEntityModel::EntityRole).toInt()); });
    m_passageInfo = new QLabel;
    m_passageInfo->setWordWrap(true);
    auto* side = new QWidget;
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(new QLabel(tr("Entities (click to step through both articles)")));
    sideLayout->addWidget(m_entityTable, 1);
    sideLayout->addWidget(m_passageInfo);
    panes->addWidget(side);
    panes->setStretchFactor(0, 3);
    panes->setStretchFactor(1, 3);
    panes->setStretchFactor(2, 2);

    auto* top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(exportButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(panes, 1);
    resize(1400, 860);
    markPassages();
    connect(m_palette, &HighlightPalette::changed, this, &CompareWindow::markPassages);
}

void CompareWindow::markPassages()
{
    for (int side = 0; side < 2; ++side) {
        const auto& passages = side == 0 ? m_comparison.leftPassages : m_comparison.rightPassages;
        const auto& partners = side == 0 ? m_comparison.partnerOfLeft : m_comparison.partnerOfRight;
        QList<QPair<TextSpan, QTextCharFormat>> underlay;
        for (size_t p = 0; p < passages.size(); ++p) {
            QTextCharFormat format;
            if (partners[p] >= 0) {
                format.setUnderlineStyle(QTextCharFormat::DotLine);
                format.setUnderlineColor(QColor(0x3a, 0x6e, 0xc8));
            } else {
                format.setBackground(uniqueTint());
            }
            underlay.append({ passages[p], format });
        }
        m_views[side]->setUnderlay(underlay);
    }
}

void CompareWindow::onCursorMoved(bool left)
{
    if (m_syncing)
        return;
    const std::int32_t passage = m_comparison.passageAt(left, m_views[left ? 0 : 1]->textCursor().position());
    if (passage >= 0)
        selectPassage(left, passage);
}

void CompareWindow::selectPassage(bool left, std::int32_t passage)
{
    const int side = left ? 0 : 1;
    const auto& partners = left ? m_comparison.partnerOfLeft : m_comparison.partnerOfRight;
    if (passage < 0 || size_t(passage) >= partners.size())
        return;
    m_selectedPassage[side] = passage;
    const std::int32_t partner = partners[size_t(passage)];
    m_selectedPassage[1 - side] = partner;
    if (partner >= 0) {
        const auto& otherPassages = left ? m_comparison.rightPassages : m_comparison.leftPassages;
        m_syncing = true;
        m_views[1 - side]->centreOn(otherPassages[size_t(partner)]);
        m_syncing = false;
        double similarity = 0;
        for (const AlignedPassage& p : m_comparison.aligned)
            if ((left ? p.left : p.right) == passage && (left ? p.right : p.left) == partner)
                similarity = p.similarity;
        m_passageInfo->setText(tr("Passage %1 aligned with passage %2 of the other article (similarity %3).")
                                   .arg(passage + 1)
                                   .arg(partner + 1)
                                   .arg(similarity, 0, 'f', 2));
    } else {
        m_passageInfo->setText(tr("This passage has no partner in the other article."));
    }
    updateExtraSelections();
}

void CompareWindow::stepThroughEntity(std::int32_t entity)
{
    m_entityStep = entity == m_steppedEntity ? m_entityStep + 1 : 0;
    m_steppedEntity = entity;
    for (int side = 0; side < 2; ++side) {
        const std::int32_t article = side == 0 ? m_comparison.leftArticle : m_comparison.rightArticle;
        std::vector<TextSpan> spans;
        const auto& mentions = m_index->articles()[size_t(article)].mentions;
        for (qsizetype m = 0; m < mentions.size(); ++m)
            if (m_index->entityOf({ article, std::int32_t(m) }) == entity)
                spans.push_back(mentions[m].span);
        if (spans.empty())
            continue;
        m_syncing = true;
        m_views[side]->selectSpan(spans[size_t(m_entityStep) % spans.size()]);
        m_syncing = false;
    }
    updateExtraSelections();
}

void CompareWindow::updateExtraSelections()
{
    for (int side = 0; side < 2; ++side) {
        QList<QTextEdit::ExtraSelection> selections;
        const auto& passages = side == 0 ? m_comparison.leftPassages : m_comparison.rightPassages;
        const std::int32_t p = m_selectedPassage[side];
        if (p >= 0) {
            QTextEdit::ExtraSelection pair;
            pair.cursor = QTextCursor(m_views[side]->document());
            pair.cursor.setPosition(int(passages[size_t(p)].begin));
            pair.cursor.setPosition(int(passages[size_t(p)].end), QTextCursor::KeepAnchor);
            pair.format.setBackground(pairTint());
            selections.append(pair);
        }
        if (m_steppedEntity >= 0) {
            const std::int32_t article = side == 0 ? m_comparison.leftArticle : m_comparison.rightArticle;
            const auto& mentions = m_index->articles()[size_t(article)].mentions;
            for (qsizetype m = 0; m < mentions.size(); ++m) {
                if (m_index->entityOf({ article, std::int32_t(m) }) != m_steppedEntity)
                    continue;
                QTextEdit::ExtraSelection mark;
                mark.cursor = QTextCursor(m_views[side]->document());
                mark.cursor.setPosition(int(mentions[m].span.begin));
                mark.cursor.setPosition(int(mentions[m].span.end), QTextCursor::KeepAnchor);
                mark.format.setFontWeight(QFont::Bold);
                mark.format.setBackground(m_palette->background(mentions[m].type).darker(125));
                selections.append(mark);
            }
        }
        m_views[side]->setExtraSelections(selections);
    }
}

bool CompareWindow::exportReport(const QString& path, QString* error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(comparisonReportHtml(*m_index, m_comparison).toUtf8()) < 0 || !file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace crossread::ui
