#include "core/text/capitalisedruns.h"

#include <algorithm>

namespace crossread::core {

namespace {

bool isUpper(char32_t c)
{
    return QChar::category(c) == QChar::Letter_Uppercase;
}

bool isDigit(char32_t c)
{
    return QChar::category(c) == QChar::Number_DecimalDigit;
}

bool isLetterMarkOrDigit(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Letter_Uppercase:
    case QChar::Letter_Lowercase:
    case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier:
    case QChar::Letter_Other:
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
    case QChar::Number_DecimalDigit:
        return true;
    default:
        return false;
    }
}

} // namespace

qsizetype CapitalisedRunScanner::runEnd(qsizetype start) const
{
    qsizetype end = wordEnd(start);
    if (end < 0)
        return -1;
    for (;;) {
        const qsizetype next = nextWordAfter(end);
        if (next < 0)
            return end;
        end = next;
    }
}

char32_t CapitalisedRunScanner::codePointAt(qsizetype i) const
{
    const QChar c = m_text[i];
    if (c.isHighSurrogate() && i + 1 < m_text.size() && m_text[i + 1].isLowSurrogate())
        return QChar::surrogateToUcs4(c, m_text[i + 1]);
    return c.unicode();
}

qsizetype CapitalisedRunScanner::nextCodePoint(qsizetype i) const
{
    return i
        + (m_text[i].isHighSurrogate() && i + 1 < m_text.size() && m_text[i + 1].isLowSurrogate() ? 2 : 1);
}

qsizetype CapitalisedRunScanner::spacesFrom(qsizetype i) const
{
    while (i < m_text.size() && (m_text[i] == u' ' || m_text[i] == u'\t'))
        ++i;
    return i;
}

qsizetype CapitalisedRunScanner::wordEnd(qsizetype i) const
{
    const qsizetype size = m_text.size();
    if (i >= size)
        return -1;
    const char32_t first = codePointAt(i);
    if (isUpper(first)) {
        // (\p{Lu}\.){2,}
        qsizetype k = i;
        int pairs = 0;
        while (k < size && isUpper(codePointAt(k))) {
            const qsizetype dot = nextCodePoint(k);
            if (!at(dot, u'.'))
                break;
            k = dot + 1;
            ++pairs;
        }
        if (pairs >= 2)
            return k;
        // \p{Lu}[\p{L}\p{M}\d&-]*(\.|(?<=[sS])['’](?![^ \t]))?
        k = nextCodePoint(i);
        while (k < size) {
            const char32_t c = codePointAt(k);
            if (!isLetterMarkOrDigit(c) && c != u'&' && c != u'-')
                break;
            k = nextCodePoint(k);
        }
        if (at(k, u'.'))
            return k + 1;
        // A plural's possessive apostrophe before a space: "Workers' Party", "Veterans’ Affairs".
        if ((at(k, u'\'') || at(k, u'\u2019')) && (m_text[k - 1] == u's' || m_text[k - 1] == u'S')
            && (k + 1 == size || m_text[k + 1] == u' ' || m_text[k + 1] == u'\t'))
            return k + 1;
        return k;
    }
    if (!isDigit(first))
        return -1;
    qsizetype k = i;
    while (k < size && isDigit(codePointAt(k)))
        k = nextCodePoint(k);
    const QStringView suffix = m_text.mid(k, std::min<qsizetype>(2, size - k));
    return suffix == u"st" || suffix == u"nd" || suffix == u"rd" || suffix == u"th" ? k + 2 : -1;
}

qsizetype CapitalisedRunScanner::nextWordAfter(qsizetype end) const
{
    const qsizetype afterSpaces = spacesFrom(end);
    if (afterSpaces == end)
        return -1;
    // A connector, with "the" after the ones that take it, then spaces and a word.
    static constexpr const char16_t* kTakesThe[]
        = { u"of", u"for", u"on", u"de", u"du", u"des", u"di", u"del", u"la", u"le", u"f\u00FCr" };
    auto connectorEnd = [&](qsizetype i, QStringView connector) -> qsizetype {
        return m_text.mid(i).startsWith(connector) ? i + connector.size() : -1;
    };
    auto wordAfterSpaces = [&](qsizetype i) -> qsizetype {
        const qsizetype w = spacesFrom(i);
        return w == i ? -1 : wordEnd(w);
    };
    for (const char16_t* c : kTakesThe) {
        const qsizetype connector = connectorEnd(afterSpaces, c);
        if (connector < 0)
            continue;
        // ([ \t]+the)? is tried first
        const qsizetype theStart = spacesFrom(connector);
        if (theStart > connector && m_text.mid(theStart).startsWith(u"the"))
            if (const qsizetype w = wordAfterSpaces(theStart + 3); w >= 0)
                return w;
        if (const qsizetype w = wordAfterSpaces(connector); w >= 0)
            return w;
    }
    for (QStringView c : { QStringView(u"and"), QStringView(u"&") }) {
        const qsizetype connector = connectorEnd(afterSpaces, c);
        if (connector >= 0)
            if (const qsizetype w = wordAfterSpaces(connector); w >= 0)
                return w;
    }
    return wordEnd(afterSpaces);
}

} // namespace crossread::core
