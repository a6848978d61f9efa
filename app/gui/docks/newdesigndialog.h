// SPDX-License-Identifier: MIT
#pragma once

#include "design.h"

#include <QDialog>

#include <vector>

class QListWidget;
class QTextBrowser;

namespace sd {

class Catalog;

/// Start screen / New dialog: a blank design or one of the bundled examples as a template.
class NewDesignDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewDesignDialog(const Catalog &catalog, QWidget *parent = nullptr);

    /// The chosen design: blank, or a copy of the example (as a new, unsaved design).
    Design design() const;
    /// Resource paths of the bundled examples (":/examples/*.stackdraft.yaml").
    static QStringList examplePaths();

private:
    void showDescription();
    QIcon iconFor(const Design &design) const;

    const Catalog &m_catalog;
    QListWidget *m_list;
    QTextBrowser *m_description;
    std::vector<Design> m_examples; ///< loaded examples; list row i + 1 shows m_examples[i]
};

} // namespace sd
