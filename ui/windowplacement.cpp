#include "windowplacement.h"

#include <QMainWindow>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace WindowPlacement {

namespace {

void placeFirstTime(QMainWindow *window, QSplitter *splitter)
{
    // Room for the conversations and for lines that read well, on any screen.
    const QRect available = window->screen()->availableGeometry();
    const QSize size = (available.size() * 0.7).expandedTo(window->minimumSizeHint());
    window->setGeometry(QStyle::alignedRect(Qt::LeftToRight, Qt::AlignCenter, size, available));
    splitter->setSizes({size.width() / 4, size.width() - size.width() / 4});
}

} // namespace

void restore(QMainWindow *window, QSplitter *splitter)
{
    QSettings settings;
    if (!window->restoreGeometry(settings.value(u"window/geometry"_s).toByteArray()))
        placeFirstTime(window, splitter);
    splitter->restoreState(settings.value(u"window/splitter"_s).toByteArray());
}

void save(const QMainWindow *window, const QSplitter *splitter)
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, window->saveGeometry());
    settings.setValue(u"window/splitter"_s, splitter->saveState());
}

void centreOver(QWidget *window, const QWidget *over)
{
    const QRect available = over->screen()->availableGeometry();
    const QSize size = window->size().boundedTo(available.size() * 0.9);
    QRect placed = QStyle::alignedRect(Qt::LeftToRight, Qt::AlignCenter, size, over->frameGeometry());
    // Moved back onto the screen where the window it belongs to sits near an edge.
    placed.moveLeft(std::clamp(placed.left(), available.left(), available.right() - size.width()));
    placed.moveTop(std::clamp(placed.top(), available.top(), available.bottom() - size.height()));
    window->setGeometry(placed);
}

} // namespace WindowPlacement
