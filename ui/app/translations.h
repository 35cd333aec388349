#pragma once

class QCoreApplication;

namespace mcpc::ui {

// Installs the app's translation for the user's UI language, if one is shipped. English is
// the source language, so nothing is loaded (or read from disk) for it.
class Translations
{
public:
    static void install(QCoreApplication *app);
};

} // namespace mcpc::ui
