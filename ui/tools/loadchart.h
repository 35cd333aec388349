#pragma once

#include <QWidget>

namespace mcpc::ui {

class LoadChartModel;

// Draws the live latency chart of a load run with QPainter: p50 and p99 per tick over
// time, four grid lines with round latency labels, a small legend. Reads the model;
// call update() after adding points.
class LoadChart : public QWidget
{
    Q_OBJECT
public:
    explicit LoadChart(const LoadChartModel *model, QWidget *parent = nullptr);
    QSize sizeHint() const override { return {480, 200}; }
    QSize minimumSizeHint() const override { return {240, 140}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    const LoadChartModel *m_model;
};

} // namespace mcpc::ui
