#pragma once

// One highlight colour per entity type, readable on light and dark palettes, which the user can
// change (remembered in QSettings), and whether each type is shown at all.

#include "core/types.h"

#include <QColor>
#include <QObject>
#include <QString>

#include <array>

namespace crossread::ui {

class HighlightPalette : public QObject
{
    Q_OBJECT

public:
    explicit HighlightPalette(QObject* parent = nullptr);

    [[nodiscard]] static QString typeLabel(core::EntityType type); // "Person", "Place", "Organization"
    [[nodiscard]] static bool isDark(); // the application palette has a dark window

    [[nodiscard]] QColor background(core::EntityType type) const;
    void setBackground(core::EntityType type, const QColor& color);
    [[nodiscard]] bool isVisible(core::EntityType type) const { return m_visible[size_t(type)]; }
    void setVisible(core::EntityType type, bool visible);

    void load(); // from QSettings
    void save() const;

Q_SIGNALS:
    void changed();

private:
    std::array<QColor, core::kEntityTypeCount> m_custom; // invalid: the default for the palette
    std::array<bool, core::kEntityTypeCount> m_visible { true, true, true };
};

} // namespace crossread::ui
