// SPDX-License-Identifier: MIT
#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <vector>

namespace sd {

void installTranslations(const QLocale &locale)
{
    // A second call switches languages: the earlier catalogues go, or they would still answer
    // for every message the new language leaves out.
    static std::vector<QTranslator *> installed;
    for (QTranslator *translator : installed) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    installed.clear();
    auto install = [](QTranslator *translator, bool loaded) {
        if (loaded) {
            QCoreApplication::installTranslator(translator);
            installed.push_back(translator);
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
