// SPDX-License-Identifier: MIT
#include "propertyeditor.h"

#include "diagramstyle.h"
#include "catalog.h"
#include "commands.h"
#include "document.h"
#include "textlines.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QPushButton>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QScrollArea>
#include <QSet>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTimer>
#include <QToolButton>
#include <QValidator>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>
#include <functional>
#include <optional>

namespace sd {

namespace {

constexpr int kIntLowest = -INT_MAX; // one above INT_MIN, which is kept for "mixed values"

/// The number in a spin box's text without prefix and suffix, also when it lies outside the range.
std::optional<double> typedNumber(const QAbstractSpinBox *box, QString text, const QString &prefix,
                                  const QString &suffix, bool integer)
{
    if (!prefix.isEmpty() && text.startsWith(prefix))
        text.remove(0, prefix.size());
    if (!suffix.isEmpty() && text.endsWith(suffix))
        text.chop(suffix.size());
    text = text.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    if (integer) {
        const qlonglong v = box->locale().toLongLong(text, &ok);
        if (ok)
            return double(v);
        const qlonglong c = text.toLongLong(&ok);
        return ok ? std::optional<double>(double(c)) : std::nullopt;
    }
    const double v = box->locale().toDouble(text, &ok);
    if (ok)
        return v;
    const double c = text.toDouble(&ok);
    return ok ? std::optional<double>(c) : std::nullopt;
}

/// A property label broken into lines of about 22 characters. Translated labels run long
/// ("Verschlüsselung ruhender Daten:"); on one line they would push the fields and their reset
/// buttons out of the dock. (QLabel's word wrap breaks short labels too, and leaves form rows too low.)
QString brokenIntoLines(const QString &text, const QFontMetrics &metrics)
{
    return wordLines(text, QFontMetricsF(metrics), metrics.averageCharWidth() * 22).join(QLatin1Char('\n'));
}

/// An int spin box that lets an out-of-range number stand (as intermediate input), so the
/// editor can say why it is refused instead of swallowing the key press.
class IntSpinBox : public QSpinBox
{
public:
    using QSpinBox::QSpinBox;

    std::optional<double> typed() const { return typedNumber(this, text(), prefix(), suffix(), true); }
    QSize minimumSizeHint() const override { return {64, QSpinBox::minimumSizeHint().height()}; }
    /// The text field inside: its textChanged reports every key press, acceptable or not.
    QLineEdit *textField() const { return lineEdit(); }

protected:
    QValidator::State validate(QString &input, int &pos) const override
    {
        const QValidator::State state = QSpinBox::validate(input, pos);
        if (state == QValidator::Invalid && typedNumber(this, input, prefix(), suffix(), true))
            return QValidator::Intermediate;
        return state;
    }
};

/// A double spin box that shows "99.9", not "99.9000", and lets out-of-range input stand.
class FloatSpinBox : public QDoubleSpinBox
{
public:
    using QDoubleSpinBox::QDoubleSpinBox;

    std::optional<double> typed() const { return typedNumber(this, text(), prefix(), suffix(), false); }
    QSize minimumSizeHint() const override { return {64, QDoubleSpinBox::minimumSizeHint().height()}; }
    /// The text field inside: its textChanged reports every key press, acceptable or not.
    QLineEdit *textField() const { return lineEdit(); }

protected:
    QString textFromValue(double value) const override
    {
        QString text = QDoubleSpinBox::textFromValue(value);
        const QString point = locale().decimalPoint();
        if (text.contains(point)) {
            while (text.endsWith(QLatin1Char('0')))
                text.chop(1);
            if (text.endsWith(point))
                text.chop(point.size());
        }
        return text;
    }

    QValidator::State validate(QString &input, int &pos) const override
    {
        const QValidator::State state = QDoubleSpinBox::validate(input, pos);
        if (state == QValidator::Invalid && typedNumber(this, input, prefix(), suffix(), false))
            return QValidator::Intermediate;
        return state;
    }
};

/// Protocols are lower case in design files: the field lower-cases as the user types.
class LowerCaseValidator : public QValidator
{
public:
    using QValidator::QValidator;
    State validate(QString &input, int &) const override
    {
        input = input.toLower();
        return Acceptable;
    }
};

/// "1 zone", "5 zones" (without relying on an English numerus translation being installed).
QString plural(int n, const QString &one, const QString &many) { return (n == 1 ? one : many).arg(n); }

int clampToInt(double value) { return int(std::clamp(value, double(kIntLowest), double(INT_MAX))); }

bool sameValue(PropertyType type, const QVariant &a, const QVariant &b)
{
    if (a.isValid() != b.isValid())
        return false;
    switch (type) {
    case PropertyType::Int:
        return a.toLongLong() == b.toLongLong();
    case PropertyType::Float:
        return qFuzzyCompare(1.0 + a.toDouble(), 1.0 + b.toDouble());
    case PropertyType::Bool:
        return a.toBool() == b.toBool();
    case PropertyType::Enum:
    case PropertyType::String:
        return a.toString() == b.toString();
    }
    return a == b;
}

QStringList commonProtocols()
{
    return {QStringLiteral("https"), QStringLiteral("http"),       QStringLiteral("grpc"),
            QStringLiteral("tcp"),   QStringLiteral("postgresql"), QStringLiteral("mysql"),
            QStringLiteral("redis"), QStringLiteral("amqp"),       QStringLiteral("kafka"),
            QStringLiteral("smtp")};
}

} // namespace

class PropertyEditor::Private : public QObject
{
public:
    enum class Mode { Design, Items, Connection, Connections };

    struct Field {
        PropertySpec spec; ///< merged over the selection: the narrowest range, the common enum values
        QLabel *label = nullptr;
        QWidget *editor = nullptr;
        QToolButton *reset = nullptr;
    };

    struct Target {
        QString id;
        QString name;
        const KindSpec *kind = nullptr;
        const PropertyMap *properties = nullptr;
    };

    Private(PropertyEditor *editor, Document *document) : QObject(editor), q(editor), doc(document) {}

    PropertyEditor *q;
    Document *doc;
    QScrollArea *scroll = nullptr;
    QLabel *error = nullptr;
    QPointer<QWidget> errorOwner;
    QPointer<QWidget> tinted; ///< the field whose input was refused, drawn with a red tint
    QTimer *rebuildTimer = nullptr;

    Mode mode = Mode::Design;
    // Items
    QLineEdit *name = nullptr;
    std::vector<Field> fields;
    // Connection
    QString connectionId;
    QLabel *from = nullptr;
    QLabel *to = nullptr;
    QComboBox *protocol = nullptr;
    QSpinBox *port = nullptr;
    QComboBox *connectionMode = nullptr;
    QLineEdit *connectionLabel = nullptr;
    QComboBox *connectionStyle = nullptr;
    QPushButton *clearBends = nullptr;
    // Design
    QLineEdit *designName = nullptr;
    QPlainTextEdit *designDescription = nullptr;
    QLabel *counts = nullptr;

    const Design &design() const { return doc->design(); }

    std::vector<Target> targets() const
    {
        std::vector<Target> result;
        for (const QString &id : q->m_ids) {
            if (const Component *c = design().component(id))
                result.push_back({id, c->name, doc->catalog().kind(c->kind), &c->properties});
            else if (const Zone *z = design().zone(id))
                result.push_back({id, z->name, doc->catalog().kind(z->kind), &z->properties});
        }
        return result;
    }

    QStringList selectedConnections() const
    {
        QStringList result;
        for (const QString &id : q->m_ids)
            if (design().connection(id))
                result.append(id);
        return result;
    }

    Field *fieldFor(const QWidget *editor)
    {
        for (Field &f : fields)
            if (f.editor == editor)
                return &f;
        return nullptr;
    }

    // --- messages -------------------------------------------------------------------

    void showError(QString text, QWidget *owner)
    {
        // The catalog's messages name the key ('replicas'); the user knows the label (“Replicas”).
        if (Field *f = fieldFor(owner))
            text.replace(QLatin1Char('\'') + f->spec.key + QLatin1Char('\''),
                         QStringLiteral("“%1”").arg(f->spec.labelText()));
        error->setText(text);
        error->setVisible(true);
        if (errorOwner != owner)
            untint();
        errorOwner = owner;
        tinted = owner;
        if (owner) {
            QPalette p = owner->palette();
            p.setColor(QPalette::Base, DiagramStyle::isDark(q->palette()) ? QColor(0x5A, 0x22, 0x22)
                                                                         : QColor(0xFD, 0xEC, 0xEA));
            owner->setPalette(p);
        }
    }

    void untint()
    {
        if (tinted)
            tinted->setPalette(QPalette());
        tinted = nullptr;
    }

    void clearError()
    {
        error->clear();
        error->setVisible(false);
        errorOwner = nullptr;
        untint();
    }

    void clearErrorFor(const QWidget *owner)
    {
        if (errorOwner == owner)
            clearError();
    }

    // --- building -------------------------------------------------------------------

    static QFormLayout *newForm(QWidget *content)
    {
        // The form keeps its natural height at the top; the stretch below takes what is left
        // (otherwise wrapped labels and the description spread the rows over the whole dock).
        auto *column = new QVBoxLayout(content);
        column->setContentsMargins(0, 0, 0, 0);
        auto *form = new QFormLayout;
        column->addLayout(form);
        column->addStretch(1);
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        form->setRowWrapPolicy(QFormLayout::DontWrapRows);
        form->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        form->setFormAlignment(Qt::AlignLeft | Qt::AlignTop);
        form->setContentsMargins(8, 8, 8, 8);
        form->setHorizontalSpacing(10);
        form->setVerticalSpacing(6);
        return form;
    }

    QLabel *note(const QString &text, QWidget *parent)
    {
        auto *label = new QLabel(text, parent);
        label->setWordWrap(true);
        QPalette p = label->palette();
        p.setColor(QPalette::WindowText, q->palette().color(QPalette::PlaceholderText));
        label->setPalette(p);
        return label;
    }

    QLabel *heading(const QString &text, QWidget *parent)
    {
        auto *label = new QLabel(text, parent);
        QFont font = label->font();
        font.setBold(true);
        label->setFont(font);
        label->setContentsMargins(0, 8, 0, 2);
        return label;
    }

    void rebuild()
    {
        rebuildTimer->stop();
        clearError();
        fields.clear();
        name = nullptr;
        connectionId.clear();
        from = to = nullptr;
        protocol = connectionMode = nullptr;
        port = nullptr;
        connectionLabel = nullptr;
        connectionStyle = nullptr;
        clearBends = nullptr;
        designName = nullptr;
        designDescription = nullptr;
        counts = nullptr;

        // The old form may still be delivering a signal that led here: delete it later.
        if (QWidget *old = scroll->takeWidget()) {
            old->hide();
            old->deleteLater();
        }
        auto *content = new QWidget;
        QFormLayout *form = newForm(content);

        const std::vector<Target> items = targets();
        const QStringList connections = selectedConnections();
        if (!items.empty()) {
            mode = Mode::Items;
            buildItems(form, items, int(connections.size()));
        } else if (connections.size() == 1) {
            mode = Mode::Connection;
            buildConnection(form, connections.first());
        } else if (connections.size() > 1) {
            mode = Mode::Connections;
            form->addRow(note(PropertyEditor::tr("%1 connections selected. Select a single connection to edit it.")
                                  .arg(connections.size()),
                              content));
        } else {
            mode = Mode::Design;
            buildDesign(form);
        }
        scroll->setWidget(content);
        refresh();
    }

    static QString engineOf(const Target &t)
    {
        static const QString engine = QStringLiteral("engine");
        if (const auto it = t.properties->constFind(engine); it != t.properties->constEnd())
            return it.value().toString();
        const PropertySpec *spec = t.kind->property(engine);
        return spec ? spec->defaultValue.toString() : QString();
    }

    static std::vector<PropertySpec> sharedProperties(const std::vector<Target> &items)
    {
        std::vector<PropertySpec> result;
        for (const Target &t : items)
            if (!t.kind)
                return result;
        for (const PropertySpec &spec : items.front().kind->properties) {
            PropertySpec merged = spec;
            bool shared = true;
            for (size_t i = 1; i < items.size() && shared; ++i) {
                const PropertySpec *other = items[i].kind->property(spec.key);
                if (!other || other->type != spec.type) {
                    shared = false;
                    break;
                }
                if (other->minimum)
                    merged.minimum = merged.minimum ? std::max(*merged.minimum, *other->minimum) : *other->minimum;
                if (other->maximum)
                    merged.maximum = merged.maximum ? std::min(*merged.maximum, *other->maximum) : *other->maximum;
                if (spec.type == PropertyType::Enum) {
                    QStringList common;
                    for (const QString &v : std::as_const(merged.values))
                        if (other->values.contains(v))
                            common.append(v);
                    merged.values = common;
                }
                if (other->unit != merged.unit)
                    merged.unit.clear();
            }
            if (shared && spec.type == PropertyType::Enum && merged.values.isEmpty())
                shared = false;
            if (shared && !spec.engineDefaults.isEmpty()) {
                // "Default: 8.4" for MySQL databases, "16" for PostgreSQL: the default the items really get.
                QSet<QString> engines;
                for (const Target &t : items)
                    engines.insert(engineOf(t));
                if (engines.size() == 1)
                    merged.defaultValue = spec.defaultFor(*engines.begin());
            }
            if (shared)
                result.push_back(merged);
        }
        return result;
    }

    void buildItems(QFormLayout *form, const std::vector<Target> &items, int ignoredConnections)
    {
        QWidget *content = form->parentWidget();
        const bool single = items.size() == 1;
        if (!single)
            form->addRow(note(PropertyEditor::tr("%1 items selected: showing the properties they all share.").arg(items.size()),
                              content));
        if (ignoredConnections > 0)
            form->addRow(note(plural(ignoredConnections, PropertyEditor::tr("%1 selected connection is not shown."),
                                     PropertyEditor::tr("%1 selected connections are not shown.")),
                              content));

        name = new QLineEdit(content);
        name->setObjectName(QStringLiteral("name"));
        name->setAccessibleName(PropertyEditor::tr("Name"));
        if (single) {
            name->setToolTip(PropertyEditor::tr("The name shown on the canvas"));
            connect(name, &QLineEdit::textEdited, this, &Private::onNameEdited);
            QLineEdit *edit = name;
            connect(edit, &QLineEdit::editingFinished, this, [this, edit] {
                if (edit != name || !edit->text().trimmed().isEmpty())
                    return;
                const std::vector<Target> t = targets();
                if (t.size() == 1) {
                    QSignalBlocker blocker(edit);
                    edit->setText(t.front().name);
                }
                clearErrorFor(edit);
            });
        } else {
            name->setEnabled(false);
            name->setPlaceholderText(PropertyEditor::tr("(%1 items)").arg(items.size()));
        }
        auto *nameLabel = new QLabel(PropertyEditor::tr("&Name:"), content);
        nameLabel->setBuddy(name);
        form->addRow(nameLabel, withResetColumn(name, nullptr));

        // Kind: icon and display name (several for a mixed selection).
        QStringList kindNames;
        QString icon;
        for (const Target &t : items) {
            const QString kindName = t.kind ? t.kind->displayText() : PropertyEditor::tr("Unknown kind");
            if (!kindNames.contains(kindName))
                kindNames.append(kindName);
            if (t.kind && icon.isEmpty())
                icon = t.kind->icon;
        }
        auto *kindRow = new QWidget(content);
        auto *kindLayout = new QHBoxLayout(kindRow);
        kindLayout->setContentsMargins(0, 0, 0, 0);
        kindLayout->setSpacing(6);
        if (kindNames.size() == 1 && QFile::exists(icon)) {
            auto *iconLabel = new QLabel(kindRow);
            iconLabel->setPixmap(QIcon(icon).pixmap(QSize(20, 20), q->devicePixelRatioF()));
            kindLayout->addWidget(iconLabel);
        }
        auto *kind = new QLabel(kindNames.join(QStringLiteral(", ")), kindRow);
        kind->setObjectName(QStringLiteral("kind"));
        kind->setAccessibleName(PropertyEditor::tr("Kind"));
        kind->setWordWrap(true);
        kind->setTextInteractionFlags(Qt::TextSelectableByMouse);
        if (single && items.front().kind)
            kind->setToolTip(items.front().kind->descriptionText());
        kindLayout->addWidget(kind, 1);
        form->addRow(PropertyEditor::tr("Kind:"), kindRow);

        const std::vector<PropertySpec> shared = sharedProperties(items);
        if (shared.empty()) {
            if (!single)
                form->addRow(note(PropertyEditor::tr("These items share no properties."), content));
            return;
        }
        form->addRow(heading(PropertyEditor::tr("Properties"), content));
        for (const PropertySpec &spec : shared)
            addField(form, spec, !single);
    }

    static QString displayDefault(const PropertySpec &spec)
    {
        const QVariant &v = spec.defaultValue;
        switch (spec.type) {
        case PropertyType::Bool:
            return v.toBool() ? PropertyEditor::tr("on") : PropertyEditor::tr("off");
        case PropertyType::String:
            return v.toString().isEmpty() ? PropertyEditor::tr("(empty)") : v.toString();
        case PropertyType::Int:
        case PropertyType::Float:
            return spec.unit.isEmpty() ? v.toString() : v.toString() + QLatin1Char(' ') + spec.unitText();
        case PropertyType::Enum:
            return spec.valueText(v.toString());
        }
        return v.toString();
    }

    /// The editor in a row with room for a reset button on the right, so all fields end in one column.
    static QWidget *withResetColumn(QWidget *editor, QToolButton *reset)
    {
        auto *row = new QWidget(editor->parentWidget());
        editor->setParent(row);
        auto *layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(2);
        layout->addWidget(editor, 1);
        if (!reset) {
            reset = new QToolButton(row); // a placeholder of the same size
            reset->setText(QStringLiteral("↺"));
            reset->setAutoRaise(true);
            reset->setEnabled(false);
            QSizePolicy keep = reset->sizePolicy();
            keep.setRetainSizeWhenHidden(true);
            reset->setSizePolicy(keep);
            reset->hide();
        }
        layout->addWidget(reset);
        return row;
    }

    void addField(QFormLayout *form, const PropertySpec &spec, bool multi)
    {
        QWidget *content = form->parentWidget();
        Field field;
        field.spec = spec;
        const QString tooltip = spec.help.isEmpty()
                                    ? PropertyEditor::tr("Default: %1").arg(displayDefault(spec))
                                    : spec.helpText() + QLatin1Char('\n') + PropertyEditor::tr("Default: %1").arg(displayDefault(spec));
        auto *row = new QWidget(content);
        auto *rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        rowLayout->setSpacing(2);

        switch (spec.type) {
        case PropertyType::Int: {
            auto *box = new IntSpinBox(row);
            box->setRange(spec.minimum ? clampToInt(*spec.minimum) : kIntLowest,
                          spec.maximum ? clampToInt(*spec.maximum) : INT_MAX);
            if (!spec.unit.isEmpty())
                box->setSuffix(QLatin1Char(' ') + spec.unitText());
            box->setKeyboardTracking(!multi); // a multi-selection edit is one undo step, on Enter
            connect(box, &QSpinBox::valueChanged, this, [this, box](int value) {
                if (!box->specialValueText().isEmpty() && value == box->minimum())
                    return; // "mixed values"
                pushProperty(box, QVariant(qint64(value)));
            });
            connect(box->textField(), &QLineEdit::textChanged, this, [this, box] { checkTyped(box, box->typed(), true); });
            connect(box, &QAbstractSpinBox::editingFinished, this, [this, box] { releaseError(box); });
            field.editor = box;
            break;
        }
        case PropertyType::Float: {
            auto *box = new FloatSpinBox(row);
            box->setDecimals(4);
            box->setRange(spec.minimum.value_or(-1e12), spec.maximum.value_or(1e12));
            const double span = box->maximum() - box->minimum();
            box->setSingleStep(span <= 10 ? 0.1 : 1.0);
            if (!spec.unit.isEmpty())
                box->setSuffix(QLatin1Char(' ') + spec.unitText());
            box->setKeyboardTracking(!multi);
            connect(box, &QDoubleSpinBox::valueChanged, this, [this, box](double value) {
                if (!box->specialValueText().isEmpty() && value == box->minimum())
                    return;
                pushProperty(box, QVariant(value));
            });
            connect(box->textField(), &QLineEdit::textChanged, this, [this, box] { checkTyped(box, box->typed(), false); });
            connect(box, &QAbstractSpinBox::editingFinished, this, [this, box] { releaseError(box); });
            field.editor = box;
            break;
        }
        case PropertyType::Bool: {
            auto *box = new QCheckBox(row);
            connect(box, &QCheckBox::clicked, this, [this, box] {
                if (box->checkState() == Qt::PartiallyChecked)
                    return;
                pushProperty(box, QVariant(box->checkState() == Qt::Checked));
            });
            field.editor = box;
            break;
        }
        case PropertyType::Enum: {
            auto *combo = new QComboBox(row);
            // The user reads the value's name; the value itself (item data) goes into the design.
            for (const QString &value : std::as_const(spec.values))
                combo->addItem(spec.valueText(value), value);
            combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
            combo->setMinimumContentsLength(6);
            connect(combo, &QComboBox::currentIndexChanged, this, [this, combo](int index) {
                if (index >= 0)
                    pushProperty(combo, combo->itemData(index));
            });
            field.editor = combo;
            break;
        }
        case PropertyType::String: {
            auto *edit = new QLineEdit(row);
            edit->setPlaceholderText(spec.placeholderText());
            if (multi) {
                // Typing into several items at once is one undo step, on Enter or leaving the field.
                connect(edit, &QLineEdit::editingFinished, this, [this, edit] {
                    if (!edit->isModified())
                        return;
                    edit->setModified(false);
                    pushProperty(edit, QVariant(edit->text()));
                });
            } else {
                connect(edit, &QLineEdit::textEdited, this,
                        [this, edit](const QString &text) { pushProperty(edit, QVariant(text)); });
            }
            field.editor = edit;
            break;
        }
        }
        field.editor->setObjectName(QStringLiteral("prop:") + spec.key);
        field.editor->setAccessibleName(spec.labelText());
        field.editor->setAccessibleDescription(spec.helpText());
        field.editor->setToolTip(tooltip);
        field.editor->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        if (spec.type == PropertyType::Bool) {
            // Only the box itself toggles; the stretch keeps the reset buttons in one column.
            field.editor->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
            rowLayout->addWidget(field.editor);
            rowLayout->addStretch(1);
        } else {
            rowLayout->addWidget(field.editor, 1);
        }

        field.reset = new QToolButton(row);
        field.reset->setObjectName(QStringLiteral("reset:") + spec.key);
        field.reset->setText(QStringLiteral("↺"));
        field.reset->setToolTip(PropertyEditor::tr("Reset to default"));
        field.reset->setAccessibleName(PropertyEditor::tr("Reset %1 to default").arg(spec.labelText()));
        field.reset->setAutoRaise(true);
        field.reset->setFocusPolicy(Qt::TabFocus);
        QSizePolicy keep = field.reset->sizePolicy();
        keep.setRetainSizeWhenHidden(true); // the fields stay aligned whether a reset button shows or not
        field.reset->setSizePolicy(keep);
        field.reset->hide();
        const QString key = spec.key;
        connect(field.reset, &QToolButton::clicked, this, [this, key] { resetProperty(key); });
        rowLayout->addWidget(field.reset);

        field.label = new QLabel(content);
        field.label->setText(brokenIntoLines(PropertyEditor::tr("%1:").arg(spec.labelText()), field.label->fontMetrics()));
        field.label->setToolTip(tooltip);
        field.label->setBuddy(field.editor);
        form->addRow(field.label, row);
        fields.push_back(std::move(field));
    }

    void buildConnection(QFormLayout *form, const QString &id)
    {
        QWidget *content = form->parentWidget();
        connectionId = id;
        auto endLabel = [&](const char *objectName, const QString &accessible) {
            auto *label = new QLabel(content);
            label->setObjectName(QLatin1String(objectName));
            label->setAccessibleName(accessible);
            label->setTextInteractionFlags(Qt::TextSelectableByMouse);
            label->setWordWrap(true);
            return label;
        };
        from = endLabel("connection:from", PropertyEditor::tr("From"));
        to = endLabel("connection:to", PropertyEditor::tr("To"));
        form->addRow(heading(PropertyEditor::tr("Connection"), content));
        form->addRow(PropertyEditor::tr("From:"), from);
        form->addRow(PropertyEditor::tr("To:"), to);

        protocol = new QComboBox(content);
        protocol->setObjectName(QStringLiteral("connection:protocol"));
        protocol->setAccessibleName(PropertyEditor::tr("Protocol"));
        protocol->setEditable(true);
        protocol->setInsertPolicy(QComboBox::NoInsert);
        protocol->addItems(commonProtocols());
        protocol->setValidator(new LowerCaseValidator(protocol));
        protocol->completer()->setCompletionMode(QCompleter::PopupCompletion);
        protocol->setToolTip(PropertyEditor::tr("How the caller talks to the callee (lower case)"));
        connect(protocol, &QComboBox::editTextChanged, this, [this](const QString &text) {
            pushConnection([&](Connection &c) { c.protocol = text.trimmed(); });
        });
        form->addRow(PropertyEditor::tr("&Protocol:"), protocol);

        port = new IntSpinBox(content);
        port->setObjectName(QStringLiteral("connection:port"));
        port->setAccessibleName(PropertyEditor::tr("Port"));
        port->setRange(0, 65535);
        port->setSpecialValueText(PropertyEditor::tr("—"));
        port->setToolTip(PropertyEditor::tr("The port the callee listens on (— for none)"));
        connect(port, &QSpinBox::valueChanged, this,
                [this](int value) { pushConnection([&](Connection &c) { c.port = value; }); });
        form->addRow(PropertyEditor::tr("P&ort:"), port);

        connectionMode = new QComboBox(content);
        connectionMode->setObjectName(QStringLiteral("connection:mode"));
        connectionMode->setAccessibleName(PropertyEditor::tr("Mode"));
        connectionMode->addItem(PropertyEditor::tr("sync (request/response)"), QStringLiteral("sync"));
        connectionMode->addItem(PropertyEditor::tr("async (message, event)"), QStringLiteral("async"));
        connectionMode->setToolTip(PropertyEditor::tr("Whether the caller waits for the answer"));
        connect(connectionMode, &QComboBox::currentIndexChanged, this, [this](int index) {
            if (index >= 0)
                pushConnection([&](Connection &c) { c.mode = index == 1 ? ConnectionMode::Async : ConnectionMode::Sync; });
        });
        form->addRow(PropertyEditor::tr("&Mode:"), connectionMode);

        connectionLabel = new QLineEdit(content);
        connectionLabel->setObjectName(QStringLiteral("connection:label"));
        connectionLabel->setAccessibleName(PropertyEditor::tr("Label"));
        connectionLabel->setPlaceholderText(PropertyEditor::tr("e.g. reads and writes orders"));
        connect(connectionLabel, &QLineEdit::textEdited, this,
                [this](const QString &text) { pushConnection([&](Connection &c) { c.label = text; }); });
        form->addRow(PropertyEditor::tr("&Label:"), connectionLabel);

        // How the line is drawn: routed around the cards (the default), curved or straight; and the
        // bends the user dragged in, which a click takes out again.
        connectionStyle = new QComboBox(content);
        connectionStyle->setObjectName(QStringLiteral("connection:style"));
        connectionStyle->setAccessibleName(PropertyEditor::tr("Line style"));
        connectionStyle->addItem(PropertyEditor::tr("Orthogonal (around the cards)"), int(ConnectionStyle::Orthogonal));
        connectionStyle->addItem(PropertyEditor::tr("Curved"), int(ConnectionStyle::Curved));
        connectionStyle->addItem(PropertyEditor::tr("Straight"), int(ConnectionStyle::Straight));
        connectionStyle->setToolTip(PropertyEditor::tr("How the line is drawn on the canvas and in the diagram exports"));
        connect(connectionStyle, &QComboBox::currentIndexChanged, this, [this](int index) {
            if (index >= 0)
                pushConnection([&](Connection &c) { c.style = ConnectionStyle(connectionStyle->itemData(index).toInt()); });
        });
        clearBends = new QPushButton(PropertyEditor::tr("Remove Bends"), content);
        clearBends->setObjectName(QStringLiteral("connection:clearBends"));
        clearBends->setToolTip(PropertyEditor::tr("Takes out the bends dragged into this line, so it is routed on its own again"));
        connect(clearBends, &QPushButton::clicked, this,
                [this] { pushConnection([](Connection &c) { c.waypoints.clear(); }); });
        auto *line = new QHBoxLayout;
        line->setContentsMargins(0, 0, 0, 0);
        line->addWidget(connectionStyle, 1);
        line->addWidget(clearBends);
        form->addRow(PropertyEditor::tr("L&ine:"), line);
    }

    void buildDesign(QFormLayout *form)
    {
        QWidget *content = form->parentWidget();
        form->addRow(heading(PropertyEditor::tr("Design"), content));
        counts = new QLabel(content);
        counts->setObjectName(QStringLiteral("design:counts"));
        counts->setAccessibleName(PropertyEditor::tr("Design size"));
        counts->setWordWrap(true);
        form->addRow(counts);
        designName = new QLineEdit(content);
        designName->setObjectName(QStringLiteral("design:name"));
        designName->setAccessibleName(PropertyEditor::tr("Design name"));
        connect(designName, &QLineEdit::textEdited, this, [this](const QString &text) {
            if (text.trimmed().isEmpty()) {
                showError(PropertyEditor::tr("The design needs a name."), designName);
                return;
            }
            clearError();
            if (text != design().name)
                doc->undoStack()->push(new SetDesignInfo(doc, text, design().description));
        });
        QLineEdit *edit = designName;
        connect(edit, &QLineEdit::editingFinished, this, [this, edit] {
            if (edit != designName || !edit->text().trimmed().isEmpty())
                return;
            QSignalBlocker blocker(edit);
            edit->setText(design().name);
            clearErrorFor(edit);
        });
        form->addRow(PropertyEditor::tr("&Name:"), designName);

        designDescription = new QPlainTextEdit(content);
        designDescription->setObjectName(QStringLiteral("design:description"));
        designDescription->setAccessibleName(PropertyEditor::tr("Design description"));
        designDescription->setPlaceholderText(PropertyEditor::tr("What the system does, for whom, and at what scale"));
        designDescription->setTabChangesFocus(true);
        designDescription->setMinimumHeight(120);
        // Room for a paragraph or two; longer texts scroll rather than push the note off the dock.
        designDescription->setMaximumHeight(designDescription->fontMetrics().lineSpacing() * 14 + 12);
        connect(designDescription, &QPlainTextEdit::textChanged, this, [this] {
            const QString text = designDescription->toPlainText();
            if (text != design().description)
                doc->undoStack()->push(new SetDesignInfo(doc, design().name, text));
        });
        auto *descriptionLabel = new QLabel(PropertyEditor::tr("&Description:"), content);
        descriptionLabel->setBuddy(designDescription);
        descriptionLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        form->addRow(descriptionLabel, designDescription);

        form->addRow(note(PropertyEditor::tr("Select a component, zone or connection to edit it."), content));
    }

    // --- values ---------------------------------------------------------------------

    void refresh()
    {
        if (rebuildTimer->isActive())
            return; // a rebuild is due; it refreshes
        switch (mode) {
        case Mode::Items:
            refreshItems();
            break;
        case Mode::Connection:
            refreshConnection();
            break;
        case Mode::Design:
            refreshDesign();
            break;
        case Mode::Connections:
            break;
        }
    }

    void refreshItems()
    {
        const std::vector<Target> items = targets();
        if (items.empty())
            return;
        if (name && items.size() == 1 && errorOwner != name && name->text() != items.front().name) {
            QSignalBlocker blocker(name);
            name->setText(items.front().name);
        }
        for (Field &f : fields)
            refreshField(f, items);
    }

    void refreshField(Field &f, const std::vector<Target> &items)
    {
        const PropertySpec &spec = f.spec;
        std::vector<QVariant> values;
        bool stored = false;
        for (const Target &t : items) {
            values.push_back(doc->catalog().value(*t.kind, *t.properties, spec.key));
            stored = stored || t.properties->contains(spec.key);
        }
        bool uniform = true;
        for (size_t i = 1; i < values.size() && uniform; ++i)
            uniform = sameValue(spec.type, values.front(), values[i]);
        const QVariant value = values.front();

        QFont font = f.label->font();
        if (font.bold() != stored) {
            font.setBold(stored);
            f.label->setFont(font);
        }
        f.reset->setVisible(stored);
        if (errorOwner == f.editor)
            return; // the user is fixing refused input: leave the text alone

        const QSignalBlocker blocker(f.editor);
        switch (spec.type) {
        case PropertyType::Int: {
            auto *box = static_cast<IntSpinBox *>(f.editor);
            const int low = spec.minimum ? clampToInt(*spec.minimum) : kIntLowest;
            if (uniform) {
                if (box->minimum() != low)
                    box->setMinimum(low);
                if (!box->specialValueText().isEmpty())
                    box->setSpecialValueText(QString());
                const int v = clampToInt(double(value.toLongLong()));
                if (box->value() != v)
                    box->setValue(v);
            } else {
                box->setMinimum(low - 1);
                box->setSpecialValueText(PropertyEditor::tr("—"));
                box->setValue(box->minimum());
            }
            break;
        }
        case PropertyType::Float: {
            auto *box = static_cast<FloatSpinBox *>(f.editor);
            const double low = spec.minimum.value_or(-1e12);
            if (uniform) {
                if (box->minimum() != low)
                    box->setMinimum(low);
                if (!box->specialValueText().isEmpty())
                    box->setSpecialValueText(QString());
                if (!qFuzzyCompare(1.0 + box->value(), 1.0 + value.toDouble()))
                    box->setValue(value.toDouble());
            } else {
                box->setMinimum(low - 1);
                box->setSpecialValueText(PropertyEditor::tr("—"));
                box->setValue(box->minimum());
            }
            break;
        }
        case PropertyType::Bool: {
            auto *box = static_cast<QCheckBox *>(f.editor);
            box->setTristate(!uniform);
            box->setCheckState(!uniform ? Qt::PartiallyChecked : value.toBool() ? Qt::Checked : Qt::Unchecked);
            break;
        }
        case PropertyType::Enum: {
            auto *combo = static_cast<QComboBox *>(f.editor);
            const int index = uniform ? int(spec.values.indexOf(value.toString())) : -1;
            combo->setPlaceholderText(uniform ? QString() : PropertyEditor::tr("—"));
            if (combo->currentIndex() != index)
                combo->setCurrentIndex(index);
            break;
        }
        case PropertyType::String: {
            auto *edit = static_cast<QLineEdit *>(f.editor);
            if (uniform) {
                edit->setPlaceholderText(spec.placeholderText());
                if (edit->text() != value.toString())
                    edit->setText(value.toString());
            } else {
                edit->setPlaceholderText(PropertyEditor::tr("Mixed values"));
                if (!edit->isModified() && !edit->text().isEmpty())
                    edit->clear();
            }
            break;
        }
        }
    }

    void refreshConnection()
    {
        const Connection *c = design().connection(connectionId);
        if (!c || !protocol)
            return;
        auto endName = [this](const QString &id) {
            const Component *component = design().component(id);
            return component && !component->name.isEmpty() ? component->name : id;
        };
        from->setText(endName(c->from));
        from->setToolTip(c->from);
        to->setText(endName(c->to));
        to->setToolTip(c->to);
        if (protocol->currentText().trimmed() != c->protocol) {
            QSignalBlocker blocker(protocol);
            protocol->setEditText(c->protocol);
        }
        if (port->value() != c->port) {
            QSignalBlocker blocker(port);
            port->setValue(c->port);
        }
        const int modeIndex = c->mode == ConnectionMode::Async ? 1 : 0;
        if (connectionMode->currentIndex() != modeIndex) {
            QSignalBlocker blocker(connectionMode);
            connectionMode->setCurrentIndex(modeIndex);
        }
        if (connectionLabel->text() != c->label) {
            QSignalBlocker blocker(connectionLabel);
            connectionLabel->setText(c->label);
        }
        if (const int styleIndex = connectionStyle->findData(int(c->style)); connectionStyle->currentIndex() != styleIndex) {
            QSignalBlocker blocker(connectionStyle);
            connectionStyle->setCurrentIndex(styleIndex);
        }
        clearBends->setEnabled(!c->waypoints.empty());
    }

    void refreshDesign()
    {
        if (!designName)
            return;
        if (errorOwner != designName && designName->text() != design().name) {
            QSignalBlocker blocker(designName);
            designName->setText(design().name);
        }
        if (designDescription->toPlainText() != design().description) {
            QSignalBlocker blocker(designDescription);
            designDescription->setPlainText(design().description);
        }
        refreshCounts();
    }

    void refreshCounts()
    {
        if (!counts)
            return;
        counts->setText(QStringList{
            plural(int(design().components().size()), PropertyEditor::tr("%1 component"),
                   PropertyEditor::tr("%1 components")),
            plural(int(design().connections().size()), PropertyEditor::tr("%1 connection"),
                   PropertyEditor::tr("%1 connections")),
            plural(int(design().zones().size()), PropertyEditor::tr("%1 zone"), PropertyEditor::tr("%1 zones")),
        }.join(QStringLiteral(", ")));
    }

    // --- edits ----------------------------------------------------------------------

    /// Explains why a typed number is refused (it is not pushed: the spin box does not accept it).
    void checkTyped(QAbstractSpinBox *box, std::optional<double> typed, bool integer)
    {
        if (box->hasAcceptableInput() || !typed) {
            if (box->hasFocus() || box->hasAcceptableInput())
                clearErrorFor(box);
            return;
        }
        Field *f = fieldFor(box);
        if (!f)
            return;
        const QVariant raw = integer ? QVariant(qint64(*typed)) : QVariant(*typed);
        for (const Target &t : targets()) {
            const PropertySpec *spec = t.kind ? t.kind->property(f->spec.key) : nullptr;
            QString problem;
            if (spec && !spec->coerce(raw, &problem).isValid()) {
                showError(problem, box);
                return;
            }
        }
        // Fits every item but not the narrowest common range of a mixed selection.
        showError(PropertyEditor::tr("%1 is out of range for '%2' (%3 to %4)")
                      .arg(QString::number(*typed), f->spec.key,
                           QString::number(f->spec.minimum.value_or(-1e300)),
                           QString::number(f->spec.maximum.value_or(1e300))),
                  box);
    }

    /// Leaving a field keeps the last message visible but lets the field follow undo again.
    void releaseError(QWidget *box)
    {
        if (errorOwner == box) {
            errorOwner = nullptr;
            untint();
        }
    }

    void pushChanges(const QString &key, const QString &label, const std::vector<std::pair<QString, QVariant>> &changes,
                     bool reset)
    {
        if (changes.empty())
            return;
        QUndoStack *stack = doc->undoStack();
        if (changes.size() == 1) {
            stack->push(new SetProperty(doc, changes.front().first, key, changes.front().second));
            return;
        }
        const int n = int(changes.size());
        stack->beginMacro(reset ? PropertyEditor::tr("Reset %1 of %2 items").arg(label).arg(n)
                                : PropertyEditor::tr("Change %1 of %2 items").arg(label).arg(n));
        for (const auto &[id, value] : changes)
            stack->push(new SetProperty(doc, id, key, value));
        stack->endMacro();
    }

    void pushProperty(QWidget *editor, const QVariant &raw)
    {
        Field *f = fieldFor(editor);
        if (!f)
            return;
        const QString key = f->spec.key;
        const QString label = f->spec.labelText();
        std::vector<std::pair<QString, QVariant>> changes;
        for (const Target &t : targets()) {
            const PropertySpec *spec = t.kind ? t.kind->property(key) : nullptr;
            if (!spec)
                continue;
            QString problem;
            const QVariant value = spec->coerce(raw, &problem);
            if (!value.isValid()) {
                showError(problem, editor);
                return; // refused for one means refused for all: nothing is half-applied
            }
            auto it = t.properties->constFind(key);
            if (it != t.properties->constEnd() && sameValue(spec->type, it.value(), value))
                continue;
            changes.emplace_back(t.id, value);
        }
        clearError();
        pushChanges(key, label, changes, false);
    }

    void resetProperty(const QString &key)
    {
        std::vector<std::pair<QString, QVariant>> changes;
        QString label = key;
        for (const Target &t : targets()) {
            if (t.properties->contains(key))
                changes.emplace_back(t.id, QVariant());
            if (const PropertySpec *spec = t.kind ? t.kind->property(key) : nullptr)
                label = spec->labelText();
        }
        clearError();
        pushChanges(key, label, changes, true);
    }

    void onNameEdited(const QString &text)
    {
        const std::vector<Target> items = targets();
        if (items.size() != 1)
            return;
        if (text.trimmed().isEmpty()) {
            showError(PropertyEditor::tr("A name cannot be empty."), name);
            return;
        }
        clearError();
        if (text != items.front().name)
            doc->undoStack()->push(new RenameItem(doc, items.front().id, text));
    }

    void pushConnection(const std::function<void(Connection &)> &change)
    {
        const Connection *current = design().connection(connectionId);
        if (!current)
            return;
        Connection changed = *current;
        change(changed);
        if (changed == *current)
            return;
        clearError();
        doc->undoStack()->push(new SetConnection(doc, changed));
    }

    // --- document signals -------------------------------------------------------------

    void onItemChanged(const QString &id, Changes changes)
    {
        if (mode == Mode::Items && q->m_ids.contains(id)) {
            refresh();
        } else if (mode == Mode::Connection && (changes & Change::Name)) {
            if (const Connection *c = design().connection(connectionId); c && (c->from == id || c->to == id))
                refresh();
        }
    }

    void onAboutToBeRemoved(const QString &id)
    {
        if (!q->m_ids.contains(id))
            return;
        q->m_ids.removeAll(id);
        // Several items usually go at once (one delete, one undo): rebuild once, afterwards.
        rebuildTimer->start();
    }
};

PropertyEditor::PropertyEditor(Document *document, QWidget *parent)
    : QWidget(parent), m_document(document), d(new Private(this, document))
{
    setAccessibleName(tr("Properties"));

    d->scroll = new QScrollArea(this);
    d->scroll->setWidgetResizable(true);
    d->scroll->setFrameShape(QFrame::NoFrame);
    d->scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);

    d->error = new QLabel(this);
    d->error->setObjectName(QStringLiteral("error"));
    d->error->setAccessibleName(tr("Problem"));
    d->error->setWordWrap(true);
    d->error->setContentsMargins(8, 4, 8, 6);
    QPalette errorPalette = d->error->palette();
    errorPalette.setColor(QPalette::WindowText,
                          DiagramStyle::isDark(palette()) ? QColor(0xFF, 0x6B, 0x6B) : QColor(0xC0, 0x39, 0x2B));
    d->error->setPalette(errorPalette);
    d->error->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(d->scroll, 1);
    layout->addWidget(d->error);

    d->rebuildTimer = new QTimer(d);
    d->rebuildTimer->setSingleShot(true);
    d->rebuildTimer->setInterval(0);
    connect(d->rebuildTimer, &QTimer::timeout, this, [this] { rebuild(); });

    connect(document, &Document::componentChanged, d, [this](const QString &id, Changes changes) {
        d->onItemChanged(id, changes);
    });
    connect(document, &Document::zoneChanged, d, [this](const QString &id, Changes changes) {
        d->onItemChanged(id, changes);
    });
    connect(document, &Document::connectionChanged, d, [this](const QString &id) {
        if (d->mode == Private::Mode::Connection && id == d->connectionId)
            refreshValues();
    });
    connect(document, &Document::designInfoChanged, d, [this] {
        if (d->mode == Private::Mode::Design)
            refreshValues();
    });
    connect(document, &Document::changed, d, [this] {
        if (d->mode == Private::Mode::Design && !d->rebuildTimer->isActive())
            d->refreshCounts();
    });
    connect(document, &Document::designReset, d, [this] {
        QStringList kept;
        for (const QString &id : std::as_const(m_ids))
            if (m_document->design().hasItem(id) || m_document->design().connection(id))
                kept.append(id);
        m_ids = kept;
        rebuild();
    });
    for (auto signal : {&Document::componentAboutToBeRemoved, &Document::zoneAboutToBeRemoved,
                        &Document::connectionAboutToBeRemoved})
        connect(document, signal, d, [this](const QString &id) { d->onAboutToBeRemoved(id); });

    rebuild();
}

PropertyEditor::~PropertyEditor()
{
    // Closing the window moves focus and makes the fields emit editingFinished; with the
    // Private gone first, those signals reach nobody instead of a half-destroyed editor.
    delete d;
    d = nullptr;
}

void PropertyEditor::setSelection(const QStringList &ids)
{
    if (ids == m_ids && !d->rebuildTimer->isActive())
        return; // same selection: the form is up to date (it follows the document's signals)
    m_ids = ids;
    rebuild();
}

void PropertyEditor::rebuild() { d->rebuild(); }

void PropertyEditor::refreshValues() { d->refresh(); }

} // namespace sd
