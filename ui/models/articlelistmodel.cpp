#include "ui/models/articlelistmodel.h"

#include "ui/session/corpussession.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QStyle>

namespace crossread::ui {

ArticleListModel::ArticleListModel(CorpusSession* session, QObject* parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    connect(session, &CorpusSession::entriesReset, this, [this] {
        beginResetModel();
        m_rows = int(m_session->entries().size());
        endResetModel();
    });
    connect(session, &CorpusSession::entryAdded, this, [this](int row) {
        beginInsertRows({}, row, row);
        m_rows = int(m_session->entries().size());
        endInsertRows();
    });
    connect(session, &CorpusSession::entriesChanged, this, [this](int first, int last) {
        last = std::min(last, m_rows - 1);
        if (first <= last)
            Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
    });
}

int ArticleListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int ArticleListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ArticleListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_session->entries().size())
        return {};
    const ArticleEntry& e = m_session->entries()[index.row()];
    const bool unreadable = !e.problem.isEmpty() && e.words == 0;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Title:
            return e.title;
        case File:
            return QDir(m_session->folder()).relativeFilePath(e.path);
        case Entities:
            return unreadable     ? QVariant()
                : e.entities >= 0 ? QVariant(e.entities)
                                  : QVariant(QStringLiteral("…"));
        case Words:
            return unreadable ? QVariant() : QVariant(e.words);
        }
        break;
    case SortRole:
        switch (index.column()) {
        case Entities:
            return e.entities;
        case Words:
            return e.words;
        default:
            return data(index, Qt::DisplayRole).toString().toLower();
        }
    case Qt::ToolTipRole:
        return e.problem.isEmpty() ? e.path : e.path + u"\n" + e.problem;
    case Qt::DecorationRole:
        if (index.column() == Title && !e.problem.isEmpty())
            return QApplication::style()->standardIcon(
                unreadable ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning);
        break;
    case Qt::ForegroundRole:
        if (unreadable)
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Entities || index.column() == Words)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case PathRole:
        return e.path;
    }
    return {};
}

QVariant ArticleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Title:
        return tr("Title");
    case File:
        return tr("File");
    case Entities:
        return tr("Entities");
    case Words:
        return tr("Words");
    }
    return {};
}

int ArticleListModel::rowOfPath(const QString& path) const
{
    const auto& entries = m_session->entries();
    for (int row = 0; row < entries.size(); ++row)
        if (entries[row].path == path)
            return row;
    return -1;
}

} // namespace crossread::ui
