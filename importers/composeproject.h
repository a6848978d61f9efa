// SPDX-License-Identifier: MIT
#pragma once

#include "diagnostic.h"
#include "importinput.h"
#include "importreport.h"
#include "sourcetree.h"

#include <QHash>
#include <QSet>
#include <QString>

#include <vector>

namespace sd {

/// KEY=VALUE lines of a .env or env_file, as compose reads them (comments, `export`, quotes); at most 1 MiB.
QHash<QString, QString> readEnvFile(const QString &path, bool *ok);

/// One service of a compose project, with `extends` resolved and variables interpolated.
struct ComposeService {
    QString name;
    QString file;        ///< the file that defines it
    SourceNode node;     ///< its definition (a mapping)
};

/**
 * The services of a compose project: the files given (merged in order, later ones override, as
 * `docker compose -f a -f b` does), their `include`s, `extends` resolved within and across files,
 * and `${VAR}` interpolated from the .env file beside the first file (defaults otherwise).
 * Structural problems (not a compose file, services that are not mappings, include or extends
 * cycles, a service extending one that does not exist) are errors with file and line.
 */
class ComposeProject
{
public:
    bool load(const QStringList &paths, Diagnostics &errors, ImportReport &report);

    const std::vector<ComposeService> &services() const { return m_services; }
    QString name() const { return m_name; }

private:
    bool loadFile(const QString &path, int includeDepth, Diagnostics &errors, ImportReport &report);
    bool resolveExtends(ComposeService &service, int depth, Diagnostics &errors);
    void interpolate(SourceNode &node, const QString &file, ImportReport &report);
    QString interpolated(const std::string &text, const QString &file, int line, ImportReport &report);

    std::vector<ComposeService> m_services;
    QHash<QString, size_t> m_index; ///< service name -> m_services
    QHash<QString, QString> m_variables; ///< from .env
    QSet<QString> m_reportedVariables;
    QSet<QString> m_included; ///< services that came from an include
    ImportReport *m_report = nullptr;
    ImportReport m_scratch;
    QStringList m_loading; ///< include chain, for cycles
    QString m_name;
};

} // namespace sd
