#pragma once

// One article with every mention highlighted in its type's colour. Each highlighted character
// carries its mention in the text format (MentionProperty, TypeProperty, EntityProperty), so
// hover, click, keyboard and context menu all ask the document what is under them.

#include "core/corpus/corpusindex.h"

#include <QTextBrowser>

#include <memory>
#include <optional>

namespace crossread::ui {

class HighlightPalette;

class ArticleView : public QTextBrowser
{
    Q_OBJECT

public:
    static constexpr int MentionProperty = QTextFormat::UserProperty + 1; // index in the article
    static constexpr int TypeProperty = QTextFormat::UserProperty + 2; // core::EntityType
    static constexpr int EntityProperty = QTextFormat::UserProperty + 3; // entity index, -1 unlinked

    explicit ArticleView(HighlightPalette* palette, QWidget* parent = nullptr);

    // Shows `article`; `index` and `articleIndex` give entities when the folder is linked. The
    // article already shown, shown again (after a relink), keeps its scroll position and selection.
    void showArticle(const core::AnalysedArticle& article, std::shared_ptr<const core::CorpusIndex> index,
        std::int32_t articleIndex);
    void clearArticle();
    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] std::int32_t articleIndex() const { return m_articleIndex; }
    [[nodiscard]] const QList<core::Mention>& mentions() const { return m_mentions; }
    [[nodiscard]] std::int32_t entityOfMention(int mention) const;
    [[nodiscard]] std::optional<int> mentionAt(int position) const;
    // Selects [begin, end) and scrolls it into the middle of the view.
    void selectSpan(core::TextSpan span);
    // Scrolls [begin, end) into the middle of the view without moving the text cursor.
    void centreOn(core::TextSpan span);
    // Formats laid under the mention highlights (e.g. the compare view's passage marks).
    void setUnderlay(QList<QPair<core::TextSpan, QTextCharFormat>> underlay);

Q_SIGNALS:
    void entityActivated(std::int32_t entity);
    void mentionContextMenuRequested(int mention, const QPoint& globalPos);
    void selectionContextMenuRequested(core::TextSpan selection, const QPoint& globalPos);

protected:
    bool event(QEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    void applyHighlights();
    QString tooltipFor(int mention) const;

    HighlightPalette* m_palette;
    QString m_path;
    QList<core::Mention> m_mentions;
    QList<QPair<core::TextSpan, QTextCharFormat>> m_underlay;
    std::shared_ptr<const core::CorpusIndex> m_index;
    std::int32_t m_articleIndex = -1;
};

} // namespace crossread::ui
