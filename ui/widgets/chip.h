#pragma once

#include <QLabel>

namespace mcpc::ui {

// A small rounded label ("Insecure HTTP", "Demo", "Streamable HTTP") in a tone.
class Chip : public QLabel
{
    Q_OBJECT
public:
    enum class Tone { Neutral, Info, Success, Warning, Error };
    explicit Chip(const QString &text = {}, Tone tone = Tone::Neutral, QWidget *parent = nullptr);
    void setTone(Tone tone);
    Tone tone() const { return m_tone; }

private:
    void restyle();
    Tone m_tone;
};

} // namespace mcpc::ui
