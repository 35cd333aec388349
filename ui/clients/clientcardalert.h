#pragma once

#include "clientconfig/clientconfigwatcher.h"
#include "widgets/banner.h"

#include <optional>

namespace mcpc::ui {

struct ClientCardState;

// The card's problem line, which knows what kind of problem it shows and so what its
// button does: a file that cannot be used (open it), a refused write (review again), a
// refused undo (restore anyway), drift (reconnect). A file problem outranks the others
// and stays until the file is fixed; drift stays until the entry is ours again.
class ClientCardAlert : public Banner
{
    Q_OBJECT
public:
    enum class Kind { None, Problem, Drift, Error, UndoRefused, WriteRefused };
    enum class Action { OpenFile, UndoAnyway, Review, Reconnect };

    ClientCardAlert(const QString &clientName, const QString &home, QWidget *parent = nullptr);
    Kind kind() const { return m_kind; }

    // After each status read: shows or clears the file problem; settles drift.
    void showState(const ClientCardState &state, bool connected);
    // An engine call failed; nothing was written.
    void showError(const Error &error, Kind kind = Kind::Error);
    void showDrift(const clientconfig::DriftReport &report);
    // Before a new write: old errors go, a file problem stays.
    void clearErrors();

Q_SIGNALS:
    void actionRequested(mcpc::ui::ClientCardAlert::Action action);

private:
    void show(Kind kind, const QString &html, Chip::Tone tone, const QString &action);
    void onAction();

    QString m_clientName;
    QString m_home;
    Kind m_kind = Kind::None;
    std::optional<clientconfig::DriftReport> m_drift;
};

} // namespace mcpc::ui
