#include "ui/views/highlightpalette.h"

#include <QApplication>
#include <QPalette>
#include <QSettings>

namespace crossread::ui {

using core::EntityType;

namespace {
// Soft backgrounds that keep black text readable (light) and light text readable (dark),
// told apart by hue and by lightness for readers with red-green colour blindness.
constexpr QRgb kLight[] = { qRgb(0xff, 0xd5, 0x9e), qRgb(0xb8, 0xe6, 0xc4), qRgb(0xc4, 0xd7, 0xff) };
constexpr QRgb kDark[] = { qRgb(0x80, 0x4d, 0x00), qRgb(0x1e, 0x5e, 0x36), qRgb(0x2c, 0x4a, 0x8c) };

QString settingsKey(EntityType type)
{
    return u"highlight/" + core::entityTypeName(type);
}
} // namespace

HighlightPalette::HighlightPalette(QObject* parent)
    : QObject(parent)
{ }

QString HighlightPalette::typeLabel(EntityType type)
{
    switch (type) {
    case EntityType::Person:
        return tr("Person");
    case EntityType::Location:
        return tr("Place");
    case EntityType::Organization:
        return tr("Organization");
    }
    return {};
}

bool HighlightPalette::isDark()
{
    return QApplication::palette().color(QPalette::Window).lightness() < 128;
}

QColor HighlightPalette::background(EntityType type) const
{
    if (m_custom[size_t(type)].isValid())
        return m_custom[size_t(type)];
    return QColor(isDark() ? kDark[size_t(type)] : kLight[size_t(type)]);
}

void HighlightPalette::setBackground(EntityType type, const QColor& color)
{
    m_custom[size_t(type)] = color;
    save();
    Q_EMIT changed();
}

void HighlightPalette::setVisible(EntityType type, bool visible)
{
    if (m_visible[size_t(type)] == visible)
        return;
    m_visible[size_t(type)] = visible;
    save();
    Q_EMIT changed();
}

void HighlightPalette::load()
{
    QSettings settings;
    for (int t = 0; t < core::kEntityTypeCount; ++t) {
        const auto type = EntityType(t);
        m_custom[size_t(t)] = QColor(settings.value(settingsKey(type) + u"/color").toString());
        m_visible[size_t(t)] = settings.value(settingsKey(type) + u"/visible", true).toBool();
    }
    Q_EMIT changed();
}

void HighlightPalette::save() const
{
    QSettings settings;
    for (int t = 0; t < core::kEntityTypeCount; ++t) {
        const auto type = EntityType(t);
        if (m_custom[size_t(t)].isValid())
            settings.setValue(settingsKey(type) + u"/color", m_custom[size_t(t)].name());
        else
            settings.remove(settingsKey(type) + u"/color");
        settings.setValue(settingsKey(type) + u"/visible", m_visible[size_t(t)]);
    }
}

} // namespace crossread::ui
