#pragma once

// Splits text into word and punctuation tokens and groups them into sentences.
// Conventions follow Universal Dependencies' English tokenisation, so that the training data
// (already tokenised that way) and live text produce the same token sequences:
// hyphens and dashes are tokens of their own ("anti-US" -> anti | - | US), the possessive
// and other clitics are split off ("Xi’s" -> Xi | ’s), initialisms keep their dots ("U.S."),
// known abbreviations keep their final dot ("Mr.", "Inc.").
// THREAD SAFETY: stateless; one Tokenizer may be shared by any number of threads.

#include <QStringView>

#include <cstdint>
#include <vector>

namespace crossread::core {

struct Token
{
    std::int32_t begin = 0; // UTF-16 offsets into the tokenised text, half-open
    std::int32_t end = 0;
    [[nodiscard]] std::int32_t length() const { return end - begin; }
};

struct Sentence
{
    std::int32_t firstToken = 0;
    std::int32_t endToken = 0; // one past the last token
};

struct TokenizedText
{
    std::vector<Token> tokens;
    std::vector<Sentence> sentences;
    void clear()
    {
        tokens.clear();
        sentences.clear();
    }
};

class Tokenizer
{
public:
    // Appends nothing: `out` is cleared first so callers can reuse its capacity.
    void tokenize(QStringView text, TokenizedText& out) const;
    [[nodiscard]] TokenizedText tokenize(QStringView text) const
    {
        TokenizedText out;
        tokenize(text, out);
        return out;
    }
};

} // namespace crossread::core
