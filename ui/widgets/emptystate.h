#pragma once

#include <QWidget>

class QLabel;
class QVBoxLayout;
class QPushButton;

namespace mcpc::ui {

// A friendly centred message with a call to action, for lists and pages with nothing in
// them yet ("No servers yet" + "Add server").
class EmptyState : public QWidget
{
    Q_OBJECT
public:
    EmptyState(const QString &title, const QString &text, QWidget *parent = nullptr);
    // Adds a button; the first one is the default (primary) action.
    QPushButton *addButton(const QString &text);
    void setText(const QString &text);
    void setTitle(const QString &title);

private:
    QLabel *m_title;
    QLabel *m_text;
    QVBoxLayout *m_buttons;
};

} // namespace mcpc::ui
