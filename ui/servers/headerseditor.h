#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QStringList>
#include <QWidget>

class QLineEdit;
class QVBoxLayout;

namespace mcpc::ui {

// Rows of "Header name | value" for API-key style servers. Values are masked and go to
// the secret store only; when editing a saved server the stored values are never read
// back: an empty value means "keep the stored one".
class HeadersEditor : public QWidget
{
    Q_OBJECT
public:
    struct Row
    {
        QString name;
        QByteArray value; // empty = keep the stored value (edit mode)
    };

    explicit HeadersEditor(QWidget *parent = nullptr);

    // Existing header names of a saved profile (values stay in the keychain).
    void setStoredNames(const QStringList &names);
    void addRow(const QString &name = {}, const QString &value = {});
    QList<Row> rows() const;   // non-empty names only
    QStringList names() const;
    // A problem to show inline ("Header 2 has no name"...), empty when fine.
    QString problem() const;

Q_SIGNALS:
    void changed();

private:
    struct Widgets
    {
        QWidget *row;
        QLineEdit *name;
        QLineEdit *value;
    };
    QVBoxLayout *m_rows;
    QList<Widgets> m_widgets;
    QStringList m_stored;
};

} // namespace mcpc::ui
