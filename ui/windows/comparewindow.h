#pragma once

// Two articles side by side with the reader's highlighting: aligned passages underlined in both
// panes (selecting one scrolls the other to its partner), passages with no partner tinted as
// unique, an entity summary (both / left only / right only) whose entries step through their
// mentions in both panes, the overall similarity, and an HTML report export.
// The comparison itself is the core's (core/compare); this window only shows it.

#include "core/compare/comparison.h"

#include <QWidget>

#include <memory>

class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace crossread::ui {

class ArticleView;
class CompareEntityModel;
class HighlightPalette;

class CompareWindow : public QWidget
{
    Q_OBJECT

public:
    CompareWindow(std::shared_ptr<const core::CorpusIndex> index, std::int32_t left, std::int32_t right,
        HighlightPalette* palette, QWidget* parent = nullptr);

    [[nodiscard]] const core::ArticleComparison& comparison() const { return m_comparison; }
    [[nodiscard]] ArticleView* leftView() const { return m_views[0]; }
    [[nodiscard]] ArticleView* rightView() const { return m_views[1]; }
    [[nodiscard]] QTableView* entityTable() const { return m_entityTable; }
    [[nodiscard]] QLabel* summaryLabel() const { return m_summary; }

    // Marks passage `passage` of one side and its partner, and scrolls the other side to it.
    void selectPassage(bool left, std::int32_t passage);
    // Highlights the entity's mentions in both panes and moves to its next mention on each side.
    void stepThroughEntity(std::int32_t entity);
    bool exportReport(const QString& path, QString* error = nullptr) const;

private:
    void markPassages();
    void onCursorMoved(bool left);
    void updateExtraSelections();

    std::shared_ptr<const core::CorpusIndex> m_index;
    core::ArticleComparison m_comparison;
    HighlightPalette* m_palette;
    ArticleView* m_views[2] = {};
    QLabel* m_titles[2] = {};
    QLabel* m_summary = nullptr;
    QLabel* m_passageInfo = nullptr;
    QTableView* m_entityTable = nullptr;
    CompareEntityModel* m_entityModel = nullptr;
    QSortFilterProxyModel* m_entityProxy = nullptr;
    std::int32_t m_selectedPassage[2] = { -1, -1 };
    std::int32_t m_steppedEntity = -1;
    int m_entityStep = -1;
    bool m_syncing = false;
};

} // namespace crossread::ui
