#pragma once

#include "widgets/chip.h"

#include <QFrame>

class QLabel;
class QPushButton;
class QTimer;
class QToolButton;

namespace mcpc::ui {

// A notification strip across the top of the content: "Removed 'x'. [Undo]", or the
// keychain-unavailable warning. Optionally times out; emits exactly one of
// actionTriggered() or dismissed(timedOut) per show().
class Banner : public QFrame
{
    Q_OBJECT
public:
    explicit Banner(QWidget *parent = nullptr);

    // timeoutMs 0 = stays until closed. actionText empty = no action button.
    void showMessage(const QString &text, Chip::Tone tone, const QString &actionText = {}, int timeoutMs = 0);
    QString text() const;
    QPushButton *actionButton() const { return m_action; }
    void dismiss(); // as if closed by the user

Q_SIGNALS:
    void actionTriggered();
    void dismissed(bool timedOut);

private:
    void finish(bool action, bool timedOut);
    void restyle();

    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_action;
    QToolButton *m_close;
    QTimer *m_timer;
    Chip::Tone m_tone = Chip::Tone::Info;
    bool m_active = false;
};

} // namespace mcpc::ui
