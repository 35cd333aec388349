#include "input/elicitationdialog.h"

#include "style/theme.h"

#include <QCoreApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

using nlohmann::json;

namespace mcpc::ui {

namespace {

constexpr int kDeclined = 2; // dialog result code for Decline (Accepted = 1, Rejected = 0)

QString textOf(const json &v)
{
    if (v.is_string())
        return QString::fromStdString(v.get<std::string>());
    return v.is_null() ? QString() : QString::fromStdString(v.dump());
}

void paint(QLabel *label, const QColor &color)
{
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, color);
    label->setPalette(p);
}

QLabel *plainLabel(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    l->setTextFormat(Qt::PlainText); // server text is never rendered as HTML
    l->setWordWrap(true);
    return l;
}

} // namespace

ElicitationDialog::ElicitationDialog(const ElicitationRequest &request, QWidget *parent)
    : QDialog(parent)
    , m_request(request)
{
    setWindowTitle(request.serverName.isEmpty() ? QCoreApplication::translate("ElicitationDialog", "The server needs your input")
                                                : QCoreApplication::translate("ElicitationDialog", "%1 needs your input").arg(request.serverName));
    auto *layout = new QVBoxLayout(this);
    auto *message = plainLabel(request.message, this);
    message->setObjectName(QStringLiteral("message"));
    QFont f = message->font();
    f.setBold(true);
    message->setFont(f);
    layout->addWidget(message);

    auto *body = new QWidget(this);
    auto *form = new QFormLayout(body);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    for (const ElicitationField &field : request.form.fields) {
        const QString key = QString::fromStdString(field.key);
        QWidget *editor = makeEditor(field);
        editor->setObjectName(QStringLiteral("field:%1").arg(key));
        editor->setAccessibleName(field.title);
        editor->setAccessibleDescription(field.description);
        m_editors.insert(key, editor);
        auto *cell = new QWidget(body);
        auto *cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        cellLayout->setSpacing(2);
        cellLayout->addWidget(editor);
        if (!field.description.isEmpty()) {
            auto *d = plainLabel(field.description, cell);
            paint(d, theme::mutedText(palette()));
            cellLayout->addWidget(d);
        }
        auto *error = plainLabel(QString(), cell);
        paint(error, theme::errorColor(palette()));
        error->hide();
        cellLayout->addWidget(error);
        m_errors.insert(key, error);
        auto *label = plainLabel(field.title + (field.required ? QStringLiteral(" *") : QString()), body);
        label->setBuddy(editor);
        form->addRow(label, cell);
    }
    if (request.form.fields.isEmpty())
        form->addRow(plainLabel(QCoreApplication::translate("ElicitationDialog", "The server asks for a confirmation only."), body));
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(body);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    layout->addWidget(scroll, 1);

    m_summary = plainLabel(QString(), this);
    m_summary->setObjectName(QStringLiteral("summary"));
    paint(m_summary, theme::errorColor(palette()));
    m_summary->hide();
    layout->addWidget(m_summary);

    auto *note = plainLabel(QCoreApplication::translate("ElicitationDialog", "Fields marked * are required. Your answer goes to %1 only.")
                                .arg(request.serverName.isEmpty() ? QCoreApplication::translate("ElicitationDialog", "this server") : request.serverName), this);
    paint(note, theme::mutedText(palette()));
    layout->addWidget(note);

    auto *buttons = new QDialogButtonBox(this);
    m_acceptButton = buttons->addButton(QStringLiteral("&Accept"), QDialogButtonBox::AcceptRole);
    m_declineButton = buttons->addButton(QStringLiteral("&Decline"), QDialogButtonBox::DestructiveRole);
    m_cancelButton = buttons->addButton(QDialogButtonBox::Cancel);
    m_acceptButton->setDefault(true);
    m_acceptButton->setAutoDefault(true);
    connect(m_acceptButton, &QPushButton::clicked, this, &ElicitationDialog::tryAccept);
    connect(m_declineButton, &QPushButton::clicked, this, [this] {
        m_answer = ElicitationAnswer::decline();
        done(kDeclined);
    });
    connect(m_cancelButton, &QPushButton::clicked, this, &QDialog::reject); // Esc too
    layout->addWidget(buttons);
    if (!request.form.fields.isEmpty())
        m_editors.value(QString::fromStdString(request.form.fields.first().key))->setFocus();
    resize(480, qMin(160 + 70 * int(request.form.fields.size()), 600));
}

QWidget *ElicitationDialog::makeEditor(const ElicitationField &field)
{
    using T = ElicitationField::Type;
    switch (field.type) {
    case T::Boolean: {
        auto *box = new QCheckBox(field.title, this);
        box->setChecked(field.defaultValue.is_boolean() && field.defaultValue.get<bool>());
        return box;
    }
    case T::Enum: {
        auto *combo = new QComboBox(this);
        if (!field.required || field.defaultValue.is_null())
            combo->addItem(field.required ? tr("(choose one)") : tr("(not set)"), QVariant());
        for (qsizetype i = 0; i < field.options.size(); ++i)
            combo->addItem(field.optionTitles.at(i), field.options.at(i));
        if (field.defaultValue.is_string())
            combo->setCurrentIndex(combo->findData(textOf(field.defaultValue)));
        return combo;
    }
    case T::MultiEnum: {
        auto *list = new QListWidget(this);
        QStringList chosen;
        if (field.defaultValue.is_array())
            for (const json &v : field.defaultValue)
                chosen << textOf(v);
        for (qsizetype i = 0; i < field.options.size(); ++i) {
            auto *item = new QListWidgetItem(field.optionTitles.at(i), list);
            item->setData(Qt::UserRole, field.options.at(i));
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            item->setCheckState(chosen.contains(field.options.at(i)) ? Qt::Checked : Qt::Unchecked);
        }
        list->setMaximumHeight(qMin(24 * int(field.options.size()) + 6, 160));
        return list;
    }
    case T::String:
    case T::Number:
    case T::Integer:
        break;
    }
    auto *edit = new QLineEdit(this);
    edit->setText(field.defaultValue.is_number() ? QString::number(field.defaultValue.get<double>()) : textOf(field.defaultValue));
    QString hint = field.typeDescription();
    if (field.minimum && field.maximum)
        hint += tr(", %1 to %2").arg(*field.minimum).arg(*field.maximum);
    edit->setPlaceholderText(hint);
    if (field.maxLength > 0)
        edit->setMaxLength(field.maxLength);
    return edit;
}

Result<json> ElicitationDialog::valueOf(const ElicitationField &field) const
{
    QWidget *w = m_editors.value(QString::fromStdString(field.key));
    if (auto *box = qobject_cast<QCheckBox *>(w))
        return json(box->isChecked());
    if (auto *combo = qobject_cast<QComboBox *>(w)) {
        const QVariant v = combo->currentData();
        return v.isValid() ? json(v.toString().toStdString()) : json();
    }
    if (auto *list = qobject_cast<QListWidget *>(w)) {
        json chosen = json::array();
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->checkState() == Qt::Checked)
                chosen.push_back(list->item(i)->data(Qt::UserRole).toString().toStdString());
        if (chosen.empty() && !field.required && field.minItems <= 0)
            return json();
        if (const QString err = validateFieldValue(field, chosen); !err.isEmpty())
            return std::unexpected(Error::make(ErrorKind::Usage, err));
        return chosen;
    }
    const QString text = qobject_cast<QLineEdit *>(w)->text();
    if (text.trimmed().isEmpty() && field.type != ElicitationField::Type::String)
        return json();
    if (text.isEmpty())
        return json();
    return parseFieldText(field, text);
}

void ElicitationDialog::tryAccept()
{
    json content = json::object();
    QWidget *firstBad = nullptr;
    int problems = 0;
    for (const ElicitationField &field : m_request.form.fields) {
        const QString key = QString::fromStdString(field.key);
        QLabel *error = m_errors.value(key);
        auto value = valueOf(field);
        QString message;
        if (!value)
            message = value.error().message;
        else if (value->is_null() && field.required)
            message = tr("%1 is required.").arg(field.title);
        else if (!value->is_null())
            content[field.key] = *value;
        error->setText(message);
        error->setVisible(!message.isEmpty());
        if (!message.isEmpty()) {
            ++problems;
            if (!firstBad)
                firstBad = m_editors.value(key);
        }
    }
    if (problems) {
        m_summary->setText(problems == 1 ? tr("One field needs your attention.")
                                         : tr("%1 fields need your attention.").arg(problems));
        m_summary->show();
        firstBad->setFocus();
        return;
    }
    m_summary->hide();
    m_answer = ElicitationAnswer::accept(content);
    accept();
}

} // namespace mcpc::ui
