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
    m_searchKeys.clear();
    if (m_index) {
        m_searchKeys.reserve(m_index->entities().size());
        for (const Entity& e : m_index->entities()) {
            QString keys = u' ' + nameKey(e.name);
            for (const EntityAlias& alias : e.aliases)
                keys += u" | " + nameKey(alias.text);
            m_searchKeys.push_back(keys.replace(u'|', u' '));
        }
    }
    endResetModel();
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
    const Entity& e = m_index->entity(index.row());
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
    case SortRole:
        switch (index.column()) {
        case Name:
            return nameKey(e.name);
        case Type:
            return int(e.type);
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
        return index.row();
    case TypeRole:
        return int(e.type);
    case SearchKeysRole:
        return m_searchKeys[size_t(index.row())];
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
    return (m_index && entity >= 0 && size_t(entity) < m_index->entities().size()) ? index(entity, 0)
                                                                                   : QModelIndex();
}

EntityFilterProxy::EntityFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(EntityListModel::SortRole);
    setDynamicSortFilter(true);
}

void EntityFilterProxy::setFilterText(const QString& text)
{
    m_key = nameKey(text);
    invalidateFilter();
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
    if (m_inScope && (size_t(sourceRow) >= m_inScope->size() || !(*m_inScope)[size_t(sourceRow)]))
        return false;
    if (m_key.isEmpty())
        return true;
    // A word of the name or of any alias starts with what was typed: "vuc" finds "Aleksandar Vučić".
    const QString keys
        = sourceModel()->index(sourceRow, 0, sourceParent).data(EntityListModel::SearchKeysRole).toString();
    return keys.contains(u' ' + m_key);
}

} // namespace crossread::ui
