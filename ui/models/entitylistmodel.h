#pragma once

// Every entity of the folder as a table (name, type, mentions, articles) over one CorpusIndex
// snapshot, and the proxy that filters it by a typed prefix (case and accents folded, any alias)
// and by scope (the whole folder or the entities of one article).

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
    enum Role { EntityRole = Qt::UserRole + 1, SortRole, SearchKeysRole, TypeRole };

    explicit EntityListModel(QObject* parent = nullptr);

    void setIndex(std::shared_ptr<const core::CorpusIndex> index);
    [[nodiscard]] const core::CorpusIndex* corpus() const { return m_index.get(); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // Row of an entity (rows are entity indices).
    [[nodiscard]] QModelIndex indexOfEntity(std::int32_t entity) const;

private:
    std::shared_ptr<const core::CorpusIndex> m_index;
    std::vector<QString> m_searchKeys; // " name key | alias keys", folded once per snapshot
};

class EntityFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit EntityFilterProxy(QObject* parent = nullptr);

    void setFilterText(const QString& text);
    // Only these entities (one article's); std::nullopt for the whole folder.
    void setScope(std::optional<std::vector<std::int32_t>> entities);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_key;
    std::optional<std::vector<bool>> m_inScope;
};

} // namespace crossread::ui
