#include "tools/loadchart.h"

#include "load/loadreport.h"
#include "style/theme.h"
#include "tools/loadchartmodel.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>

namespace mcpc::ui {

LoadChart::LoadChart(const LoadChartModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    setAccessibleName(QCoreApplication::translate("LoadChart", "Latency chart"));
}

void LoadChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    const QFontMetrics fm(font());
    p.fillRect(rect(), theme::cardColor(pal));
    const QRectF plot = QRectF(rect()).adjusted(fm.horizontalAdvance(tr("888.8 ms")) + 12, fm.height() + 10, -12,
                                                -fm.height() - 10);
    if (plot.width() < 20 || plot.height() < 20)
        return;
    const qint64 ceiling = m_model->ceilingUs();
    p.setPen(theme::mutedText(pal));
    for (int i = 0; i <= 4; ++i) {
        const double y = plot.bottom() - plot.height() * i / 4.0;
        p.setPen(QPen(theme::borderColor(pal), 1));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(theme::mutedText(pal));
        p.drawText(QRectF(0, y - fm.height() / 2.0, plot.left() - 6, fm.height()), Qt::AlignRight | Qt::AlignVCenter,
                   i == 0 ? QStringLiteral("0") : load::formatLatency(ceiling * i / 4));
    }
    const qint64 start = m_model->startUs();
    const qint64 span = std::max<qint64>(1, m_model->endUs() - start);
    p.drawText(QRectF(plot.left(), plot.bottom() + 4, plot.width(), fm.height()), Qt::AlignRight,
               QStringLiteral("%1 s").arg(double(span) / 1e6, 0, 'f', 0));
    auto point = [&](qint64 at, qint64 value) {
        return QPointF(plot.left() + plot.width() * double(at - start) / double(span),
                       plot.bottom() - plot.height() * std::min(1.0, double(value) / double(ceiling)));
    };
    const QColor p50 = theme::accentColor(pal);
    const QColor p99 = theme::warningColor(pal);
    for (const auto &[color, useP99] : {std::pair{p99, true}, std::pair{p50, false}}) {
        QPainterPath path;
        bool first = true;
        for (const load::LoadInterval &i : m_model->points()) {
            if (i.completed == 0)
                continue; // nothing came back in that tick: no latency to draw
            const QPointF pt = point(i.atUs, useP99 ? i.p99Us : i.p50Us);
            first ? path.moveTo(pt) : path.lineTo(pt);
            first = false;
        }
        p.setPen(QPen(color, 2));
        p.drawPath(path);
    }
    // Legend, top left.
    double x = plot.left();
    for (const auto &[color, label] : {std::pair{p50, QStringLiteral("p50")}, std::pair{p99, QStringLiteral("p99")}}) {
        p.fillRect(QRectF(x, 6 + fm.height() / 2.0 - 1.5, 14, 3), color);
        p.setPen(pal.color(QPalette::Text));
        p.drawText(QPointF(x + 18, 4 + fm.ascent()), label);
        x += 18 + fm.horizontalAdvance(label) + 14;
    }
    if (m_model->isEmpty()) {
        p.setPen(theme::mutedText(pal));
        p.drawText(plot, Qt::AlignCenter, tr("Latency appears here while a load test runs."));
    }
}

} // namespace mcpc::ui
