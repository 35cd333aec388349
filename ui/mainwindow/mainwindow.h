#pragma once

#include <QMainWindow>

namespace mcpc::ui {

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
};

} // namespace mcpc::ui
