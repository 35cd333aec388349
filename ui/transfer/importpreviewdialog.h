#pragma once

#include "profiles/profileimporter.h"

#include <QDialog>
#include <QList>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace mcpc::ui {

// The list before any import: one row per server with a checkbox, its address, where it
// came from (the file, or every client it is in) and what will happen to it. A
// duplicate has a choice (skip, add under a free name, replace the saved one); a row
// that cannot be imported is shown greyed with the reason. Nothing is saved here: the
// caller applies items() after Import.
class ImportPreviewDialog : public QDialog
{
    Q_OBJECT
public:
    ImportPreviewDialog(const QString &title, const QString &intro, QList<ImportItem> items, QWidget *parent = nullptr);

    // The rows with the user's ticks and choices.
    QList<ImportItem> items() const { return m_items; }
    QTreeWidget *list() const { return m_list; }
    QPushButton *importButton() const { return m_import; }
    // Ticks or unticks a row (tests, and the select-all buttons).
    void setChecked(int row, bool checked);
    void setChoice(int row, DuplicateChoice choice);
    // Problems to show under the list ("Gemini CLI: … line 1, column 3").
    void setProblems(const QStringList &problems);

private:
    void fill();
    void updateRow(int row);
    void updateButton();

    QList<ImportItem> m_items;
    QTreeWidget *m_list;
    QLabel *m_problems;
    QPushButton *m_import;
    bool m_filling = false;
};

} // namespace mcpc::ui
