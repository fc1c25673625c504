#include "core/text/tokenizer.h"

#include "core/text/unicode.h"

#include <QChar>

#include <algorithm>
#include <array>
#include <string_view>

namespace crossread::core {

namespace {

// Abbreviations that keep their final period. Lowercase; compared case-insensitively.
constexpr std::array<std::u16string_view, 53> kAbbreviations = {
    u"mr",
    u"mrs",
    u"ms",
    u"dr",
    u"prof",
    u"st",
    u"jr",
    u"sr",
    u"inc",
    u"corp",
    u"co",
    u"cos",
    u"ltd",
    u"plc",
    u"gen",
    u"col",
    u"lt",
    u"sgt",
    u"capt",
    u"cmdr",
    u"adm",
    u"gov",
    u"sen",
    u"rep",
    u"rev",
    u"hon",
    u"pres",
    u"no",
    u"vs",
    u"etc",
    u"jan",
    u"feb",
    u"mar",
    u"apr",
    u"jun",
    u"jul",
    u"aug",
    u"sep",
    u"sept",
    u"oct",
    u"nov",
    u"dec",
    u"mt",
    u"ft",
    u"ave",
    u"blvd",
    u"dept",
    u"univ",
    u"assn",
    u"bros",
    u"approx",
    u"est",
    u"maj",
};

constexpr std::array<std::u16string_view, 7> kClitics = { u"s", u"re", u"ve", u"ll", u"d", u"m", u"t" };

struct Cursor
{
    QStringView text;
    qsizetype size() const { return text.size(); }
    char32_t at(qsizetype i) const { return codePointAt(text, i); }
    qsizetype width(qsizetype i) const { return codePointWidth(text, i); }
};

bool equalsIgnoringCase(QStringView word, std::u16string_view lowerAscii)
{
    if (word.size() != qsizetype(lowerAscii.size()))
        return false;
    for (qsizetype i = 0; i < word.size(); ++i) {
        char16_t c = word[i].unicode();
        if (c >= u'A' && c <= u'Z')
            c = char16_t(c + 32);
        if (c != lowerAscii[size_t(i)])
            return false;
    }
    return true;
}

// Abbreviations that stand before a number: months ("Mar. 5") and "No." ("No. 10").
bool isBeforeANumberOnly(QStringView word)
{
    static constexpr std::u16string_view kBeforeNumbers[] = { u"jan", u"feb", u"mar", u"apr", u"jun", u"jul",
        u"aug", u"sep", u"sept", u"oct", u"nov", u"dec", u"no" };
    for (std::u16string_view abbreviation : kBeforeNumbers)
        if (equalsIgnoringCase(word, abbreviation))
            return true;
    return false;
}

// Length of a clitic ("s", "ll", "t", ...) starting at pos, when it ends at a word boundary.
qsizetype cliticLength(const Cursor& cur, qsizetype pos)
{
    for (std::u16string_view clitic : kClitics) {
        const qsizetype len = qsizetype(clitic.size());
        if (pos + len > cur.size())
            continue;
        if (!equalsIgnoringCase(cur.text.mid(pos, len), clitic))
            continue;
        if (pos + len == cur.size() || !isWordChar(cur.at(pos + len)))
            return len;
    }
    return 0;
}

// A run of "X." pairs such as "U.S." or "e.g."; returns its length, or 0.
qsizetype initialismLength(const Cursor& cur, qsizetype pos)
{
    qsizetype p = pos;
    int pairs = 0;
    while (p + 1 < cur.size() && isLetter(cur.at(p)) && cur.width(p) == 1 && cur.text[p + 1] == u'.') {
        // the letter must stand alone: "U.S." yes, "Mr." no (handled as an abbreviation)
        if (p > pos && isLetter(cur.at(p - 1)))
            break;
        p += 2;
        ++pairs;
        if (p < cur.size() && isLetter(cur.at(p)) && p + 1 < cur.size() && cur.text[p + 1] != u'.'
            && isLetter(cur.at(p + 1)))
            break; // "U.Sample": stop before a real word
    }
    return pairs >= 2 ? p - pos : 0;
}

// An abbreviation whose period may also end the sentence: a legal form, a generational suffix,
// or an initialism ("Lundin Mining Corp. The agency said", "sales in the U.S. It said", "at 10
// p.m. The fire"). Titles ("Dr.", "Gen.") are left out: a name follows them.
bool mayCloseASentence(QStringView token)
{
    if (token.size() < 3 || token.back() != u'.')
        return false;
    static constexpr std::u16string_view kClosing[]
        = { u"inc", u"corp", u"co", u"cos", u"ltd", u"plc", u"jr", u"sr", u"etc", u"bros" };
    const QStringView word = token.chopped(1);
    for (std::u16string_view abbreviation : kClosing)
        if (equalsIgnoringCase(word, abbreviation))
            return true;
    return initialismLength(Cursor { token }, 0) == token.size(); // "U.S.", "p.m."
}

// Capitalised words that open sentences and hardly ever continue a name.
bool opensASentence(QStringView word)
{
    static constexpr std::u16string_view kOpeners[] = { u"The", u"It", u"Its", u"He", u"She", u"They", u"We",
        u"This", u"That", u"These", u"Those", u"There", u"But", u"His", u"Her", u"Their", u"Our", u"In",
        u"On", u"If", u"When", u"While", u"After", u"Shares",
        // titles: a name after an initial is a surname ("to block X. President Lula said")
        u"President", u"Prime", u"Chancellor", u"Mr", u"Mrs", u"Ms", u"Dr" };
    for (std::u16string_view opener : kOpeners)
        if (word == QStringView(opener))
            return true;
    return false;
}

// Length of the e-mail address starting at pos ("Jason.Leopold@dowjones.com",
// "sfig...@houston.rr.com", as news groups mask them), or 0. Addresses are at most 254 characters,
// which also bounds the look-ahead in text without spaces.
qsizetype emailLength(QStringView text, qsizetype pos)
{
    const qsizetype limit = std::min<qsizetype>(text.size(), pos + 254);
    qsizetype at = -1;
    qsizetype e = pos;
    for (; e < limit && !text[e].isSpace(); ++e)
        if (text[e] == u'@' && at < 0)
            at = e;
    if (at <= pos || at + 1 >= e || !text[at + 1].isLetterOrNumber())
        return 0;
    while (e > at && QStringView(u".,;:!?)]>\"'’”").contains(text[e - 1]))
        --e;
    const qsizetype dot = text.mid(at, e - at).indexOf(u'.');
    if (dot < 0 || at + dot + 1 >= e || !text[at + dot + 1].isLetter())
        return 0;
    return e - pos;
}

bool isUrlStart(QStringView rest)
{
    return rest.startsWith(u"http://") || rest.startsWith(u"https://") || rest.startsWith(u"www.");
}

} // namespace

void Tokenizer::tokenize(QStringView text, TokenizedText& out) const
{
    out.clear();
    const Cursor cur { text };
    const qsizetype n = text.size();
    qsizetype i = 0;
    auto push = [&](qsizetype b, qsizetype e) { out.tokens.push_back({ std::int32_t(b), std::int32_t(e) }); };

    while (i < n) {
        const char32_t c = cur.at(i);
        if (isSpace(c)) {
            i += cur.width(i);
            continue;
        }
        // URLs and e-mail addresses are one token: they are never names.
        if ((c == u'h' || c == u'w') && isUrlStart(text.mid(i))) {
            qsizetype e = i;
            while (e < n && !isSpace(cur.at(e)))
                e += cur.width(e);
            while (e > i && QStringView(u".,;:!?)]\"'’”").contains(text[e - 1]))
                --e;
            push(i, e);
            i = e;
            continue;
        }
        if (isWordChar(c)) {
            if (const qsizetype len = emailLength(text, i)) {
                push(i, i + len);
                i += len;
                continue;
            }
            if (const qsizetype len = initialismLength(cur, i)) {
                push(i, i + len);
                i += len;
                continue;
            }
            qsizetype e = i;
            while (e < n) {
                const char32_t d = cur.at(e);
                if (isWordChar(d)) {
                    e += cur.width(e);
                    continue;
                }
                // Joiners inside a word: 1,000.5  O'Brien  AT&T  name@example.org
                if (e + 1 < n && e > i) {
                    const char32_t next = cur.at(e + 1);
                    const char32_t prev = cur.at(e - 1);
                    if ((d == u',' || d == u'.') && isDigit(prev) && isDigit(next)) {
                        e += 1;
                        continue;
                    }
                    if (isApostrophe(d) && isLetter(next)) {
                        if (cliticLength(cur, e + 1) > 0)
                            break;
                        if (prev == u'n' && (next == u't' || next == u'T'))
                            break;
                        e += 1;
                        continue;
                    }
                    if (d == u'&' && isUpper(prev) && isUpper(next)) {
                        e += 1;
                        continue;
                    }
                    if (d == u'@' && isLetter(next)) {
                        e += 1;
                        continue;
                    }
                    // Identifiers and mail domains keep their underscores: "Perry@ENRON_DEVELOPMENT",
                    // "file_name"; split, the last piece read as a name of its own.
                    if (d == u'_' && isWordChar(next) && isWordChar(prev)) {
                        e += 1;
                        continue;
                    }
                    if (d == u'.' && isLetter(next) && text.mid(i, e - i).contains(u'@')) {
                        e += 1;
                        continue;
                    }
                }
                break;
            }
            // "n't" belongs to the clitic: "don't" -> do | n't
            if (e - i >= 2 && e + 1 < n && isApostrophe(cur.at(e))
                && (cur.at(e + 1) == u't' || cur.at(e + 1) == u'T')
                && (text[e - 1] == u'n' || text[e - 1] == u'N')
                && (e + 2 >= n || !isWordChar(cur.at(e + 2)))) {
                push(i, e - 1);
                push(e - 1, e + 2);
                i = e + 2;
                continue;
            }
            // A known abbreviation or a single capital initial keeps its period.
            if (e < n && text[e] == u'.') {
                const QStringView word = text.mid(i, e - i);
                bool keepPeriod = word.size() == 1 && isUpper(c);
                for (std::u16string_view abbreviation : kAbbreviations)
                    keepPeriod = keepPeriod || equalsIgnoringCase(word, abbreviation);
                // Whether it keeps it also depends on the next word, past the spaces after it.
                qsizetype next = e + 1;
                if (keepPeriod)
                    while (next < n && text[next] == u' ')
                        ++next;
                // A month's or "No." abbreviation comes before a number ("Mar. 5", "No. 10"); without
                // one the period ends the sentence and the word is a word ("Viña del Mar.", "said Jan.").
                if (keepPeriod && isBeforeANumberOnly(word))
                    keepPeriod = next < n && isDigit(cur.at(next));
                // A lone capital before a word that opens sentences ends one: "a post on X. His
                // party said" (not "George W. Bush").
                if (keepPeriod && word.size() == 1) {
                    qsizetype nextEnd = next;
                    while (nextEnd < n && isLetter(cur.at(nextEnd)))
                        ++nextEnd;
                    // ... and so does one closing a paragraph or the text: "according to posts on X."
                    const bool paragraphEnds = next >= n || text[next] == u'\n' || text[next] == u'\r';
                    keepPeriod = !paragraphEnds && !opensASentence(text.mid(next, nextEnd - next));
                }
                if (keepPeriod)
                    ++e;
            }
            push(i, e);
            i = e;
            continue;
        }
        if (isApostrophe(c) && i + 1 < n) {
            if (const qsizetype len = cliticLength(cur, i + 1);
                len > 0 && i > 0 && isWordChar(cur.at(i - 1))) {
                push(i, i + 1 + len);
                i += 1 + len;
                continue;
            }
            // Text that was tokenised before it reached us writes the possessive apart ("Ray 's
            // Pizza", as in the UD treebanks); it is still the possessive, not a quote and an "s".
            if (i > 1 && text[i - 1] == u' ' && isWordChar(cur.at(i - 2))
                && (text[i + 1] == u's' || text[i + 1] == u'S') && cliticLength(cur, i + 1) == 1) {
                push(i, i + 2);
                i += 2;
                continue;
            }
        }
        // Any other character is a token of its own; runs of the same punctuation stay together ("...",
        // "--").
        qsizetype e = i + cur.width(i);
        if (c == u'.' || c == u'-' || c == u'!' || c == u'?') {
            while (e < n && text[e] == QChar(c))
                ++e;
        }
        push(i, e);
        i = e;
    }

    // Sentences: after final punctuation followed by a capital, digit or quote; at blank lines;
    // at a line break unless the next line continues in lowercase (hard-wrapped text).
    const auto& tokens = out.tokens;
    std::int32_t sentenceStart = 0;
    auto closeSentence = [&](std::int32_t end) {
        if (end > sentenceStart)
            out.sentences.push_back({ sentenceStart, end });
        sentenceStart = end;
    };
    for (std::int32_t t = 0; t + 1 < std::int32_t(tokens.size()); ++t) {
        const Token& tok = tokens[size_t(t)];
        const Token& next = tokens[size_t(t) + 1];
        int newlines = 0;
        for (qsizetype k = tok.end; k < next.begin; ++k)
            newlines += text[k] == u'\n';
        const char32_t nextFirst = cur.at(next.begin);
        if (newlines >= 2 || (newlines == 1 && !isLower(nextFirst))) {
            closeSentence(t + 1);
            continue;
        }
        const QStringView word = text.mid(tok.begin, tok.length());
        const bool finalPunct = word == u"." || word == u"!" || word == u"?" || word == u"..." || word == u"…"
            || word.startsWith(u"!") || word.startsWith(u"?") || word.startsWith(u"..");
        if (!finalPunct) {
            if (mayCloseASentence(word) && opensASentence(text.mid(next.begin, next.length())))
                closeSentence(t + 1);
            continue;
        }
        // Closing quotes and brackets stay with the sentence they close.
        std::int32_t end = t + 1;
        while (end < std::int32_t(tokens.size())) {
            const QStringView w = text.mid(tokens[size_t(end)].begin, tokens[size_t(end)].length());
            // A straight quote closes the sentence only when it touches the punctuation.
            const bool straight = w == u"\"" || w == u"'";
            const bool touching = tokens[size_t(end)].begin == tokens[size_t(end - 1)].end;
            if (w.size() == 1 && QStringView(u"\"'’”»)]").contains(w[0]) && (!straight || touching))
                ++end;
            else
                break;
        }
        if (end >= std::int32_t(tokens.size()))
            break;
        const char32_t first = cur.at(tokens[size_t(end)].begin);
        if (isUpper(first) || isDigit(first) || QStringView(u"\"'‘“«([").contains(QChar(char16_t(first)))) {
            closeSentence(end);
            t = end - 1;
        }
    }
    closeSentence(std::int32_t(tokens.size()));
}

} // namespace crossread::core
