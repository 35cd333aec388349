#include "tools/toolform.h"
#include "util/jsonfield.h"

#include "style/theme.h"
#include "util/boundedjson.h"
#include "widgets/jsonhighlighter.h"

#include <QCoreApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

using nlohmann::json;

namespace mcpc::ui {

namespace {

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

QString jsonText(const json &v)
{
    return v.is_string() ? qs(v.get<std::string>()) : qs(v.dump());
}

Error fieldError(const QString &name, const QString &what)
{
    return Error::make(ErrorKind::Usage, QStringLiteral("'%1' %2").arg(name, what));
}

} // namespace

QString schemaType(const json &schema)
{
    if (!schema.is_object())
        return {};
    const json t = schema.value("type", json());
    if (t.is_string())
        return qs(t.get<std::string>());
    if (t.is_array())
        for (const json &x : t)
            if (x.is_string() && x.get<std::string>() != "null")
                return qs(x.get<std::string>());
    return {};
}

ToolForm::ToolForm(QWidget *parent)
    : QWidget(parent)
    , m_form(new QFormLayout)
    , m_none(new QLabel(QCoreApplication::translate("ToolForm", "This tool takes no arguments."), this))
{
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    m_form->setVerticalSpacing(4);
    QPalette pal = m_none->palette();
    pal.setColor(QPalette::WindowText, theme::mutedText(palette()));
    m_none->setPalette(pal);
    auto *col = new QVBoxLayout(this);
    col->setContentsMargins(0, 0, 0, 0);
    col->addWidget(m_none);
    col->addLayout(m_form);
}

ToolForm::~ToolForm() = default;

void ToolForm::clear()
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_fields.clear();
}

void ToolForm::setSchema(const json &inputSchema)
{
    clear();
    const json props = inputSchema.is_object() ? inputSchema.value("properties", json::object()) : json::object();
    QStringList required;
    if (inputSchema.is_object() && inputSchema.contains("required") && inputSchema["required"].is_array())
        for (const json &r : inputSchema["required"])
            if (r.is_string())
                required << qs(r.get<std::string>());
    if (props.is_object()) {
        // Required fields first, then the schema's order.
        for (int pass = 0; pass < 2; ++pass)
            for (auto it = props.begin(); it != props.end(); ++it) {
                const QString name = qs(it.key());
                if (required.contains(name) == (pass == 0))
                    addField(name, it.value(), pass == 0);
            }
    }
    m_none->setVisible(m_fields.isEmpty());
}

void ToolForm::addField(const QString &name, const json &schema, bool required)
{
    Field f;
    f.name = name;
    f.required = required;
    f.schema = schema;
    const QString type = schemaType(schema);
    const json def = schema.is_object() ? schema.value("default", json()) : json();
    QString tooltip = jsonString(schema, "description");

    if (schema.is_object() && schema.contains("enum") && schema["enum"].is_array() && !schema["enum"].empty()) {
        f.kind = Kind::Enum;
        auto *combo = new QComboBox(this);
        if (!required)
            combo->addItem(tr("(not set)"), QVariant());
        for (const json &v : schema["enum"])
            combo->addItem(jsonText(v), QString::fromStdString(v.dump()));
        if (!def.is_null())
            combo->setCurrentIndex(qMax(0, combo->findData(QString::fromStdString(def.dump()))));
        connect(combo, &QComboBox::currentIndexChanged, this, &ToolForm::changed);
        f.widget = combo;
    } else if (type == u"boolean") {
        f.kind = Kind::Boolean;
        auto *box = new QCheckBox(this);
        box->setChecked(def.is_boolean() && def.get<bool>());
        f.touched = def.is_boolean();
        const QString fieldName = name;
        connect(box, &QCheckBox::toggled, this, [this, fieldName] {
            for (Field &x : m_fields)
                if (x.name == fieldName)
                    x.touched = true;
            Q_EMIT changed();
        });
        f.widget = box;
    } else if (type == u"string" || type == u"number" || type == u"integer") {
        f.kind = type == u"string" ? Kind::String : type == u"number" ? Kind::Number : Kind::Integer;
        auto *edit = new QLineEdit(this);
        if (f.kind == Kind::Integer)
            edit->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("^-?\\d*$")), edit));
        else if (f.kind == Kind::Number)
            edit->setValidator(new QRegularExpressionValidator(
                QRegularExpression(QStringLiteral("^-?\\d*(\\.\\d*)?([eE][+-]?\\d*)?$")), edit));
        QStringList hints;
        if (!def.is_null())
            hints << tr("default %1").arg(jsonText(def));
        if (schema.contains("minimum") && schema["minimum"].is_number())
            hints << tr("min %1").arg(qs(schema["minimum"].dump()));
        if (schema.contains("maximum") && schema["maximum"].is_number())
            hints << tr("max %1").arg(qs(schema["maximum"].dump()));
        if (schema.contains("format") && schema["format"].is_string())
            hints << qs(schema["format"].get<std::string>());
        edit->setPlaceholderText(hints.isEmpty() ? (required ? QStringLiteral("required") : QStringLiteral("optional"))
                                                 : hints.join(QStringLiteral(" · ")));
        connect(edit, &QLineEdit::textChanged, this, &ToolForm::changed);
        connect(edit, &QLineEdit::returnPressed, this, &ToolForm::submitRequested);
        f.widget = edit;
    } else {
        f.kind = Kind::Json;
        auto *edit = new QPlainTextEdit(this);
        edit->setFont(monospaceFont());
        edit->setTabChangesFocus(true);
        new JsonHighlighter(edit->document());
        edit->setPlaceholderText(type == u"array" ? tr("[ … ]  (JSON)")
                                 : type == u"object" ? tr("{ … }  (JSON)")
                                                     : tr("any JSON value"));
        if (!def.is_null())
            edit->setPlainText(qs(def.dump(2)));
        edit->setFixedHeight(QFontMetrics(edit->font()).height() * 4 + 12);
        connect(edit, &QPlainTextEdit::textChanged, this, &ToolForm::changed);
        f.widget = edit;
    }
    f.widget->setObjectName(QStringLiteral("arg_") + name);
    f.widget->setAccessibleName(name);
    f.widget->setToolTip(tooltip);

    QString labelText = schema.is_object() && schema.contains("title") && schema["title"].is_string()
                            ? qs(schema["title"].get<std::string>())
                            : name;
    auto *label = new QLabel(labelText + (required ? QStringLiteral(" *") : QString()), this);
    label->setBuddy(f.widget);
    label->setToolTip(required ? tr("Required") : tr("Optional"));
    auto *cell = new QWidget(this);
    auto *cellCol = new QVBoxLayout(cell);
    cellCol->setContentsMargins(0, 0, 0, 6);
    cellCol->setSpacing(2);
    cellCol->addWidget(f.widget);
    if (!tooltip.isEmpty()) {
        auto *desc = new QLabel(tooltip, cell);
        desc->setWordWrap(true);
        QPalette pal = desc->palette();
        pal.setColor(QPalette::WindowText, theme::mutedText(palette()));
        desc->setPalette(pal);
        QFont small = desc->font();
        small.setPointSizeF(small.pointSizeF() * 0.92);
        desc->setFont(small);
        cellCol->addWidget(desc);
    }
    m_form->addRow(label, cell);
    m_fields.append(f);
}

Result<json> ToolForm::valueOf(const Field &f, bool *present) const
{
    *present = true;
    switch (f.kind) {
    case Kind::Enum: {
        const QVariant choice = static_cast<QComboBox *>(f.widget)->currentData();
        if (!choice.isValid()) {
            *present = false;
            return json();
        }
        return json::parse(choice.toString().toStdString());
    }
    case Kind::Boolean:
        *present = f.required || f.touched;
        return json(static_cast<QCheckBox *>(f.widget)->isChecked());
    case Kind::String:
    case Kind::Number:
    case Kind::Integer: {
        const QString text = static_cast<QLineEdit *>(f.widget)->text();
        if (text.isEmpty()) {
            *present = false;
            return json();
        }
        if (f.kind == Kind::String)
            return json(text.toStdString());
        bool ok = false;
        json v;
        if (f.kind == Kind::Integer) {
            const qlonglong n = text.toLongLong(&ok);
            if (!ok)
                return std::unexpected(fieldError(f.name, tr("must be a whole number.")));
            v = n;
        } else {
            const double d = text.toDouble(&ok);
            if (!ok)
                return std::unexpected(fieldError(f.name, tr("must be a number.")));
            v = d;
        }
        const double d = v.get<double>();
        if (f.schema.contains("minimum") && f.schema["minimum"].is_number() && d < f.schema["minimum"].get<double>())
            return std::unexpected(fieldError(f.name, tr("must be at least %1.").arg(qs(f.schema["minimum"].dump()))));
        if (f.schema.contains("maximum") && f.schema["maximum"].is_number() && d > f.schema["maximum"].get<double>())
            return std::unexpected(fieldError(f.name, tr("must be at most %1.").arg(qs(f.schema["maximum"].dump()))));
        return v;
    }
    case Kind::Json: {
        const QString text = static_cast<QPlainTextEdit *>(f.widget)->toPlainText().trimmed();
        if (text.isEmpty()) {
            *present = false;
            return json();
        }
        const QByteArray utf8 = text.toUtf8();
        BoundedJson parsed = parseBoundedJson(utf8);
        if (parsed.problem == BoundedJson::Problem::TooDeep)
            return std::unexpected(fieldError(f.name, tr("nests JSON deeper than %1 levels.").arg(kMaxJsonDepth)));
        if (!parsed.ok())
            return std::unexpected(fieldError(f.name, tr("is not valid JSON.")));
        json v = std::move(parsed.value);
        const QString type = schemaType(f.schema);
        if ((type == u"object" && !v.is_object()) || (type == u"array" && !v.is_array()))
            return std::unexpected(fieldError(f.name, tr("must be a JSON %1.").arg(type)));
        return v;
    }
    }
    return json();
}

Result<json> ToolForm::arguments() const
{
    json args = json::object();
    for (const Field &f : m_fields) {
        bool present = false;
        auto v = valueOf(f, &present);
        if (!v)
            return std::unexpected(v.error());
        if (!present) {
            if (f.required)
                return std::unexpected(fieldError(f.name, tr("is required.")));
            continue;
        }
        args[f.name.toStdString()] = *v;
    }
    return args;
}

QStringList ToolForm::fieldNames() const
{
    QStringList out;
    for (const Field &f : m_fields)
        out << f.name;
    return out;
}

ToolForm::Kind ToolForm::fieldKind(const QString &name) const
{
    for (const Field &f : m_fields)
        if (f.name == name)
            return f.kind;
    return Kind::Json;
}

QWidget *ToolForm::fieldWidget(const QString &name) const
{
    for (const Field &f : m_fields)
        if (f.name == name)
            return f.widget;
    return nullptr;
}

bool ToolForm::setFieldText(const QString &name, const QString &text)
{
    QWidget *w = fieldWidget(name);
    if (auto *e = qobject_cast<QLineEdit *>(w))
        e->setText(text);
    else if (auto *p = qobject_cast<QPlainTextEdit *>(w))
        p->setPlainText(text);
    else if (auto *c = qobject_cast<QComboBox *>(w))
        c->setCurrentIndex(c->findText(text));
    else if (auto *b = qobject_cast<QCheckBox *>(w))
        b->setChecked(text == u"true");
    else
        return false;
    return true;
}

void ToolForm::focusFirstField()
{
    if (!m_fields.isEmpty())
        m_fields.first().widget->setFocus();
}

} // namespace mcpc::ui
