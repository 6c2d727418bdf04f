#pragma once

#include <QColor>
#include <QIcon>
#include <QPixmap>
#include <QRect>
#include <QString>

class QPainter;

/// The app's own icons: bundled SVG (":/icons/<name>.svg"), drawn in a colour of the palette so
/// they follow the theme, light or dark or high contrast, as text does.
namespace Icons {

/// @p name at @p size logical pixels in @p color; kept in QPixmapCache.
QPixmap pixmap(const QString &name, int size, const QColor &color, qreal devicePixelRatio);
/// @p name as an icon for a button, in @p color.
QIcon icon(const QString &name, const QColor &color, int size = 16);
/// Draws @p name centred in @p rect, as large as the rect's shorter side.
void paint(QPainter *painter, const QRect &rect, const QString &name, const QColor &color);

} // namespace Icons
