#pragma once

#include <QPushButton>

namespace mcpc::ui {

// A push button that can drop its text and show only its icon when its row runs out of
// room (a narrow window), instead of letting the layout clip the text. Collapsed, its
// label moves into the tooltip and stays its accessible name. The row decides when:
// expandedWidth() is what the button needs with its label.
class CollapsibleButton : public QPushButton
{
    Q_OBJECT
public:
    explicit CollapsibleButton(const QString &label, QWidget *parent = nullptr);

    void setLabel(const QString &label);
    QString label() const { return m_label; }
    // What the tooltip says besides the label ("Ping the server... (F5)").
    void setDescription(const QString &description);
    void setCollapsed(bool collapsed);
    bool isCollapsed() const { return m_collapsed; }

    int expandedWidth() const;  // with the label
    int collapsedWidth() const; // the icon alone

private:
    int widthFor(const QString &text) const;
    void apply();

    QString m_label;
    QString m_description;
    bool m_collapsed = false;
};

} // namespace mcpc::ui
