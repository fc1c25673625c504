#pragma once

// The key two surface forms share when they are the same name written differently: case,
// diacritics, periods, possessive endings, a leading "the" and spacing do not count
// ("U.S." = "US", "Vučić’s" = "Vucic", "The Hague" = "hague").
// THREAD SAFETY: pure functions.

#include <QString>
#include <QStringList>

namespace crossread::core {

[[nodiscard]] QString nameKey(QStringView surface);

// The words of a name key ("north atlantic treaty organization" -> 4 words).
[[nodiscard]] QStringList nameKeyWords(const QString& key);

// True for the small words inside organisation names that acronyms skip ("of", "for", "the").
[[nodiscard]] bool isNameConnector(QStringView word);

} // namespace crossread::core
