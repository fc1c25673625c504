#pragma once

// Capitalised runs that may name an organisation ("Bank of the Philippine Islands", "U.S. Steel",
// "Procter & Gamble", "21st Century Fox"): the words of the pattern
//   runWord ([ \t]+ ((of|for|on|de|du|des|di|del|la|le|für)([ \t]+the)? | and | &)? [ \t]+ runWord)*
// with runWord = (\p{Lu}\.){2,} | \p{Lu}[\p{L}\p{M}\d&-]*(\.|(?<=[sS])['’](?![^ \t]))? | \d+(st|nd|rd|th)
// (a plural's possessive apostrophe before a space belongs to the word: "Workers' Party"), read
// greedily and trying the alternatives in that order, as a Perl regex would. Hand-written: as a
// Boost.Regex over code points it took 8% of extraction. tst_text checks it against that regex.
// THREAD SAFETY: a view over caller-owned text; const methods only.

#include <QStringView>

namespace crossread::core {

class CapitalisedRunScanner
{
public:
    explicit CapitalisedRunScanner(QStringView text)
        : m_text(text)
    { }

    // The end (UTF-16 offset) of the run starting at `start`, or -1 where none starts there.
    // `start` should be a word's start: no word runs on before it.
    [[nodiscard]] qsizetype runEnd(qsizetype start) const;

private:
    [[nodiscard]] char32_t codePointAt(qsizetype i) const;
    [[nodiscard]] qsizetype nextCodePoint(qsizetype i) const;
    [[nodiscard]] bool at(qsizetype i, char16_t c) const { return i < m_text.size() && m_text[i] == c; }
    [[nodiscard]] qsizetype spacesFrom(qsizetype i) const;
    [[nodiscard]] qsizetype wordEnd(qsizetype i) const; // the end of a runWord at `i`, or -1
    [[nodiscard]] qsizetype nextWordAfter(qsizetype end) const; // one more repetition, or -1

    QStringView m_text;
};

} // namespace crossread::core
