#pragma once

// Turns files into Articles: detects the encoding, strips HTML to the text the reader shows,
// finds the title, and refuses (with a reason) what is not a readable article.
// THREAD SAFETY: free functions without shared state; safe to call from any thread.

#include "core/types.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <variant>

namespace crossread::core {

struct ReadOptions
{
    qint64 maxFileBytes = 32LL * 1024 * 1024; // larger files are refused, not truncated
};

struct ReadError
{
    QString path;
    QString reason; // one sentence a user understands, e.g. "binary file, not text"
};

using ReadResult = std::variant<Article, ReadError>;

// Reads one file. Never throws; every failure comes back as a ReadError.
[[nodiscard]] ReadResult readArticle(const QString& path, const ReadOptions& options = {});

// Decodes raw bytes: BOM-marked UTF-8/UTF-16, then strict UTF-8, else Windows-1252 with a warning.
struct DecodedText
{
    QString text;
    QString encoding;
    QStringList warnings;
};
[[nodiscard]] DecodedText decodeText(const QByteArray& bytes);

// True when the bytes look like a binary file (NUL bytes or many control characters)
// rather than text in any of the encodings decodeText understands.
[[nodiscard]] bool looksBinary(const QByteArray& bytes);

// The visible text of an HTML document: tags stripped, scripts and styles dropped, character
// references decoded, block elements turned into line breaks, white space collapsed as a
// browser would. `title` receives the <title> text when there is one.
[[nodiscard]] QString htmlToText(QStringView html, QString* title = nullptr);

// Article files under the given paths: files are taken as they are (when their suffix is
// supported), folders recursively with hidden entries skipped. The result is sorted and
// free of duplicates. Paths that do not exist or cannot be listed are reported in `errors`.
struct ArticleFileList
{
    QStringList files;
    QList<ReadError> errors;
};
[[nodiscard]] ArticleFileList listArticleFiles(const QStringList& paths);
[[nodiscard]] bool isSupportedArticleFile(const QString& fileName);

} // namespace crossread::core
