#pragma once

class QMainWindow;
class QSplitter;
class QWidget;

/// Where the main window sits and how its columns are shared, kept across starts in the
/// settings file. A first start opens at about 70% of the screen's work area, centred, the
/// conversations taking a quarter; later starts come back as they were left (Qt keeps a
/// restored window on a screen that exists).
namespace WindowPlacement {

void restore(QMainWindow *window, QSplitter *splitter);
void save(const QMainWindow *window, const QSplitter *splitter);
/// Puts @p window in the middle of @p over, whole on the same screen, smaller if it must be.
void centreOver(QWidget *window, const QWidget *over);

} // namespace WindowPlacement
