#include "clientconfig/adapters/claudecodeadapter.h"
#include "clientconfig/adapters/claudedesktopadapter.h"
#include "clientconfig/adapters/clineadapter.h"
#include "clientconfig/adapters/codexadapter.h"
#include "clientconfig/adapters/continueadapter.h"
#include "clientconfig/adapters/cursoradapter.h"
#include "clientconfig/adapters/geminiadapter.h"
#include "clientconfig/adapters/junieadapter.h"
#include "clientconfig/adapters/lmstudioadapter.h"
#include "clientconfig/adapters/opencodeadapter.h"
#include "clientconfig/adapters/vscodeadapter.h"
#include "clientconfig/adapters/windsurfadapter.h"
#include "clientconfig/adapters/zedadapter.h"

namespace mcpc::clientconfig {

const QList<const ClientAdapter *> &allClientAdapters()
{
    // Stateless singletons, built once: adapters only describe clients.
    static const CursorAdapter cursor;
    static const VsCodeAdapter vscode(false);
    static const VsCodeAdapter insiders(true);
    static const ClaudeCodeAdapter claudeCode;
    static const ClaudeDesktopAdapter claudeDesktop;
    static const WindsurfAdapter windsurf;
    static const ClineAdapter cline;
    static const ZedAdapter zed;
    static const GeminiAdapter gemini;
    static const CodexAdapter codex;
    static const OpencodeAdapter opencode;
    static const LmStudioAdapter lmstudio;
    static const ContinueAdapter continueDev;
    static const JunieAdapter junie;
    static const QList<const ClientAdapter *> all{&cursor, &vscode, &insiders, &claudeCode, &claudeDesktop, &windsurf,
                                                  &cline, &zed, &gemini, &codex, &opencode, &lmstudio, &continueDev, &junie};
    return all;
}

const ClientAdapter *clientAdapter(const QString &id)
{
    for (const ClientAdapter *a : allClientAdapters())
        if (a->id() == id)
            return a;
    return nullptr;
}

} // namespace mcpc::clientconfig
