#include "ui/views/articleview.h"

#include "core/link/linking.h"
#include "ui/views/highlightpalette.h"

#include <QContextMenuEvent>
#include <QMenu>
#include <QScrollBar>
#include <QTextBlock>
#include <QToolTip>

#include <algorithm>

namespace crossread::ui {

using namespace crossread::core;

ArticleView::ArticleView(HighlightPalette* palette, QWidget* parent)
    : QTextBrowser(parent)
    , m_palette(palette)
{
    setOpenLinks(false);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setMouseTracking(true);
    setAccessibleName(tr("Article text"));
    document()->setDocumentMargin(18);
    QFont font = this->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    setFont(font);
    connect(m_palette, &HighlightPalette::changed, this, &ArticleView::applyHighlights);
}

void ArticleView::showArticle(
    const AnalysedArticle& article, std::shared_ptr<const CorpusIndex> index, std::int32_t articleIndex)
{
    const bool again = article.article.path == m_path;
    const int anchor = textCursor().anchor(), position = textCursor().position();
    const int scroll = verticalScrollBar()->value();
    m_path = article.article.path;
    m_mentions = article.mentions;
    m_underlay.clear();
    m_index = std::move(index);
    m_articleIndex = m_index ? articleIndex : -1;
    setPlainText(article.article.text);
    // Comfortable line spacing for long reading.
    QTextCursor all(document());
    all.select(QTextCursor::Document);
    QTextBlockFormat block;
    block.setLineHeight(135, QTextBlockFormat::ProportionalHeight);
    block.setBottomMargin(4);
    all.mergeBlockFormat(block);
    applyHighlights();
    if (again) {
        const int last = document()->characterCount() - 1;
        QTextCursor cursor(document());
        cursor.setPosition(std::min(anchor, last));
        cursor.setPosition(std::min(position, last), QTextCursor::KeepAnchor);
        setTextCursor(cursor);
        verticalScrollBar()->setValue(scroll);
    }
}

void ArticleView::clearArticle()
{
    m_path.clear();
    m_mentions.clear();
    m_underlay.clear();
    m_index.reset();
    m_articleIndex = -1;
    clear();
}

std::int32_t ArticleView::entityOfMention(int mention) const
{
    if (!m_index || m_articleIndex < 0 || mention < 0 || mention >= m_mentions.size())
        return -1;
    return m_index->entityOf({ m_articleIndex, std::int32_t(mention) });
}

std::optional<int> ArticleView::mentionAt(int position) const
{
    auto it = std::upper_bound(m_mentions.begin(), m_mentions.end(), qsizetype(position),
        [](qsizetype pos, const Mention& m) { return pos < m.span.begin; });
    if (it == m_mentions.begin())
        return std::nullopt;
    --it;
    if (position >= it->span.end)
        return std::nullopt;
    return int(it - m_mentions.begin());
}

void ArticleView::applyHighlights()
{
    QTextCursor cursor(document());
    cursor.beginEditBlock();
    cursor.select(QTextCursor::Document);
    cursor.setCharFormat(QTextCharFormat());
    const qsizetype length = document()->characterCount();
    for (const auto& [span, format] : m_underlay) {
        if (span.end >= length)
            continue;
        cursor.setPosition(int(span.begin));
        cursor.setPosition(int(span.end), QTextCursor::KeepAnchor);
        cursor.mergeCharFormat(format);
    }
    for (int i = 0; i < m_mentions.size(); ++i) {
        const Mention& m = m_mentions[i];
        if (m.span.end >= length)
            break;
        QTextCharFormat format;
        format.setProperty(MentionProperty, i);
        format.setProperty(TypeProperty, int(m.type));
        format.setProperty(EntityProperty, entityOfMention(i));
        if (m_palette->isVisible(m.type))
            format.setBackground(m_palette->background(m.type));
        cursor.setPosition(int(m.span.begin));
        cursor.setPosition(int(m.span.end), QTextCursor::KeepAnchor);
        cursor.mergeCharFormat(format);
    }
    cursor.endEditBlock();
}

void ArticleView::selectSpan(TextSpan span)
{
    QTextCursor cursor(document());
    cursor.setPosition(int(span.begin));
    cursor.setPosition(int(span.end), QTextCursor::KeepAnchor);
    setTextCursor(cursor);
    centreOn(span);
}

void ArticleView::centreOn(TextSpan span)
{
    // Into the middle, not the bottom edge: the reader wants the context around it.
    QTextCursor cursor(document());
    cursor.setPosition(int(span.begin));
    const QRect r = cursorRect(cursor);
    verticalScrollBar()->setValue(verticalScrollBar()->value() + r.center().y() - viewport()->height() / 2);
}

void ArticleView::setUnderlay(QList<QPair<TextSpan, QTextCharFormat>> underlay)
{
    m_underlay = std::move(underlay);
    applyHighlights();
}

QString ArticleView::tooltipFor(int mention) const
{
    const Mention& m = m_mentions[mention];
    const std::int32_t e = entityOfMention(mention);
    if (e < 0)
        return tr("<b>%1</b> — %2<br><i>linking the folder…</i>")
            .arg(m.text.toHtmlEscaped(), HighlightPalette::typeLabel(m.type));
    const Entity& entity = m_index->entity(e);
    QStringList aliases;
    for (const EntityAlias& a : entity.aliases) {
        QString line = QStringLiteral("%1 ×%2").arg(a.text.toHtmlEscaped()).arg(a.mentionCount);
        if (!a.joinedTo.isEmpty())
            line += QStringLiteral(" <i>(%1)</i>").arg(joinReasonText(a.reason).toHtmlEscaped());
        aliases << line;
    }
    return tr("<b>%1</b> — %2<br>%3 mentions in %4 articles<br>Aliases: %5")
        .arg(entity.name.toHtmlEscaped(), HighlightPalette::typeLabel(entity.type))
        .arg(entity.mentionCount)
        .arg(entity.articleCount)
        .arg(aliases.join(QStringLiteral("; ")));
}

bool ArticleView::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QPoint inViewport = viewport()->mapFrom(this, help->pos());
        const int position = cursorForPosition(inViewport).position();
        if (const auto mention = mentionAt(position))
            QToolTip::showText(help->globalPos(), tooltipFor(*mention), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QTextBrowser::event(event);
}

void ArticleView::mouseReleaseEvent(QMouseEvent* event)
{
    QTextBrowser::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton || textCursor().hasSelection())
        return;
    if (const auto mention = mentionAt(cursorForPosition(event->position().toPoint()).position())) {
        const std::int32_t e = entityOfMention(*mention);
        if (e >= 0)
            Q_EMIT entityActivated(e);
    }
}

void ArticleView::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        const QTextCursor cursor = textCursor();
        if (const auto mention = mentionAt(cursor.selectionStart())) {
            const std::int32_t e = entityOfMention(*mention);
            if (e >= 0) {
                Q_EMIT entityActivated(e);
                return;
            }
        }
    }
    QTextBrowser::keyPressEvent(event);
}

void ArticleView::contextMenuEvent(QContextMenuEvent* event)
{
    const QTextCursor cursor = textCursor();
    if (cursor.hasSelection() && !mentionAt(cursor.selectionStart())) {
        Q_EMIT selectionContextMenuRequested(
            { cursor.selectionStart(), cursor.selectionEnd() }, event->globalPos());
        return;
    }
    const int position = event->reason() == QContextMenuEvent::Keyboard
        ? cursor.position()
        : cursorForPosition(viewport()->mapFrom(this, event->pos())).position();
    if (const auto mention = mentionAt(position)) {
        Q_EMIT mentionContextMenuRequested(*mention, event->globalPos());
        return;
    }
    QTextBrowser::contextMenuEvent(event);
}

} // namespace crossread::ui
