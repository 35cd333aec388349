#pragma once

#include <QFrame>

namespace mcpc::ui {

// One line of text that shrinks with its column: elided (in the middle by default, so
// a long path keeps both its start and its file name), the full text in the tooltip.
// Optionally clickable (a pointing hand; emits clicked()).
class ElidedLabel : public QFrame
{
    Q_OBJECT
public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    void setText(const QString &text);
    QString text() const { return m_text; }
    // Appended under the full text in the tooltip ("Click to copy").
    void setToolTipHint(const QString &hint);
    void setElideMode(Qt::TextElideMode mode);
    void setClickable(bool clickable);
    void setColorRole(QPalette::ColorRole role) { m_role = role; update(); }
    void setTextColor(const QColor &color);
    bool isElided() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void clicked();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void updateToolTip();

    QString m_text;
    QString m_hint;
    Qt::TextElideMode m_mode = Qt::ElideMiddle;
    QPalette::ColorRole m_role = QPalette::WindowText;
    QColor m_color;
    bool m_clickable = false;
};

} // namespace mcpc::ui
