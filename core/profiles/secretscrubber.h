#pragma once

#include "profiles/serverprofile.h"

#include <QStringList>

namespace mcpc {

// Takes secrets out of a profile's visible parts before it leaves the app (export) or
// enters it from a client's file (import): a password in the URL, a query parameter
// named like a key or token, a stdio argument after --token / --api-key, an
// "Authorization: Bearer …" argument. Header values and tokens never live in a profile
// (they are in the keychain); this catches what users paste into URLs and command lines.
class SecretScrubber
{
public:
    // The profile without those secrets, and one sentence per thing removed.
    static ServerProfile scrub(const ServerProfile &profile, QStringList *removed);
    // Whether a parameter, option or variable name usually holds a secret.
    static bool isSecretName(const QString &name);
    // The text that replaces a removed value, so the user sees where to put it back.
    static QString placeholder();
};

} // namespace mcpc
