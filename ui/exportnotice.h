#pragma once

#include <QTimer>
#include <QWidget>

class QLabel;
class QPushButton;

/// Says in the status bar that an export was written, and where, with a button that shows
/// the file in the desktop's file manager. It goes after a while, or with the next export.
class ExportNotice : public QWidget
{
    Q_OBJECT

public:
    explicit ExportNotice(QWidget *parent = nullptr);

    /// @p count conversations were written to @p path, signed by the key of @p fingerprint
    /// or, when that is empty, not signed for @p unsignedReason.
    void showExported(const QString &path, int count, const QString &fingerprint, const QString &unsignedReason);
    QString path() const { return m_path; }
    /// Shows @p path selected in the file manager, or its folder when no file manager offers that.
    static void showInFolder(const QString &path);
    void retranslate();

private:
    void showText();

    QLabel *m_text;
    QPushButton *m_showButton;
    QString m_path;
    int m_count = 0;
    QString m_fingerprint;
    QString m_unsignedReason;
    QTimer m_hideTimer;
};
