#pragma once

// Keyword-in-context rows grouped by article: the mentions of one entity, or the hits of a
// search across the folder. A flat list: each article's heading row (title and count) is
// followed by its mentions (left context, mention, right context). Flat on purpose: a tree view
// keeps a persistent index per expanded row, which costs minutes to drop at 20,000 articles.
// Context text is made only for the rows a view asks for.

#include "core/corpus/corpusindex.h"

#include <QAbstractTableModel>

#include <memory>
#include <vector>

namespace crossread::ui {

struct KwicHit
{
    std::int32_t article = 0;
    core::TextSpan span;
};

class MentionListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Article, Left, Mention, Right, ColumnCount };
    enum Role { HitRole = Qt::UserRole + 1 };

    explicit MentionListModel(QObject* parent = nullptr);

    // The mentions of `entity` in `index` (by article, then position).
    void showEntity(std::shared_ptr<const core::CorpusIndex> index, std::int32_t entity);
    // Any spans, e.g. search hits; they must be sorted by article, then position.
    void showHits(std::shared_ptr<const core::CorpusIndex> index, std::vector<KwicHit> hits);
    void clear();

    [[nodiscard]] const std::vector<KwicHit>& hits() const { return m_hits; }
    [[nodiscard]] std::int32_t entity() const { return m_entity; }
    [[nodiscard]] int articleCount() const { return int(m_groups.size()); }
    [[nodiscard]] QModelIndex indexOfHit(int hit) const;

    [[nodiscard]] bool isHeading(int row) const { return m_rows[size_t(row)] < 0; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Group
    {
        std::int32_t article = 0;
        int firstHit = 0;
        int count = 0;
    };
    void rebuildGroups();

    std::shared_ptr<const core::CorpusIndex> m_index;
    std::vector<KwicHit> m_hits;
    std::vector<Group> m_groups;
    std::vector<int> m_rowOfHit;
    std::vector<int> m_rows; // hit index, or -1 - group for a heading
    std::int32_t m_entity = -1;
};

} // namespace crossread::ui
