#include "core/types.h"

namespace crossread::core {

QString entityTypeName(EntityType type)
{
    switch (type) {
    case EntityType::Person:
        return QStringLiteral("PERSON");
    case EntityType::Location:
        return QStringLiteral("LOCATION");
    case EntityType::Organization:
        return QStringLiteral("ORGANIZATION");
    }
    return {};
}

std::optional<EntityType> entityTypeFromName(QStringView name)
{
    const QString upper = name.trimmed().toString().toUpper();
    if (upper == u"PERSON" || upper == u"PER")
        return EntityType::Person;
    if (upper == u"LOCATION" || upper == u"LOC")
        return EntityType::Location;
    if (upper == u"ORGANIZATION" || upper == u"ORGANISATION" || upper == u"ORG")
        return EntityType::Organization;
    return std::nullopt;
}

} // namespace crossread::core
