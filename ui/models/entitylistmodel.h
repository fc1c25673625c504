#pragma once

// Every entity of the folder as a table (name, type, mentions, articles) over one CorpusIndex
// snapshot, and the proxy that filters it by a typed prefix (case and accents folded, any alias)
// and by scope (the whole folder or the entities of one article).
// Sorting uses the orders the index computed off the GUI thread: the model sorts itself in
// linear time, and the proxy forwards sort requests to it instead of comparing QVariants.

#include "core/corpus/corpusindex.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

#include <memory>
#include <vector>

namespace crossread::ui {

class EntityListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Type, Mentions, Articles, ColumnCount };
    enum Role { EntityRole = Qt::UserRole + 1 };

    explicit EntityListModel(QObject* parent = nullptr);

    void setIndex(std::shared_ptr<const core::CorpusIndex> index);
    [[nodiscard]] const core::CorpusIndex* corpus() const { return m_index.get(); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void sort(int column, Qt::SortOrder order) override;

    [[nodiscard]] std::int32_t entityAt(int row) const;
    [[nodiscard]] QModelIndex indexOfEntity(std::int32_t entity) const;

private:
    void applyOrder();

    std::shared_ptr<const core::CorpusIndex> m_index;
    int m_sortColumn = Mentions;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    const std::vector<std::int32_t>* m_order = nullptr; // best first, from the index
    bool m_reversed = false;
    std::vector<std::int32_t> m_rowOfEntity;
};

class EntityFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit EntityFilterProxy(QObject* parent = nullptr);

    // Accepts entities with a name or alias word starting with `text` (case and accents folded),
    // answered by the index's sorted keys rather than by looking at every row's names.
    void setFilterText(const QString& text);
    void setIndex(std::shared_ptr<const core::CorpusIndex> index);
    // Only these entities (one article's); std::nullopt for the whole folder.
    void setScope(std::optional<std::vector<std::int32_t>> entities);
    void sort(int column, Qt::SortOrder order) override; // the source model sorts

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    void updateMatches();

    std::shared_ptr<const core::CorpusIndex> m_index;
    QString m_text;
    std::optional<std::vector<bool>> m_matches;
    std::optional<std::vector<bool>> m_inScope;
};

} // namespace crossread::ui
