#pragma once

// The entity summary of a comparison: every entity of either article with its mentions on each
// side and where it occurs (both, left only, right only). Sort with a QSortFilterProxyModel.

#include "core/compare/comparison.h"

#include <QAbstractTableModel>

#include <memory>

namespace crossread::ui {

class CompareEntityModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Where, Left, Right, ColumnCount };
    enum Role { EntityRole = Qt::UserRole + 1, SortRole };

    explicit CompareEntityModel(QObject* parent = nullptr);
    void setComparison(
        std::shared_ptr<const core::CorpusIndex> index, const core::ArticleComparison& comparison);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::shared_ptr<const core::CorpusIndex> m_index;
    std::vector<core::EntityInBoth> m_rows;
};

} // namespace crossread::ui
