#pragma once

#include <QMainWindow>

class ChatStore;
class QLabel;

/// The main window. At this stage it shows how many conversations the store
/// holds and follows changes made by headless commands.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(ChatStore *store, QWidget *parent = nullptr);

    /// Brings the window to the front, e.g. when a second launch asks for it.
    void activate();

protected:
    void changeEvent(QEvent *event) override;

private:
    void createMenus();
    void refresh();
    void retranslate();

    ChatStore *m_store;
    QLabel *m_summary = nullptr;
    QLabel *m_statusLabel = nullptr;
    QMenu *m_fileMenu = nullptr;
    QAction *m_quitAction = nullptr;
    int m_sessionCount = 0;
};
