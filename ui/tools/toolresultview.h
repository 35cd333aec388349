#pragma once

#include "protocol/types.h"
#include "util/error.h"

#include <QScrollArea>

class QVBoxLayout;

namespace mcpc::ui {

// Shows a tool result the way a person reads it: text as text, images as pictures
// (decoded from base64), resource links as links, embedded resources in a frame,
// structuredContent as pretty JSON, and isError results in red.
class ToolResultView : public QScrollArea
{
    Q_OBJECT
public:
    explicit ToolResultView(QWidget *parent = nullptr);

    void showResult(const ToolResult &result);
    void showError(const Error &error);
    void showPlaceholder(const QString &text);
    void clear();

    // Everything shown, as text (tests, "Copy result").
    QString plainText() const { return m_plain.join(QLatin1Char('\n')); }
    int imageCount() const { return m_images; }
    bool showsError() const { return m_error; }

    // Small: the panel gives the result whatever the argument form leaves (it scrolls),
    // rather than squeezing the form to make room for a long result.
    QSize sizeHint() const override;

private:
    void addText(const QString &text, bool error);
    void addImage(const ContentBlock &block);
    void addLink(const ContentBlock &block);
    void addResource(const ContentBlock &block);
    void addJson(const QString &title, const nlohmann::json &value);
    void addNote(const QString &text);
    void addErrorHeader(const QString &title, const QString &detail);

    QWidget *m_body;
    QVBoxLayout *m_layout;
    QStringList m_plain;
    int m_images = 0;
    bool m_error = false;
};

} // namespace mcpc::ui
