#include "core/io/articlereader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QStringDecoder>

#include <array>

namespace crossread::core {

namespace {

// Windows-1252 differs from Latin-1 only in 0x80..0x9F; the five undefined bytes map to C1 controls.
constexpr std::array<char16_t, 32> kWindows1252High = {
    0x20AC,
    0x0081,
    0x201A,
    0x0192,
    0x201E,
    0x2026,
    0x2020,
    0x2021,
    0x02C6,
    0x2030,
    0x0160,
    0x2039,
    0x0152,
    0x008D,
    0x017D,
    0x008F,
    0x0090,
    0x2018,
    0x2019,
    0x201C,
    0x201D,
    0x2022,
    0x2013,
    0x2014,
    0x02DC,
    0x2122,
    0x0161,
    0x203A,
    0x0153,
    0x009D,
    0x017E,
    0x0178,
};

QString decodeWindows1252(QByteArrayView bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    char16_t* out = reinterpret_cast<char16_t*>(text.data());
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto byte = static_cast<unsigned char>(bytes[i]);
        out[i] = (byte >= 0x80 && byte < 0xA0) ? kWindows1252High[byte - 0x80] : char16_t(byte);
    }
    return text;
}

bool startsWith(const QByteArray& bytes, std::initializer_list<unsigned char> prefix)
{
    if (bytes.size() < qsizetype(prefix.size()))
        return false;
    qsizetype i = 0;
    for (unsigned char c : prefix)
        if (static_cast<unsigned char>(bytes[i++]) != c)
            return false;
    return true;
}

bool isHtmlFile(const QString& fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    return suffix == u"html" || suffix == u"htm" || suffix == u"xhtml";
}

QString firstNonEmptyLine(const QString& text)
{
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf(u'\n', start);
        if (end < 0)
            end = text.size();
        QString line = text.mid(start, end - start).trimmed();
        while (line.startsWith(u'#')) // a Markdown heading
            line.remove(0, 1);
        line = line.trimmed();
        if (!line.isEmpty())
            return line.size() > 200 ? line.left(200) + QChar(0x2026) : line;
        start = end + 1;
    }
    return {};
}

} // namespace

bool looksBinary(const QByteArray& bytes)
{
    const qsizetype sample = std::min<qsizetype>(bytes.size(), 64 * 1024);
    qsizetype controls = 0;
    for (qsizetype i = 0; i < sample; ++i) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        if (c == 0)
            return true;
        if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1B)
            ++controls;
    }
    return sample > 0 && controls * 20 > sample; // more than 5% control bytes
}

DecodedText decodeText(const QByteArray& bytes)
{
    DecodedText result;
    if (startsWith(bytes, { 0xEF, 0xBB, 0xBF })) {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        result.text = decoder.decode(QByteArrayView(bytes).sliced(3));
        result.encoding = QStringLiteral("UTF-8");
        if (decoder.hasError())
            result.warnings << QStringLiteral("invalid UTF-8 sequences were replaced by U+FFFD");
        return result;
    }
    const bool utf16le = startsWith(bytes, { 0xFF, 0xFE });
    if (utf16le || startsWith(bytes, { 0xFE, 0xFF })) {
        QStringDecoder decoder(
            utf16le ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE, QStringDecoder::Flag::Stateless);
        result.text = decoder.decode(QByteArrayView(bytes).sliced(2));
        result.encoding = utf16le ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE");
        if (decoder.hasError() || bytes.size() % 2 != 0)
            result.warnings << QStringLiteral("damaged UTF-16 data was replaced by U+FFFD");
        return result;
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (!utf8.hasError()) {
        result.text = std::move(text);
        result.encoding = QStringLiteral("UTF-8");
        return result;
    }
    result.text = decodeWindows1252(bytes);
    result.encoding = QStringLiteral("Windows-1252");
    result.warnings << QStringLiteral("not valid UTF-8; read as Windows-1252 (legacy encoding guess)");
    return result;
}

namespace {

struct HtmlEntity
{
    const char* name;
    char16_t value;
};

// The named references news pages actually use; others stay as written.
constexpr HtmlEntity kHtmlEntities[] = {
    { "amp", u'&' },
    { "lt", u'<' },
    { "gt", u'>' },
    { "quot", u'"' },
    { "apos", u'\'' },
    { "nbsp", 0x00A0 },
    { "ndash", 0x2013 },
    { "mdash", 0x2014 },
    { "lsquo", 0x2018 },
    { "rsquo", 0x2019 },
    { "sbquo", 0x201A },
    { "ldquo", 0x201C },
    { "rdquo", 0x201D },
    { "bdquo", 0x201E },
    { "hellip", 0x2026 },
    { "laquo", 0x00AB },
    { "raquo", 0x00BB },
    { "copy", 0x00A9 },
    { "reg", 0x00AE },
    { "trade", 0x2122 },
    { "euro", 0x20AC },
    { "pound", 0x00A3 },
    { "yen", 0x00A5 },
    { "cent", 0x00A2 },
    { "deg", 0x00B0 },
    { "middot", 0x00B7 },
    { "bull", 0x2022 },
    { "shy", 0x00AD },
    { "eacute", 0x00E9 },
    { "Eacute", 0x00C9 },
    { "egrave", 0x00E8 },
    { "aacute", 0x00E1 },
    { "agrave", 0x00E0 },
    { "iacute", 0x00ED },
    { "oacute", 0x00F3 },
    { "uacute", 0x00FA },
    { "ntilde", 0x00F1 },
    { "ccedil", 0x00E7 },
    { "auml", 0x00E4 },
    { "ouml", 0x00F6 },
    { "uuml", 0x00FC },
    { "Auml", 0x00C4 },
    { "Ouml", 0x00D6 },
    { "Uuml", 0x00DC },
    { "szlig", 0x00DF },
    { "ecirc", 0x00EA },
    { "ocirc", 0x00F4 },
    { "acirc", 0x00E2 },
    { "times", 0x00D7 },
    { "thinsp", 0x2009 },
    { "ensp", 0x2002 },
    { "emsp", 0x2003 },
    { "zwj", 0x200D },
    { "zwnj", 0x200C },
    { "scaron", 0x0161 },
    { "Scaron", 0x0160 },
    { "zcaron", 0x017E },
    { "Zcaron", 0x017D },
    { "ccaron", 0x010D },
    { "Ccaron", 0x010C },
};

// Decodes the character reference at html[pos] == '&'. On success appends and returns the
// length consumed; 0 when it is not a reference we know.
qsizetype decodeCharacterReference(QStringView html, qsizetype pos, QString& out)
{
    const qsizetype limit = std::min<qsizetype>(html.size(), pos + 34);
    qsizetype semicolon = -1;
    for (qsizetype i = pos + 1; i < limit; ++i) {
        if (html[i] == u';') {
            semicolon = i;
            break;
        }
        if (!html[i].isLetterOrNumber() && html[i] != u'#')
            break;
    }
    if (semicolon < 0)
        return 0;
    const QStringView body = html.mid(pos + 1, semicolon - pos - 1);
    if (body.startsWith(u'#')) {
        bool ok = false;
        const bool hex = body.size() > 1 && (body[1] == u'x' || body[1] == u'X');
        const uint code = body.mid(hex ? 2 : 1).toUInt(&ok, hex ? 16 : 10);
        if (!ok || code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return 0;
        // Numeric references in 0x80..0x9F mean Windows-1252 in practice (HTML5 says so too).
        if (code >= 0x80 && code < 0xA0)
            out += QChar(kWindows1252High[code - 0x80]);
        else
            out += QString::fromUcs4(reinterpret_cast<const char32_t*>(&code), 1);
        return semicolon - pos + 1;
    }
    for (const HtmlEntity& entity : kHtmlEntities) {
        if (body == QLatin1StringView(entity.name)) {
            out += QChar(entity.value);
            return semicolon - pos + 1;
        }
    }
    return 0;
}

enum class BreakLevel { None = 0, Space = 1, Line = 2, Paragraph = 3 };

BreakLevel breakForTag(QStringView name)
{
    static constexpr const char* kParagraphTags[] = { "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol",
        "table", "section", "article", "blockquote", "pre", "header", "footer", "aside", "figure", "main",
        "dl", "hr", "nav", "form", "address", "figcaption" };
    static constexpr const char* kLineTags[]
        = { "br", "div", "li", "tr", "dt", "dd", "caption", "body", "center" };
    static constexpr const char* kSpaceTags[] = { "td", "th", "img" };
    for (const char* tag : kParagraphTags)
        if (name == QLatin1StringView(tag))
            return BreakLevel::Paragraph;
    for (const char* tag : kLineTags)
        if (name == QLatin1StringView(tag))
            return BreakLevel::Line;
    for (const char* tag : kSpaceTags)
        if (name == QLatin1StringView(tag))
            return BreakLevel::Space;
    return BreakLevel::None;
}

// Builds the visible text, collapsing white space the way a browser does.
class VisibleTextBuilder
{
public:
    void requestBreak(BreakLevel level)
    {
        if (int(level) > int(m_pendingBreak))
            m_pendingBreak = level;
    }
    void appendText(QStringView text, bool preformatted)
    {
        for (QChar c : text) {
            if (!preformatted && (c.isSpace() && c != QChar(0x00A0))) {
                requestBreak(BreakLevel::Space);
                continue;
            }
            if (preformatted && c == u'\n') {
                flushBreak();
                m_text += u'\n';
                continue;
            }
            flushBreak();
            m_text += c;
        }
    }
    void appendDecoded(const QString& decoded)
    {
        flushBreak();
        m_text += decoded;
    }
    [[nodiscard]] QString take() { return std::move(m_text); }

private:
    void flushBreak()
    {
        if (!m_text.isEmpty()) {
            switch (m_pendingBreak) {
            case BreakLevel::None:
                break;
            case BreakLevel::Space:
                if (!m_text.endsWith(u'\n'))
                    m_text += u' ';
                break;
            case BreakLevel::Line:
                m_text += u'\n';
                break;
            case BreakLevel::Paragraph:
                m_text += u"\n\n";
                break;
            }
        }
        m_pendingBreak = BreakLevel::None;
    }

    QString m_text;
    BreakLevel m_pendingBreak = BreakLevel::None;
};

} // namespace

QString htmlToText(QStringView html, QString* title)
{
    VisibleTextBuilder builder;
    QString titleText;
    bool inTitle = false;
    int preDepth = 0;
    qsizetype pos = 0;
    const qsizetype size = html.size();
    while (pos < size) {
        const QChar c = html[pos];
        if (c == u'<') {
            if (html.mid(pos, 4) == u"<!--") {
                const qsizetype end = html.indexOf(u"-->", pos + 4);
                pos = end < 0 ? size : end + 3;
                continue;
            }
            qsizetype p = pos + 1;
            const bool closing = p < size && html[p] == u'/';
            if (closing)
                ++p;
            const bool declaration = p < size && (html[p] == u'!' || html[p] == u'?');
            if (!declaration && (p >= size || !html[p].isLetter())) {
                builder.appendText(html.mid(pos, 1), preDepth > 0); // a lone '<' in text
                ++pos;
                continue;
            }
            const qsizetype nameStart = declaration ? p + 1 : p;
            qsizetype nameEnd = nameStart;
            while (nameEnd < size && (html[nameEnd].isLetterOrNumber() || html[nameEnd] == u'-'))
                ++nameEnd;
            const QString name = html.mid(nameStart, nameEnd - nameStart).toString().toLower();
            // Find the tag's end, skipping quoted attribute values.
            qsizetype end = nameEnd;
            QChar quote;
            while (end < size) {
                const QChar e = html[end];
                if (!quote.isNull()) {
                    if (e == quote)
                        quote = QChar();
                } else if (e == u'"' || e == u'\'') {
                    quote = e;
                } else if (e == u'>') {
                    break;
                }
                ++end;
            }
            pos = end < size ? end + 1 : size;
            if (declaration)
                continue;
            if (!closing
                && (name == u"script" || name == u"style" || name == u"noscript" || name == u"template"
                    || name == u"svg")) {
                const QString closeTag = u"</" + name;
                const qsizetype close = html.indexOf(closeTag, pos, Qt::CaseInsensitive);
                if (close < 0) {
                    pos = size;
                } else {
                    const qsizetype closeEnd = html.indexOf(u'>', close);
                    pos = closeEnd < 0 ? size : closeEnd + 1;
                }
                continue;
            }
            if (name == u"title") {
                inTitle = !closing;
                continue;
            }
            if (name == u"pre")
                preDepth = std::max(0, preDepth + (closing ? -1 : 1));
            builder.requestBreak(breakForTag(name));
            continue;
        }
        if (c == u'&') {
            QString decoded;
            const qsizetype used = decodeCharacterReference(html, pos, decoded);
            if (used > 0) {
                if (inTitle)
                    titleText += decoded;
                else if (decoded == QChar(0x00A0) || decoded != u" ")
                    builder.appendDecoded(decoded);
                pos += used;
                continue;
            }
        }
        // A run of plain text up to the next markup character.
        qsizetype runEnd = pos + 1;
        while (runEnd < size && html[runEnd] != u'<' && html[runEnd] != u'&')
            ++runEnd;
        const QStringView run = html.mid(pos, runEnd - pos);
        if (inTitle)
            titleText += run;
        else
            builder.appendText(run, preDepth > 0);
        pos = runEnd;
    }
    if (title)
        *title = titleText.simplified();
    return builder.take();
}

bool isSupportedArticleFile(const QString& fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    return suffix == u"txt" || suffix == u"md" || suffix == u"markdown" || suffix == u"text"
        || isHtmlFile(fileName);
}

ReadResult readArticle(const QString& path, const ReadOptions& options)
{
    const QFileInfo info(path);
    if (!info.exists())
        return ReadError { path, QStringLiteral("file does not exist") };
    if (info.isDir())
        return ReadError { path, QStringLiteral("is a folder, not a file") };
    if (info.size() > options.maxFileBytes) {
        return ReadError { path,
            QStringLiteral("file too large (%1 MB; the limit is %2 MB)")
                .arg(double(info.size()) / (1024.0 * 1024.0), 0, 'f', 1)
                .arg(options.maxFileBytes / (1024 * 1024)) };
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ReadError { path, QStringLiteral("cannot be read: %1").arg(file.errorString()) };
    // Read one byte past the limit: the file may have grown since it was listed.
    const QByteArray bytes = file.read(options.maxFileBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return ReadError { path, QStringLiteral("cannot be read: %1").arg(file.errorString()) };
    if (bytes.size() > options.maxFileBytes)
        return ReadError { path,
            QStringLiteral("file too large (over %1 MB)").arg(options.maxFileBytes / (1024 * 1024)) };
    const bool hasUtf16Bom = startsWith(bytes, { 0xFF, 0xFE }) || startsWith(bytes, { 0xFE, 0xFF });
    if (!hasUtf16Bom && looksBinary(bytes))
        return ReadError { path, QStringLiteral("binary file, not text") };

    DecodedText decoded = decodeText(bytes);
    Article article;
    article.path = info.absoluteFilePath();
    article.encoding = decoded.encoding;
    article.warnings = decoded.warnings;
    if (isHtmlFile(path)) {
        article.text = htmlToText(decoded.text, &article.title);
    } else {
        // Windows line ends would shift every offset after them in some consumers: normalise.
        article.text = std::move(decoded.text);
        article.text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        article.text.replace(u'\r', u'\n');
    }
    if (article.title.isEmpty())
        article.title = firstNonEmptyLine(article.text);
    if (article.title.isEmpty())
        article.title = info.completeBaseName();
    if (article.text.trimmed().isEmpty())
        article.warnings << QStringLiteral("the file has no text");
    return article;
}

namespace {

void collectFiles(const QFileInfo& dirInfo, QSet<QString>& visitedDirs, ArticleFileList& out)
{
    const QString canonical = dirInfo.canonicalFilePath();
    if (canonical.isEmpty() || visitedDirs.contains(canonical))
        return; // a symlink loop, or a folder that vanished
    visitedDirs.insert(canonical);
    QDir dir(dirInfo.absoluteFilePath());
    if (!dir.isReadable()) {
        out.errors.append({ dirInfo.absoluteFilePath(), QStringLiteral("folder cannot be read") });
        return;
    }
    const QFileInfoList entries
        = dir.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Readable, QDir::Name);
    for (const QFileInfo& entry : entries) {
        if (entry.fileName().startsWith(u'.'))
            continue;
        if (entry.isDir())
            collectFiles(entry, visitedDirs, out);
        else if (isSupportedArticleFile(entry.fileName()))
            out.files.append(entry.absoluteFilePath());
    }
}

} // namespace

ArticleFileList listArticleFiles(const QStringList& paths)
{
    ArticleFileList result;
    QSet<QString> visitedDirs;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (!info.exists()) {
            result.errors.append({ path, QStringLiteral("no such file or folder") });
        } else if (info.isDir()) {
            collectFiles(info, visitedDirs, result);
        } else if (isSupportedArticleFile(info.fileName())) {
            result.files.append(info.absoluteFilePath());
        } else {
            result.errors.append(
                { path, QStringLiteral("not a supported article file (.txt, .md, .html, .htm)") });
        }
    }
    result.files.sort();
    result.files.removeDuplicates();
    return result;
}

} // namespace crossread::core
