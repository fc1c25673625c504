#include "core/corpus/corrections.h"

#include "core/link/linker.h"
#include "core/link/namekey.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace crossread::core {

namespace {

struct KindName
{
    Correction::Kind kind;
    const char* name;
};
constexpr KindName kKindNames[] = {
    { Correction::Kind::Rename, "rename" },
    { Correction::Kind::SetType, "set-type" },
    { Correction::Kind::Merge, "merge" },
    { Correction::Kind::SplitAlias, "split-alias" },
    { Correction::Kind::RejectMention, "reject-mention" },
    { Correction::Kind::RejectSurface, "reject-surface" },
    { Correction::Kind::MarkEntity, "mark-entity" },
};

QString kindName(Correction::Kind kind)
{
    for (const KindName& k : kKindNames)
        if (k.kind == kind)
            return QString::fromLatin1(k.name);
    return {};
}

std::optional<Correction::Kind> kindFromName(const QString& name)
{
    for (const KindName& k : kKindNames)
        if (name == QLatin1String(k.name))
            return k.kind;
    return std::nullopt;
}

QJsonObject toJson(const Correction& c)
{
    QJsonObject o { { QStringLiteral("op"), kindName(c.kind) } };
    auto put = [&](const char* key, const QString& value) {
        if (!value.isEmpty())
            o.insert(QLatin1String(key), value);
    };
    put("entity", c.entity);
    put("other", c.other);
    put("name", c.name);
    put("text", c.text);
    put("article", c.article);
    if (c.kind == Correction::Kind::SetType || c.kind == Correction::Kind::MarkEntity)
        o.insert(QStringLiteral("type"), entityTypeName(c.type));
    if (c.kind == Correction::Kind::RejectMention) {
        o.insert(QStringLiteral("begin"), qint64(c.begin));
        o.insert(QStringLiteral("end"), qint64(c.end));
    }
    return o;
}

// An entry this version understands, or nothing (then it is kept as it is).
std::optional<Correction> fromJson(const QJsonObject& o)
{
    const auto kind = kindFromName(o.value(QStringLiteral("op")).toString());
    if (!kind)
        return std::nullopt;
    Correction c;
    c.kind = *kind;
    c.entity = o.value(QStringLiteral("entity")).toString();
    c.other = o.value(QStringLiteral("other")).toString();
    c.name = o.value(QStringLiteral("name")).toString();
    c.text = o.value(QStringLiteral("text")).toString();
    c.article = o.value(QStringLiteral("article")).toString();
    c.begin = qsizetype(o.value(QStringLiteral("begin")).toInteger(-1));
    c.end = qsizetype(o.value(QStringLiteral("end")).toInteger(-1));
    const auto type = entityTypeFromName(o.value(QStringLiteral("type")).toString());
    if (type)
        c.type = *type;
    switch (c.kind) {
    case Correction::Kind::Rename:
        return (c.entity.isEmpty() || c.name.isEmpty()) ? std::nullopt : std::optional(c);
    case Correction::Kind::SetType:
        return (c.entity.isEmpty() || !type) ? std::nullopt : std::optional(c);
    case Correction::Kind::Merge:
    case Correction::Kind::SplitAlias:
        return (c.entity.isEmpty() || c.other.isEmpty()) ? std::nullopt : std::optional(c);
    case Correction::Kind::RejectMention:
        return (c.article.isEmpty() || c.begin < 0 || c.end <= c.begin) ? std::nullopt : std::optional(c);
    case Correction::Kind::RejectSurface:
        return c.text.isEmpty() ? std::nullopt : std::optional(c);
    case Correction::Kind::MarkEntity:
        return (c.text.trimmed().isEmpty() || !type) ? std::nullopt : std::optional(c);
    }
    return std::nullopt;
}

bool isWordCharAt(const QString& text, qsizetype i)
{
    return i >= 0 && i < text.size() && (text[i].isLetterOrNumber() || text[i].isMark());
}

bool writeAtomically(const QString& path, const QByteArray& bytes, QString* error)
{
    const QByteArray target = QFile::encodeName(path);
    const QByteArray temporary = target + ".tmp-" + QByteArray::number(qint64(::getpid()));
    const int fd = ::open(temporary.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    auto fail = [&](const char* what) {
        if (error)
            *error = QStringLiteral("cannot %1 %2: %3")
                         .arg(QString::fromLatin1(what), path, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    };
    if (fd < 0)
        return fail("create a temporary file next to");
    qsizetype written = 0;
    while (written < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + written, size_t(bytes.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            ::close(fd);
            ::unlink(temporary.constData());
            return fail("write");
        }
        written += n;
    }
    if (::fsync(fd) != 0 || ::close(fd) != 0) {
        ::unlink(temporary.constData());
        return fail("flush");
    }
    if (std::rename(temporary.constData(), target.constData()) != 0) {
        ::unlink(temporary.constData());
        return fail("replace");
    }
    // The rename itself must reach the disk too.
    const QByteArray dir = QFile::encodeName(QFileInfo(path).absolutePath());
    if (const int dirFd = ::open(dir.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC); dirFd >= 0) {
        ::fsync(dirFd);
        ::close(dirFd);
    }
    return true;
}

} // namespace

QString Correction::describe() const
{
    switch (kind) {
    case Kind::Rename:
        return QStringLiteral("Rename '%1' to '%2'").arg(entity, name);
    case Kind::SetType:
        return QStringLiteral("Make '%1' a %2").arg(entity, entityTypeName(type).toLower());
    case Kind::Merge:
        return QStringLiteral("Merge '%1' into '%2'").arg(other, entity);
    case Kind::SplitAlias:
        return QStringLiteral("Split '%1' off '%2'").arg(other, entity);
    case Kind::RejectMention:
        return QStringLiteral("'%1' is not an entity here").arg(text);
    case Kind::RejectSurface:
        return QStringLiteral("'%1' is never an entity").arg(text);
    case Kind::MarkEntity:
        return QStringLiteral("Mark '%1' as %2").arg(text, entityTypeName(type).toLower());
    }
    return {};
}

QString correctionsFilePath(const QString& folder)
{
    return QDir(folder).filePath(QStringLiteral(".crossread/corrections.json"));
}

CorrectionsLoad loadCorrections(const QString& folder)
{
    CorrectionsLoad result;
    const QString path = correctionsFilePath(folder);
    QFile file(path);
    if (!file.exists())
        return result;
    if (!file.open(QIODevice::ReadOnly)) {
        result.problem
            = QStringLiteral("Your corrections in %1 could not be read (%2); they are left as they "
                             "are and new corrections cannot be saved until it is readable.")
                  .arg(path, file.errorString());
        return result;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    file.close();
    const QJsonObject root = doc.object();
    const bool valid = parseError.error == QJsonParseError::NoError && doc.isObject()
        && root.value(QStringLiteral("format")).toString() == u"crossread-corrections"
        && root.value(QStringLiteral("corrections")).isArray();
    if (!valid) {
        // Moved aside, never overwritten: the user (or we) can still recover it by hand.
        const QString backup
            = path + u".damaged-" + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        const bool moved = QFile::rename(path, backup);
        result.problem = moved
            ? QStringLiteral("The corrections file %1 was damaged (%2). It was kept as %3; Crossread starts "
                             "with no corrections.")
                  .arg(path,
                      parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                   : QStringLiteral("not a corrections file"),
                      backup)
            : QStringLiteral("The corrections file %1 is damaged and could not be moved aside.").arg(path);
        return result;
    }
    for (const QJsonValue& value : root.value(QStringLiteral("corrections")).toArray()) {
        const QJsonObject o = value.toObject();
        if (const auto c = fromJson(o))
            result.corrections.items.append(*c);
        else
            result.corrections.unknown.append(o);
    }
    if (root.value(QStringLiteral("version")).toInt() > kCorrectionsFormatVersion)
        result.problem = QStringLiteral("%1 was written by a newer Crossread; what this version does not "
                                        "understand is kept and written back unchanged.")
                             .arg(path);
    return result;
}

bool saveCorrections(const QString& folder, const CorrectionSet& corrections, QString* error)
{
    const QString path = correctionsFilePath(folder);
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        if (error)
            *error = QStringLiteral("cannot create the folder %1").arg(QFileInfo(path).absolutePath());
        return false;
    }
    QJsonArray items;
    for (const Correction& c : corrections.items)
        items.append(toJson(c));
    for (const QJsonObject& o : corrections.unknown)
        items.append(o);
    const QJsonObject root { { QStringLiteral("format"), QStringLiteral("crossread-corrections") },
        { QStringLiteral("version"), kCorrectionsFormatVersion }, { QStringLiteral("corrections"), items } };
    return writeAtomically(path, QJsonDocument(root).toJson(QJsonDocument::Indented), error);
}

void applyMentionCorrections(
    const CorrectionSet& corrections, const QString& folder, std::vector<AnalysedArticle>& articles)
{
    const QDir dir(folder);
    for (const Correction& c : corrections.items) {
        if (!c.isMentionCorrection())
            continue;
        if (c.kind == Correction::Kind::RejectMention) {
            for (AnalysedArticle& a : articles) {
                if (dir.relativeFilePath(a.article.path) != c.article)
                    continue;
                a.mentions.removeIf([&](const Mention& m) {
                    return m.span.begin == c.begin && m.span.end == c.end
                        && (c.text.isEmpty() || m.text == c.text);
                });
            }
        } else if (c.kind == Correction::Kind::RejectSurface) {
            const QString key = nameKey(c.text);
            for (AnalysedArticle& a : articles)
                a.mentions.removeIf([&](const Mention& m) { return nameKey(m.text) == key; });
        } else if (c.kind == Correction::Kind::MarkEntity) {
            const QString needle = c.text.trimmed();
            for (AnalysedArticle& a : articles) {
                const QString& text = a.article.text;
                QList<Mention> added;
                for (qsizetype at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
                    const qsizetype end = at + needle.size();
                    if (isWordCharAt(text, at - 1) || isWordCharAt(text, end))
                        continue;
                    added.append({ { at, end }, c.type, needle });
                }
                if (added.isEmpty())
                    continue;
                a.mentions.removeIf([&](const Mention& m) {
                    return std::any_of(added.begin(), added.end(),
                        [&](const Mention& n) { return n.span.overlaps(m.span); });
                });
                a.mentions.append(added);
                std::sort(a.mentions.begin(), a.mentions.end());
            }
        }
    }
}

void applyEntityCorrections(
    const CorrectionSet& corrections, std::vector<AnalysedArticle>& articles, Linking& linking)
{
    auto forEachMention = [&](int entity, auto&& visit) {
        for (size_t a = 0; a < articles.size(); ++a)
            for (size_t i = 0; i < linking.entityOfMention[a].size(); ++i)
                if (linking.entityOfMention[a][i] == entity)
                    visit(a, i);
    };
    QHash<QString, QString> keys; // alias name keys, folded once for all the corrections
    for (const Correction& c : corrections.items) {
        if (c.isMentionCorrection())
            continue;
        const int target = findEntityNamed(linking, c.entity, &keys);
        if (target < 0)
            continue;
        Entity& entity = linking.entities[size_t(target)];
        switch (c.kind) {
        case Correction::Kind::Rename:
            entity.name = c.name;
            break;
        case Correction::Kind::SetType:
            entity.type = c.type;
            forEachMention(
                target, [&](size_t a, size_t i) { articles[a].mentions[qsizetype(i)].type = c.type; });
            break;
        case Correction::Kind::Merge: {
            const int source = findEntityNamed(linking, c.other, &keys);
            if (source < 0 || source == target)
                break;
            for (EntityAlias alias : linking.entities[size_t(source)].aliases) {
                alias.reason = JoinReason::UserMerge;
                alias.joinedTo = entity.name;
                entity.aliases.append(alias);
            }
            const EntityType type = entity.type;
            forEachMention(source, [&](size_t a, size_t i) {
                linking.entityOfMention[a][i] = target;
                articles[a].mentions[qsizetype(i)].type = type;
            });
            break;
        }
        case Correction::Kind::SplitAlias: {
            const QString key = nameKey(c.other);
            Entity split;
            split.name = c.other;
            split.type = entity.type;
            split.aliases.append({ c.other, 0, JoinReason::CanonicalName, {} });
            const auto splitIndex = std::int32_t(linking.entities.size());
            bool any = false;
            forEachMention(target, [&](size_t a, size_t i) {
                if (nameKey(articles[a].mentions[qsizetype(i)].text) == key) {
                    linking.entityOfMention[a][i] = splitIndex;
                    any = true;
                }
            });
            if (any)
                linking.entities.push_back(std::move(split));
            break;
        }
        default:
            break;
        }
        refreshEntities(articles, linking);
    }
}

} // namespace crossread::core
