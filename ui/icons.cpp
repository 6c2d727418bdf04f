#include "icons.h"

#include <QGuiApplication>
#include <QIcon>
#include <QPainter>
#include <QPixmapCache>

using namespace Qt::StringLiterals;

namespace Icons {

QPixmap pixmap(const QString &name, int size, const QColor &color, qreal devicePixelRatio)
{
    const QString key =
        u"govstack-icon/%1/%2/%3/%4"_s.arg(name).arg(size).arg(color.name(QColor::HexArgb)).arg(devicePixelRatio);
    QPixmap tinted;
    if (QPixmapCache::find(key, &tinted))
        return tinted;
    const int pixels = qRound(size * devicePixelRatio);
    tinted = QIcon(u":/icons/%1.svg"_s.arg(name)).pixmap(QSize(pixels, pixels));
    tinted.setDevicePixelRatio(devicePixelRatio);
    // The drawing's own colour is replaced by the palette's, keeping its shape and smoothing.
    QPainter painter(&tinted);
    painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
    painter.fillRect(tinted.rect(), color);
    painter.end();
    QPixmapCache::insert(key, tinted);
    return tinted;
}

QIcon icon(const QString &name, const QColor &color, int size)
{
    return QIcon(pixmap(name, size, color, qApp->devicePixelRatio()));
}

void paint(QPainter *painter, const QRect &rect, const QString &name, const QColor &color)
{
    const int size = std::min(rect.width(), rect.height());
    const QPixmap icon = pixmap(name, size, color, painter->device()->devicePixelRatioF());
    painter->drawPixmap(QRect(rect.center() - QPoint(size / 2, size / 2), QSize(size, size)), icon);
}

} // namespace Icons
