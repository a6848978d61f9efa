// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace sd {

/**
 * Reads the exporters' data files beside the catalog (resources/catalog/exports/<name>.yaml):
 * instance types per size, engine images and versions, the file a category's resources go to.
 * Returns name -> contents, with mappings as QVariantMap, lists as QVariantList and every scalar
 * as its text (so "3.10" stays "3.10"). A missing folder is no data; an unreadable or broken file
 * is a problem with file and line.
 */
QVariantMap readExportData(const QString &directory, QStringList &problems);

} // namespace sd
