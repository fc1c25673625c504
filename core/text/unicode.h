#pragma once

// Unicode helpers on UTF-16 text: code point access, character classes, matching folds
// (case and diacritics) with a map back to the original offsets, and UTF-16 <-> code point
// offset conversion for export.
// THREAD SAFETY: pure functions; the fold table is immutable after its first use.

#include <QString>
#include <QStringView>

#include <cstdint>
#include <vector>

namespace crossread::core {

[[nodiscard]] inline char32_t codePointAt(QStringView text, qsizetype i)
{
    const char16_t c = text[i].unicode();
    if (QChar::isHighSurrogate(c) && i + 1 < text.size() && QChar::isLowSurrogate(text[i + 1].unicode()))
        return QChar::surrogateToUcs4(c, text[i + 1].unicode());
    return c;
}

[[nodiscard]] inline qsizetype codePointWidth(QStringView text, qsizetype i)
{
    return (QChar::isHighSurrogate(text[i].unicode()) && i + 1 < text.size()
               && QChar::isLowSurrogate(text[i + 1].unicode()))
        ? 2
        : 1;
}

[[nodiscard]] inline bool isSpace(char32_t c)
{
    return c < 0x80 ? (c == ' ' || (c >= '\t' && c <= '\r')) : (QChar::isSpace(c) || c == 0xFEFF);
}
[[nodiscard]] inline bool isLetter(char32_t c)
{
    return c < 0x80 ? ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') : (QChar::isLetter(c) || QChar::isMark(c));
}
[[nodiscard]] inline bool isDigit(char32_t c)
{
    return c < 0x80 ? (c >= '0' && c <= '9') : QChar::isDigit(c);
}
[[nodiscard]] inline bool isWordChar(char32_t c)
{
    return isLetter(c) || isDigit(c);
}
[[nodiscard]] inline bool isUpper(char32_t c)
{
    return c < 0x80 ? (c >= 'A' && c <= 'Z') : (QChar::isUpper(c) || QChar::isTitleCase(c));
}
[[nodiscard]] inline bool isLower(char32_t c)
{
    return c < 0x80 ? (c >= 'a' && c <= 'z') : QChar::isLower(c);
}
[[nodiscard]] inline bool isApostrophe(char32_t c)
{
    return c == u'\'' || c == 0x2019 || c == 0x02BC;
}
[[nodiscard]] inline bool isDash(char32_t c)
{
    return c == u'-' || (c >= 0x2010 && c <= 0x2015) || c == 0x2212;
}

// Folds one UTF-16 code unit for matching: lowercase, diacritics removed ("Č" -> 'c',
// "đ" -> 'd'), typographic apostrophes and dashes unified. Returns 0 for combining marks,
// which matching drops. Surrogates are returned unchanged.
[[nodiscard]] char16_t foldCodeUnit(char16_t c);

// A folded copy of `text` with, for each folded code unit, the offset of the code unit it came
// from, plus one final entry for the end: folded[i] comes from text[toOriginal[i]].
struct FoldedText
{
    QString text;
    std::vector<qsizetype> toOriginal;
};
[[nodiscard]] FoldedText foldWithMap(QStringView text);
[[nodiscard]] QString fold(QStringView text);

// Converts UTF-16 offsets of one text to code point offsets (what the scorer's gold counts).
class CodePointMap
{
public:
    explicit CodePointMap(QStringView text);
    [[nodiscard]] qsizetype toCodePoints(qsizetype utf16Offset) const;
    [[nodiscard]] qsizetype toUtf16(qsizetype codePointOffset) const;

private:
    std::vector<qsizetype> m_lowSurrogates; // UTF-16 offsets of the second halves of surrogate pairs
};

} // namespace crossread::core
