#pragma once

// The folder's articles as a table: title, file, entities, words; unreadable files stay listed
// with the reason. Rows follow CorpusSession's entries; sorting and filtering are a proxy's job.

#include <QAbstractTableModel>

namespace crossread::ui {

class CorpusSession;

class ArticleListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Title, File, Entities, Words, ColumnCount };
    enum Role { PathRole = Qt::UserRole + 1, SortRole };

    explicit ArticleListModel(CorpusSession* session, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    [[nodiscard]] int rowOfPath(const QString& path) const;

private:
    CorpusSession* m_session;
    int m_rows = 0;
};

} // namespace crossread::ui
