// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

namespace sd {

class Document;

/**
 * Edits the selection's name and properties, generated from the catalog's property
 * schema: spin boxes with ranges and units, combo boxes for enums, check boxes, text
 * fields; help as tooltips. A multi-selection edits the properties its members
 * share. Connections get protocol, port, mode and label. Every edit is an undo
 * command (consecutive typing merges); invalid input is refused with a message.
 * With nothing selected it edits the design's name and description.
 *
 * Generated fields are named for tests and automation: "name", "kind", "prop:<key>",
 * "reset:<key>", "connection:from|to|protocol|port|mode|label", "design:name",
 * "design:description", "design:counts"; the refusal message is "error".
 */
class PropertyEditor : public QWidget
{
    Q_OBJECT

public:
    explicit PropertyEditor(Document *document, QWidget *parent = nullptr);
    ~PropertyEditor() override;

    void setSelection(const QStringList &ids);
    QStringList selection() const { return m_ids; }

private:
    void rebuild();
    void refreshValues();

    Document *m_document;
    QStringList m_ids;
    class Private;
    Private *d; ///< a child QObject, deleted first so no field edit reaches it while the editor dies
};

} // namespace sd
