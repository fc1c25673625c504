#include "ui/models/entitylistmodel.h"

#include "core/link/namekey.h"
#include "ui/views/highlightpalette.h"

namespace crossread::ui {

using namespace crossread::core;

EntityListModel::EntityListModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void EntityListModel::setIndex(std::shared_ptr<const CorpusIndex> index)
{
    beginResetModel();
    m_index = std::move(index);
    applyOrder();
    endResetModel();
}

void EntityListModel::applyOrder()
{
    m_order = nullptr;
    m_rowOfEntity.clear();
    if (!m_index)
        return;
    const EntityOrder order = m_sortColumn == Name ? EntityOrder::Name
        : m_sortColumn == Type                     ? EntityOrder::Type
        : m_sortColumn == Articles                 ? EntityOrder::Articles
                                                   : EntityOrder::Mentions;
    m_order = &m_index->sortedEntities(order);
    // The index's orders put the best first: most mentions, A before Z.
    const bool numeric = m_sortColumn == Mentions || m_sortColumn == Articles;
    m_reversed = numeric ? m_sortOrder == Qt::AscendingOrder : m_sortOrder == Qt::DescendingOrder;
    m_rowOfEntity.resize(m_order->size());
    for (size_t row = 0; row < m_order->size(); ++row)
        m_rowOfEntity[size_t(entityAt(int(row)))] = std::int32_t(row);
}

void EntityListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<std::int32_t> entities;
    for (const QModelIndex& i : before)
        entities.push_back(entityAt(i.row()));
    m_sortColumn = column;
    m_sortOrder = order;
    applyOrder();
    QModelIndexList after;
    for (qsizetype i = 0; i < before.size(); ++i)
        after << index(m_rowOfEntity[size_t(entities[size_t(i)])], before[i].column());
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

std::int32_t EntityListModel::entityAt(int row) const
{
    const auto& order = *m_order;
    return m_reversed ? order[order.size() - 1 - size_t(row)] : order[size_t(row)];
}

int EntityListModel::rowCount(const QModelIndex& parent) const
{
    return (parent.isValid() || !m_index) ? 0 : int(m_index->entities().size());
}

int EntityListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EntityListModel::data(const QModelIndex& index, int role) const
{
    if (!m_index || !index.isValid())
        return {};
    const std::int32_t entity = entityAt(index.row());
    const Entity& e = m_index->entity(entity);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return e.name;
        case Type:
            return HighlightPalette::typeLabel(e.type);
        case Mentions:
            return e.mentionCount;
        case Articles:
            return e.articleCount;
        }
        break;
    case Qt::ToolTipRole: {
        QStringList aliases;
        for (const EntityAlias& a : e.aliases)
            aliases << QStringLiteral("%1 (%2)").arg(a.text).arg(a.mentionCount);
        return tr("%1 — %2\nAliases: %3")
            .arg(e.name, HighlightPalette::typeLabel(e.type), aliases.join(u", "));
    }
    case Qt::TextAlignmentRole:
        if (index.column() == Mentions || index.column() == Articles)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case EntityRole:
        return entity;
    }
    return {};
}

QVariant EntityListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Entity");
    case Type:
        return tr("Type");
    case Mentions:
        return tr("Mentions");
    case Articles:
        return tr("Articles");
    }
    return {};
}

QModelIndex EntityListModel::indexOfEntity(std::int32_t entity) const
{
    if (!m_index || entity < 0 || size_t(entity) >= m_rowOfEntity.size())
        return {};
    return index(m_rowOfEntity[size_t(entity)], 0);
}

EntityFilterProxy::EntityFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(false);
}

void EntityFilterProxy::sort(int column, Qt::SortOrder order)
{
    sourceModel()->sort(column, order);
}

void EntityFilterProxy::setFilterText(const QString& text)
{
    m_text = text;
    updateMatches();
    invalidateFilter();
}

void EntityFilterProxy::setIndex(std::shared_ptr<const CorpusIndex> index)
{
    m_index = std::move(index);
    updateMatches();
    invalidateFilter();
}

void EntityFilterProxy::updateMatches()
{
    if (nameKey(m_text).isEmpty() || !m_index)
        m_matches.reset();
    else
        m_matches = m_index->matching(m_text);
}

void EntityFilterProxy::setScope(std::optional<std::vector<std::int32_t>> entities)
{
    m_inScope.reset();
    if (entities) {
        std::int32_t largest = -1;
        for (std::int32_t e : *entities)
            largest = std::max(largest, e);
        m_inScope = std::vector<bool>(size_t(largest + 1), false);
        for (std::int32_t e : *entities)
            (*m_inScope)[size_t(e)] = true;
    }
    invalidateFilter();
}

bool EntityFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const auto entity = size_t(static_cast<const EntityListModel*>(sourceModel())->entityAt(sourceRow));
    if (m_inScope && (entity >= m_inScope->size() || !(*m_inScope)[entity]))
        return false;
    Q_UNUSED(sourceParent);
    // A word of the name or of any alias starts with what was typed: "vuc" finds "Aleksandar Vučić".
    return !m_matches || (entity < m_matches->size() && (*m_matches)[entity]);
}

} // namespace crossread::ui
