#include "mainwindow/windowlayoutmemory.h"

#include <QAction>
#include <QMainWindow>
#include <QSettings>
#include <QSplitter>

namespace mcpc::ui {

WindowLayoutMemory::WindowLayoutMemory(QMainWindow *window, QSplitter *splitter, QAction *showList, QSettings *settings)
    : QObject(window)
    , m_window(window)
    , m_splitter(splitter)
    , m_showList(showList)
    , m_settings(settings)
{
    m_splitter->setSizes({m_listWidth, 960});
    connect(m_splitter, &QSplitter::splitterMoved, this, &WindowLayoutMemory::onSplitterMoved);
    connect(m_showList, &QAction::toggled, this, &WindowLayoutMemory::setListVisible);
}

void WindowLayoutMemory::setListVisible(bool visible)
{
    if (visible == isListVisible())
        return;
    const int total = m_splitter->width();
    if (visible)
        m_splitter->setSizes({m_listWidth, qMax(0, total - m_listWidth)});
    else
        m_splitter->setSizes({0, total});
    onSplitterMoved();
}

bool WindowLayoutMemory::isListVisible() const
{
    return m_splitter->sizes().value(0) > 0;
}

void WindowLayoutMemory::onSplitterMoved()
{
    const int width = m_splitter->sizes().value(0);
    if (width > 0)
        m_listWidth = width;
    {
        const QSignalBlocker block(m_showList);
        m_showList->setChecked(width > 0);
    }
    // Remembered at once, not only when the window closes.
    m_settings->setValue(QStringLiteral("window/sidebarWidth"), m_listWidth);
    m_settings->setValue(QStringLiteral("window/sidebarVisible"), width > 0);
}

void WindowLayoutMemory::restore()
{
    if (!m_window->restoreGeometry(m_settings->value(QStringLiteral("window/geometry")).toByteArray()))
        m_window->resize(1200, 780);
    const int minimum = m_splitter->widget(0) ? m_splitter->widget(0)->minimumWidth() : 0;
    m_listWidth = qMax(minimum, m_settings->value(QStringLiteral("window/sidebarWidth"), m_listWidth).toInt());
    const bool visible = m_settings->value(QStringLiteral("window/sidebarVisible"), true).toBool();
    m_splitter->setSizes({visible ? m_listWidth : 0, qMax(0, m_window->width() - m_listWidth)});
    const QSignalBlocker block(m_showList);
    m_showList->setChecked(visible);
}

void WindowLayoutMemory::save()
{
    m_settings->setValue(QStringLiteral("window/geometry"), m_window->saveGeometry());
    onSplitterMoved(); // the server list's width and whether it shows
}

} // namespace mcpc::ui
