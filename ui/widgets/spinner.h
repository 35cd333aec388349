#pragma once

#include <QWidget>

class QTimer;

namespace mcpc::ui {

// A small indeterminate busy indicator (a rotating arc). Animates only while running
// and visible, so idle windows cost no CPU.
class Spinner : public QWidget
{
    Q_OBJECT
public:
    explicit Spinner(QWidget *parent = nullptr, int size = 16);
    void start();
    void stop();
    bool isRunning() const { return m_running; }
    QSize sizeHint() const override { return {m_size, m_size}; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QTimer *m_timer;
    int m_size;
    int m_angle = 0;
    bool m_running = false;
};

} // namespace mcpc::ui
