#include "core/text/unicode.h"

#include <algorithm>
#include <array>
#include <memory>

namespace crossread::core {

namespace {

char16_t computeFold(char16_t c)
{
    if (QChar::isSurrogate(c))
        return c;
    if (c < 0x80)
        return (c >= u'A' && c <= u'Z') ? char16_t(c + 32) : c;
    switch (c) { // letters without a canonical decomposition, and punctuation variants
    case 0x0110:
    case 0x0111:
        return u'd'; // Đ đ
    case 0x0141:
    case 0x0142:
        return u'l'; // Ł ł
    case 0x00D8:
    case 0x00F8:
        return u'o'; // Ø ø
    case 0x0131:
        return u'i'; // dotless i
    case 0x0126:
    case 0x0127:
        return u'h'; // Ħ ħ
    case 0x00A0:
    case 0x2007:
    case 0x202F:
        return u' ';
    case 0x2018:
    case 0x2019:
    case 0x02BC:
    case 0x2032:
        return u'\'';
    case 0x201C:
    case 0x201D:
    case 0x201E:
        return u'"';
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2212:
        return u'-';
    default:
        break;
    }
    QChar ch(c);
    if (ch.isMark())
        return 0;
    char16_t lower = ch.toLower().unicode();
    // Follow canonical decompositions to the base letter: "ǘ" -> "ü" -> "u".
    for (int depth = 0; depth < 4; ++depth) {
        const QChar lc(lower);
        if (lc.decompositionTag() != QChar::Canonical)
            break;
        const QString decomposition = lc.decomposition();
        if (decomposition.isEmpty() || decomposition[0].isSurrogate())
            break;
        lower = decomposition[0].toLower().unicode();
    }
    return lower;
}

struct FoldTable
{
    std::array<char16_t, 0x10000> map {};
    FoldTable()
    {
        for (std::uint32_t c = 0; c < 0x10000; ++c)
            map[c] = computeFold(char16_t(c));
    }
};

const FoldTable& foldTable()
{
    static const auto table = std::make_unique<const FoldTable>(); // built once, thread-safe, read-only
    return *table;
}

} // namespace

char16_t foldCodeUnit(char16_t c)
{
    return foldTable().map[c];
}

FoldedText foldWithMap(QStringView text)
{
    const auto& table = foldTable().map;
    FoldedText out;
    out.text.reserve(text.size());
    out.toOriginal.reserve(size_t(text.size()) + 1);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t f = table[text[i].unicode()];
        if (f == 0)
            continue;
        out.text += QChar(f);
        out.toOriginal.push_back(i);
    }
    out.toOriginal.push_back(text.size());
    return out;
}

QString fold(QStringView text)
{
    const auto& table = foldTable().map;
    QString out;
    out.reserve(text.size());
    for (QChar c : text)
        if (const char16_t f = table[c.unicode()])
            out += QChar(f);
    return out;
}

CodePointMap::CodePointMap(QStringView text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i].isHighSurrogate() && text[i + 1].isLowSurrogate()) {
            m_lowSurrogates.push_back(i + 1);
            ++i;
        }
    }
}

qsizetype CodePointMap::toCodePoints(qsizetype utf16Offset) const
{
    // Each surrogate pair that ends at or before the offset counts one code point for two units.
    const auto passed = std::upper_bound(m_lowSurrogates.begin(), m_lowSurrogates.end(), utf16Offset - 1)
        - m_lowSurrogates.begin();
    return utf16Offset - passed;
}

qsizetype CodePointMap::toUtf16(qsizetype codePointOffset) const
{
    qsizetype utf16 = codePointOffset;
    for (qsizetype low : m_lowSurrogates) {
        if (low - 1 < utf16) // the pair starts before the position reached so far
            ++utf16;
        else
            break;
    }
    return utf16;
}

} // namespace crossread::core
