#include "exportnotice.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QUrl>

using namespace Qt::StringLiterals;

ExportNotice::ExportNotice(QWidget *parent)
    : QWidget(parent)
    , m_text(new QLabel)
    , m_showButton(new QPushButton)
{
    setObjectName(u"exportNotice"_s);
    m_showButton->setObjectName(u"showInFolderButton"_s);
    m_showButton->setFlat(true);
    m_text->setTextFormat(Qt::PlainText);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text);
    layout->addWidget(m_showButton);
    connect(m_showButton, &QPushButton::clicked, this, [this] { showInFolder(m_path); });
    m_hideTimer.setSingleShot(true);
    m_hideTimer.setInterval(30000);
    connect(&m_hideTimer, &QTimer::timeout, this, &QWidget::hide);
    retranslate();
    hide();
}

void ExportNotice::showExported(const QString &path, int count, const QString &fingerprint,
                                const QString &unsignedReason)
{
    m_path = path;
    m_count = count;
    m_fingerprint = fingerprint;
    m_unsignedReason = unsignedReason;
    showText();
    show();
    m_hideTimer.start();
}

void ExportNotice::showText()
{
    const QString name = QFileInfo(m_path).fileName();
    QString text = tr("%n conversation(s) exported to “%1”.", nullptr, m_count).arg(name);
    QString details = QDir::toNativeSeparators(m_path);
    if (!m_fingerprint.isEmpty()) {
        // The first groups are enough to recognise the key; the tooltip has all of it.
        text += u' ' + tr("Signed with key %1 …").arg(m_fingerprint.section(u' ', 0, 1));
        details += u'\n' + tr("Signed with this installation's key %1").arg(m_fingerprint);
    } else if (!m_unsignedReason.isEmpty()) {
        text += u' ' + tr("Not signed.");
        details += u'\n' + tr("Not signed: %1").arg(m_unsignedReason);
    }
    m_text->setText(text);
    m_text->setToolTip(details);
}

void ExportNotice::showInFolder(const QString &path)
{
    // The freedesktop file manager interface selects the file; without one, its folder opens.
    QDBusMessage call =
        QDBusMessage::createMethodCall(u"org.freedesktop.FileManager1"_s, u"/org/freedesktop/FileManager1"_s,
                                       u"org.freedesktop.FileManager1"_s, u"ShowItems"_s);
    call.setArguments({QStringList{QUrl::fromLocalFile(path).toString()}, QString()});
    const QDBusMessage reply = QDBusConnection::sessionBus().call(call, QDBus::Block, 3000);
    if (reply.type() != QDBusMessage::ReplyMessage)
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(path).absolutePath()));
}

void ExportNotice::retranslate()
{
    m_showButton->setText(tr("Show in Folder"));
    m_showButton->setAccessibleName(tr("Show the exported file in its folder"));
    if (!m_path.isEmpty())
        showText();
}
