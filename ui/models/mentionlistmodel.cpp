#include "ui/models/mentionlistmodel.h"

#include <QFileInfo>
#include <QFont>

namespace crossread::ui {

using namespace crossread::core;

MentionListModel::MentionListModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void MentionListModel::showEntity(std::shared_ptr<const CorpusIndex> index, std::int32_t entity)
{
    std::vector<KwicHit> hits;
    if (index) {
        const auto refs = index->mentionsOf(entity);
        hits.reserve(refs.size());
        for (const MentionRef& ref : refs)
            hits.push_back({ ref.article, index->mention(ref).span });
    }
    showHits(std::move(index), std::move(hits));
    m_entity = entity;
}

void MentionListModel::showHits(std::shared_ptr<const CorpusIndex> index, std::vector<KwicHit> hits)
{
    beginResetModel();
    m_index = std::move(index);
    m_hits = std::move(hits);
    m_entity = -1;
    rebuildGroups();
    endResetModel();
}

void MentionListModel::clear()
{
    showHits(nullptr, {});
}

void MentionListModel::rebuildGroups()
{
    m_groups.clear();
    m_rows.clear();
    m_rowOfHit.assign(m_hits.size(), 0);
    m_rows.reserve(m_hits.size() * 2);
    for (size_t h = 0; h < m_hits.size(); ++h) {
        if (m_groups.empty() || m_groups.back().article != m_hits[h].article) {
            m_groups.push_back({ m_hits[h].article, int(h), 0 });
            m_rows.push_back(-int(m_groups.size()));
        }
        m_groups.back().count++;
        m_rowOfHit[h] = int(m_rows.size());
        m_rows.push_back(int(h));
    }
}

QModelIndex MentionListModel::indexOfHit(int hit) const
{
    if (hit < 0 || size_t(hit) >= m_hits.size())
        return {};
    return index(m_rowOfHit[size_t(hit)], Mention);
}

int MentionListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MentionListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MentionListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !m_index || size_t(index.row()) >= m_rows.size())
        return {};
    const int item = m_rows[size_t(index.row())];
    if (item < 0) {
        const Group& g = m_groups[size_t(-item - 1)];
        const core::Article& article = m_index->articles()[size_t(g.article)].article;
        if (role == Qt::DisplayRole && index.column() == Article) {
            const QString title
                = article.title.isEmpty() ? QFileInfo(article.path).fileName() : article.title;
            return tr("%1 (%n)", nullptr, g.count).arg(title);
        }
        if (role == Qt::ToolTipRole)
            return article.path;
        if (role == HitRole)
            return g.firstHit;
        if (role == Qt::FontRole && index.column() == Article) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    }
    const KwicHit& h = m_hits[size_t(item)];
    switch (role) {
    case Qt::DisplayRole: {
        if (index.column() == Article)
            return {};
        const MentionContext context = m_index->contextOf(h.article, h.span);
        return index.column() == Left   ? context.left
            : index.column() == Mention ? context.mention
                                        : context.right;
    }
    case Qt::TextAlignmentRole:
        return int((index.column() == Left ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    case Qt::FontRole:
        if (index.column() == Mention) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case HitRole:
        return item;
    case Qt::AccessibleTextRole: {
        const MentionContext context = m_index->contextOf(h.article, h.span);
        return QString(context.left + context.mention + context.right);
    }
    }
    return {};
}

QVariant MentionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Article:
        return tr("Article");
    case Left:
        return tr("Before");
    case Mention:
        return tr("Mention");
    case Right:
        return tr("After");
    }
    return {};
}

} // namespace crossread::ui
