#pragma once

#include <QString>

/// The language of the user interface: English, Kiswahili, or the system's.
namespace UiLanguage {

/// Installs the app's and Qt's own translations for @p code (`en`, `sw`, or
/// empty for the system language), replacing any installed before. Every
/// widget then gets a LanguageChange event and retranslates itself.
void apply(const QString &code);

} // namespace UiLanguage
