#include "overview/serverclientmatrixmodel.h"

#include "clients/clientvisuals.h"

#include "style/theme.h"

#include <QBrush>
#include <QGuiApplication>

namespace mcpc::ui {

using namespace clientconfig;
using namespace Qt::StringLiterals;
namespace cv = clientvisuals;

ServerClientMatrixModel::ServerClientMatrixModel(ClientConfigService *service, QObject *parent)
    : QAbstractTableModel(parent)
    , m_service(service)
{
}

void ServerClientMatrixModel::refresh(const QList<ServerProfile> &profiles)
{
    if (!m_service)
        return;
    // The per-client choices (file, entry name, options) live on the GUI thread: take
    // them now, hand the file reading to the worker.
    struct Job
    {
        ServerProfile profile;
        QList<ClientTarget> targets;
        QStringList names;
        QList<EntryOptions> options;
    };
    QList<Job> jobs;
    for (const ServerProfile &p : profiles) {
        Job job{p, {}, {}, {}};
        for (const ClientAdapter *a : allClientAdapters()) {
            job.targets << m_service->target(a->id());
            job.names << m_service->entryName(a->id(), p);
            job.options << m_service->options(a->id(), p.name);
        }
        jobs << job;
    }
    m_loading = true;
    const int generation = ++m_generation;
    m_service->run(this, [jobs](ClientConfigEngine &engine) {
        QList<QList<ClientCardState>> out;
        for (const Job &job : jobs) {
            QList<ClientCardState> row;
            for (qsizetype i = 0; i < job.targets.size(); ++i)
                row << ClientConfigService::cardState(engine, job.targets.at(i), job.profile, job.names.at(i), job.options.at(i));
            out << row;
        }
        return out;
    }, [this, profiles, generation](QList<QList<ClientCardState>> states) {
        if (generation != m_generation)
            return; // a newer refresh is under way
        setStates(profiles, states);
    });
}

void ServerClientMatrixModel::setStates(const QList<ServerProfile> &profiles, const QList<QList<ClientCardState>> &states)
{
    beginResetModel();
    m_profiles = profiles;
    m_columns.clear();
    m_cells.clear();
    QList<Column> all;
    QList<bool> used;
    for (const ClientAdapter *a : allClientAdapters()) {
        all << Column{a->id(), a->displayName(), false};
        used << false;
    }
    QList<QList<Cell>> cells;
    for (qsizetype r = 0; r < states.size(); ++r) {
        QList<Cell> row;
        for (qsizetype c = 0; c < states.at(r).size() && c < all.size(); ++c) {
            const ClientCardState &s = states.at(r).at(c);
            const cv::Look look = cv::look(s);
            Cell cell{look.chip, look.explanation, int(look.tone),
                      s.status.state != EntryState::Absent || !s.status.sameUrlEntries.isEmpty()};
            all[c].installed = all[c].installed || s.status.installed;
            used[c] = used[c] || cell.present;
            row << cell;
        }
        cells << row;
    }
    // Installed clients and clients holding any of these servers first; the rest after,
    // each group in the cards' order.
    QList<int> order;
    for (int pass = 0; pass < 2; ++pass)
        for (qsizetype c = 0; c < all.size(); ++c)
            if ((all[c].installed || used[c]) == (pass == 0))
                order << int(c);
    for (int c : order)
        m_columns << all[c];
    for (const QList<Cell> &row : cells) {
        QList<Cell> sorted;
        for (int c : order)
            sorted << (c < row.size() ? row[c] : Cell{});
        m_cells << sorted;
    }
    m_loading = false;
    endResetModel();
    Q_EMIT ready();
}

int ServerClientMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_cells.size());
}

int ServerClientMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant ServerClientMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_cells.size() || index.column() >= m_cells.at(index.row()).size())
        return {};
    const Cell &cell = m_cells.at(index.row()).at(index.column());
    switch (role) {
    case Qt::DisplayRole: return cell.present ? cell.chip : u"—"_s; // a dash reads faster than "Not connected"
    case Qt::ForegroundRole: {
        const QPalette pal = QGuiApplication::palette();
        switch (Chip::Tone(cell.tone)) {
        case Chip::Tone::Success: return QBrush(theme::successColor(pal));
        case Chip::Tone::Warning: return QBrush(theme::warningColor(pal));
        case Chip::Tone::Error: return QBrush(theme::errorColor(pal));
        case Chip::Tone::Info: return QBrush(theme::accentColor(pal));
        case Chip::Tone::Neutral: return QBrush(theme::mutedText(pal));
        }
        return {};
    }
    case Qt::TextAlignmentRole: return int(Qt::AlignCenter);
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole: return cell.explanation;
    case ToneRole: return cell.tone;
    case ServerRole: return serverAt(index.row());
    case ClientRole: return clientAt(index.column());
    case PresentRole: return cell.present;
    default: return {};
    }
}

QVariant ServerClientMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section < m_columns.size()) {
        const Column &c = m_columns.at(section);
        if (role == Qt::DisplayRole)
            return c.name;
        if (role == Qt::ToolTipRole)
            return c.installed ? tr("%1 is installed on this computer.").arg(c.name)
                               : tr("%1 was not found on this computer.").arg(c.name);
        if (role == Qt::ForegroundRole && !c.installed)
            return QBrush(Qt::gray);
    }
    if (orientation == Qt::Vertical && section < m_profiles.size()) {
        if (role == Qt::DisplayRole)
            return m_profiles.at(section).name;
        if (role == Qt::ToolTipRole)
            return m_profiles.at(section).target();
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

QString ServerClientMatrixModel::serverAt(int row) const
{
    return row >= 0 && row < m_profiles.size() ? m_profiles.at(row).name : QString();
}

QString ServerClientMatrixModel::clientAt(int column) const
{
    return column >= 0 && column < m_columns.size() ? m_columns.at(column).id : QString();
}

int ServerClientMatrixModel::presentCount() const
{
    int n = 0;
    for (const QList<Cell> &row : m_cells)
        for (const Cell &c : row)
            n += c.present ? 1 : 0;
    return n;
}

int ServerClientMatrixModel::attentionCount() const
{
    int n = 0;
    for (const QList<Cell> &row : m_cells)
        for (const Cell &c : row)
            n += c.present && (c.tone == int(Chip::Tone::Warning) || c.tone == int(Chip::Tone::Error)) ? 1 : 0;
    return n;
}

} // namespace mcpc::ui
