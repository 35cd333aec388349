#include "servers/headerseditor.h"

#include "widgets/icons.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QToolButton>
#include <QVBoxLayout>

namespace mcpc::ui {

HeadersEditor::HeadersEditor(QWidget *parent)
    : QWidget(parent)
    , m_rows(new QVBoxLayout)
{
    auto *add = new QPushButton(QCoreApplication::translate("HeadersEditor", "Add header"), this);
    add->setIcon(icons::icon(icons::Icon::Add, palette().color(QPalette::ButtonText)));
    connect(add, &QPushButton::clicked, this, [this] { addRow(); });
    m_rows->setContentsMargins(0, 0, 0, 0);
    m_rows->setSpacing(6);
    auto *col = new QVBoxLayout(this);
    col->setContentsMargins(0, 0, 0, 0);
    col->addLayout(m_rows);
    col->addWidget(add, 0, Qt::AlignLeft);
}

void HeadersEditor::setStoredNames(const QStringList &names)
{
    m_stored = names;
    for (const QString &n : names)
        addRow(n);
}

void HeadersEditor::addRow(const QString &name, const QString &value)
{
    auto *row = new QWidget(this);
    auto *nameEdit = new QLineEdit(name, row);
    nameEdit->setPlaceholderText(tr("Header, e.g. X-API-Key"));
    nameEdit->setAccessibleName(tr("Header name"));
    auto *valueEdit = new QLineEdit(value, row);
    valueEdit->setEchoMode(QLineEdit::Password);
    valueEdit->setAccessibleName(tr("Header value"));
    const bool stored = m_stored.contains(name, Qt::CaseInsensitive) && !name.isEmpty();
    valueEdit->setPlaceholderText(stored ? tr("Stored in the keychain; type to replace") : tr("Value (kept in the keychain)"));
    auto *remove = new QToolButton(row);
    remove->setIcon(icons::icon(icons::Icon::Remove, palette().color(QPalette::ButtonText)));
    remove->setToolTip(tr("Remove this header"));
    remove->setAccessibleName(tr("Remove header"));
    remove->setAutoRaise(true);
    auto *h = new QHBoxLayout(row);
    h->setContentsMargins(0, 0, 0, 0);
    h->addWidget(nameEdit, 2);
    h->addWidget(valueEdit, 3);
    h->addWidget(remove);
    m_rows->addWidget(row);
    m_widgets.append({row, nameEdit, valueEdit});
    connect(nameEdit, &QLineEdit::textChanged, this, &HeadersEditor::changed);
    connect(valueEdit, &QLineEdit::textChanged, this, &HeadersEditor::changed);
    connect(remove, &QToolButton::clicked, this, [this, row] {
        for (qsizetype i = 0; i < m_widgets.size(); ++i) {
            if (m_widgets.at(i).row == row) {
                m_widgets.removeAt(i);
                break;
            }
        }
        row->deleteLater();
        Q_EMIT changed();
    });
    if (name.isEmpty())
        nameEdit->setFocus();
    Q_EMIT changed();
}

QList<HeadersEditor::Row> HeadersEditor::rows() const
{
    QList<Row> out;
    for (const Widgets &w : m_widgets) {
        const QString name = w.name->text().trimmed();
        if (!name.isEmpty())
            out.append({name, w.value->text().toUtf8()});
    }
    return out;
}

QStringList HeadersEditor::names() const
{
    QStringList out;
    for (const Row &r : rows())
        out << r.name;
    return out;
}

QString HeadersEditor::problem() const
{
    // RFC 9110 token characters.
    static const QRegularExpression token(QStringLiteral("^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"));
    QStringList seen;
    for (qsizetype i = 0; i < m_widgets.size(); ++i) {
        const QString name = m_widgets.at(i).name->text().trimmed();
        const QString value = m_widgets.at(i).value->text();
        if (name.isEmpty()) {
            if (!value.isEmpty())
                return tr("Header %1 has a value but no name.").arg(i + 1);
            continue;
        }
        if (!token.match(name).hasMatch())
            return tr("'%1' is not a valid header name (letters, digits and - only).").arg(name);
        if (seen.contains(name, Qt::CaseInsensitive))
            return tr("The header '%1' is listed twice.").arg(name);
        seen << name;
        if (value.isEmpty() && !m_stored.contains(name, Qt::CaseInsensitive))
            return tr("Enter a value for the header '%1'.").arg(name);
        if (value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r')))
            return tr("The value of '%1' cannot contain line breaks.").arg(name);
    }
    if (seen.isEmpty())
        return tr("Add at least one header, e.g. Authorization or X-API-Key.");
    return {};
}

} // namespace mcpc::ui
