#pragma once

#include "monitor/serverstatus.h"

#include <QWidget>

namespace mcpc::ui {

// A coloured dot for a server state (green Up, amber Degraded, red Down...). Also used
// by the list delegate through paintDot().
class StatusDot : public QWidget
{
    Q_OBJECT
public:
    explicit StatusDot(QWidget *parent = nullptr);
    void setState(ServerStatus::State state);
    ServerStatus::State state() const { return m_state; }
    QSize sizeHint() const override { return {12, 12}; }

    static void paintDot(QPainter *painter, const QRectF &rect, ServerStatus::State state, const QPalette &palette);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    ServerStatus::State m_state = ServerStatus::State::Unknown;
};

} // namespace mcpc::ui
