#pragma once

#include "protocol/types.h"
#include "util/error.h"

#include <QFrame>
#include <QList>
#include <QPair>

class QGridLayout;
class QLabel;
class QStackedWidget;
class QToolButton;

namespace mcpc::ui {

class Spinner;

// The "User data" card: what the server's user-data tool returns, as the seed's
// "Label: value" pairs in a two-column form, with the user's avatar (or initials).
class UserDataCard : public QFrame
{
    Q_OBJECT
public:
    explicit UserDataCard(QWidget *parent = nullptr);

    void showLoading(const QString &toolName);
    void showResult(const ToolResult &result, const QString &toolName);
    void showError(const Error &error);
    void showMessage(const QString &title, const QString &text);
    void setAvatar(const QPixmap &pixmap);

    QList<QPair<QString, QString>> fields() const { return m_fields; }
    QString value(const QString &label) const;
    bool hasAvatarImage() const { return m_hasAvatar; }
    QString messageText() const;

Q_SIGNALS:
    void refreshRequested();

private:
    void setInitials(const QString &initials);
    void clearGrid();

    QWidget *m_identity = nullptr;
    QLabel *m_avatar;
    QLabel *m_name;
    QLabel *m_subtitle;
    QLabel *m_source;
    QToolButton *m_refresh;
    QStackedWidget *m_stack;
    QWidget *m_fieldsPage;
    QGridLayout *m_grid;
    QWidget *m_messagePage;
    QLabel *m_messageTitle;
    QLabel *m_messageText;
    Spinner *m_spinner;
    QList<QPair<QString, QString>> m_fields;
    bool m_hasAvatar = false;
};

} // namespace mcpc::ui
