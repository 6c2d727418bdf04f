#include "uilanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

using namespace Qt::StringLiterals;

namespace UiLanguage {

void apply(const QString &code)
{
    // Installing and removing translators posts LanguageChange, which reaches every widget.
    static std::unique_ptr<QTranslator> app;
    static std::unique_ptr<QTranslator> qt;
    for (auto *installed : {app.get(), qt.get()}) {
        if (installed)
            QCoreApplication::removeTranslator(installed);
    }
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    // Dates and numbers follow the language chosen, not only the words.
    QLocale::setDefault(locale);
    app = std::make_unique<QTranslator>();
    // English is the fallback: its translation holds the plural forms of the source texts.
    if (app->load(locale, u"govstack-desktop"_s, u"_"_s, u":/i18n"_s) ||
        app->load(QLocale(QLocale::English), u"govstack-desktop"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(app.get());
    // Qt's own strings (standard buttons, context menus, the file dialog): the system's when it
    // has them, else the app's own (Qt has no Kiswahili).
    qt = std::make_unique<QTranslator>();
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)) ||
        qt->load(locale, u"qt"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(qt.get());
}

} // namespace UiLanguage
