#include "ui/models/compareentitymodel.h"

#include "ui/views/highlightpalette.h"

#include <QFont>

namespace crossread::ui {

using namespace crossread::core;

namespace {
// 0 both, 1 left only, 2 right only: the order a reader scans the summary in.
int whereOf(const EntityInBoth& e)
{
    return (e.leftMentions && e.rightMentions) ? 0 : e.leftMentions ? 1 : 2;
}
} // namespace

CompareEntityModel::CompareEntityModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void CompareEntityModel::setComparison(
    std::shared_ptr<const CorpusIndex> index, const ArticleComparison& comparison)
{
    beginResetModel();
    m_index = std::move(index);
    m_rows = comparison.entities;
    endResetModel();
}

int CompareEntityModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CompareEntityModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CompareEntityModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !m_index)
        return {};
    const EntityInBoth& row = m_rows[size_t(index.row())];
    const Entity& entity = m_index->entity(row.entity);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return entity.name;
        case Where:
            return whereOf(row) == 0 ? tr("both") : whereOf(row) == 1 ? tr("left only") : tr("right only");
        case Left:
            return row.leftMentions;
        case Right:
            return row.rightMentions;
        }
        break;
    case SortRole:
        switch (index.column()) {
        case Name:
            return entity.name.toLower();
        case Where:
            // Within each group, the most mentioned first.
            return whereOf(row) * 100000 - (row.leftMentions + row.rightMentions);
        case Left:
            return row.leftMentions;
        case Right:
            return row.rightMentions;
        }
        break;
    case Qt::ToolTipRole:
        return tr("%1 — %2").arg(entity.name, HighlightPalette::typeLabel(entity.type));
    case Qt::TextAlignmentRole:
        if (index.column() == Left || index.column() == Right)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::FontRole:
        if (index.column() == Name && whereOf(row) == 0) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case EntityRole:
        return row.entity;
    }
    return {};
}

QVariant CompareEntityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Entity");
    case Where:
        return tr("Where");
    case Left:
        return tr("Left");
    case Right:
        return tr("Right");
    }
    return {};
}

} // namespace crossread::ui
