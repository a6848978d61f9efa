// SPDX-License-Identifier: MIT
#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

namespace sd {

void installTranslations(const QLocale &locale)
{
    // Installing again switches the language (tests and tools do): the previous catalogues go,
    // or they would still answer what the new one lacks.
    static QList<QPointer<QTranslator>> installed;
    for (const QPointer<QTranslator> &translator : std::as_const(installed)) {
        if (translator) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
    installed.clear();
    auto install = [](QTranslator *translator, bool loaded) {
        if (loaded) {
            QCoreApplication::installTranslator(translator);
            installed.append(translator);
        } else {
            delete translator;
        }
    };
    auto *plurals = new QTranslator(QCoreApplication::instance());
    install(plurals, plurals->load(QStringLiteral(":/i18n/stackdraft_en")));
    auto *qt = new QTranslator(QCoreApplication::instance());
    install(qt, qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                         QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
    // The last installed is asked first: the language's own catalogue wins over the plurals.
    auto *own = new QTranslator(QCoreApplication::instance());
    install(own, own->load(locale, QStringLiteral("stackdraft"), QStringLiteral("_"), QStringLiteral(":/i18n")));
}

QLocale preferredLocale()
{
    const QString language = QSettings().value(QStringLiteral("language")).toString();
    return language.isEmpty() ? QLocale::system() : QLocale(language);
}

} // namespace sd
