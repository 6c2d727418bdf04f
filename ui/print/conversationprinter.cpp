#include "conversationprinter.h"

#include <QAbstractTextDocumentLayout>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace {

void drawHeader(QPainter &painter, const QRectF &area, const ConversationPrinter::Header &header, const QFont &font)
{
    QFont bold = font;
    bold.setBold(true);
    painter.setFont(bold);
    const QString title = header.title.isEmpty() ? ConversationPrinter::tr("Conversation") : header.title;
    painter.drawText(area, Qt::AlignLeft | Qt::AlignTop,
                     QFontMetrics(bold, painter.device()).elidedText(title, Qt::ElideRight, int(area.width())));
    painter.setFont(font);
    painter.drawText(
        area, Qt::AlignLeft | Qt::AlignBottom,
        ConversationPrinter::tr("Session %1 · printed %2")
            .arg(header.sessionId, QLocale::c().toString(header.printedAt.toUTC(), u"yyyy-MM-dd HH:mm 'UTC'"_s)));
    painter.drawLine(area.bottomLeft(), area.bottomRight());
}

} // namespace

Result<int> ConversationPrinter::print(QTextDocument &document, QPagedPaintDevice *device, const Header &header,
                                       const Progress &progress)
{
    QPainter painter;
    if (!painter.begin(device))
        return Error{Error::Code::Io, tr("The printer or file cannot be written to.")};
    const QRectF page = device->pageLayout().paintRectPixels(device->logicalDpiX());
    const QFont font = document.defaultFont();
    const qreal line = QFontMetricsF(font, device).lineSpacing();
    const QRectF headerArea(0, 0, page.width(), line * 2.4);
    const QRectF footerArea(0, page.height() - line * 1.5, page.width(), line * 1.5);
    const qreal bodyTop = headerArea.bottom() + line;
    const qreal bodyHeight = footerArea.top() - line * 0.5 - bodyTop;

    document.documentLayout()->setPaintDevice(device);
    document.setPageSize(QSizeF(page.width(), bodyHeight));
    const int pages = document.pageCount();
    for (int index = 0; index < pages; ++index) {
        if (index > 0)
            device->newPage();
        drawHeader(painter, headerArea, header, font);
        painter.setFont(font);
        painter.drawText(footerArea, Qt::AlignHCenter | Qt::AlignBottom, tr("Page %1 of %2").arg(index + 1).arg(pages));
        painter.save();
        painter.translate(0, bodyTop - index * bodyHeight);
        const QRectF visible(0, index * bodyHeight, page.width(), bodyHeight);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = visible;
        painter.setClipRect(visible);
        document.documentLayout()->draw(&painter, context);
        painter.restore();
        if (progress && !progress(index + 1, pages)) {
            painter.end();
            return Error{Error::Code::Cancelled, tr("Printing was cancelled.")};
        }
    }
    painter.end();
    return pages;
}
