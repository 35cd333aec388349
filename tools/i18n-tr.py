#!/usr/bin/env python3
"""Route the desktop app's user-visible strings through Qt's translation system.

Usage:
    tools/i18n-tr.py --check [FILE...]   list user-visible QStringLiteral strings; exit 1 if any
    tools/i18n-tr.py --apply [FILE...]   rewrite them as tr("...") or QCoreApplication::translate

Without FILE arguments it walks ui/ and app/gui/. The GUI is written with QStringLiteral
everywhere; this script is the one place that decides which literals a user reads (labels,
tooltips, messages) and which are machine text (object names, settings keys, JSON keys,
style sheets). It is idempotent, so it can be re-run after a merge, and `--check` keeps new
code honest (tests/e2e/test_i18n.sh).

Inside a member function of a Q_OBJECT class the literal becomes tr("..."). Elsewhere (free
functions, anonymous namespaces, non-QObject classes) it becomes
QCoreApplication::translate("<Context>", "...") so lupdate still sees it.
"""
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
SOURCE_DIRS = ["ui", "app/gui"]

# One string literal (with escapes), possibly several adjacent ones: "a" "b".
LITERAL = r'"(?:[^"\\\n]|\\.)*"'
QSL = r'QStringLiteral\(\s*((?:' + LITERAL + r'\s*)+)\)'
# u"..."_s (Qt::StringLiterals), also with adjacent literals: u"a " "b"_s.
USTR = r'\bu(' + LITERAL + r'(?:\s*' + LITERAL + r')*)_s\b'
LITERALS = re.compile(QSL + '|' + USTR)

# Calls whose string arguments are never shown to a user.
MACHINE_CONTEXT = re.compile(
    r'setObjectName|setApplicationName|setOrganizationName|setOrganizationDomain|'
    r'setDesktopFileName|setProperty|property\(|QSettings|\.value\(|setValue\(|remove\(|'
    r'QIcon::fromTheme|fromTheme\(|setStyleSheet|styleSheet|QRegularExpression|'
    r'QProcessEnvironment|qEnvironmentVariable|qputenv|qgetenv|findChild|\.contains\(|'
    r'addQueryItem|queryItemValue|QJsonObject|QUrl\(|setScheme|setPath|setHost|'
    r'qCDebug|qCInfo|qCWarning|qCCritical|Q_LOGGING_CATEGORY|QLoggingCategory|'
    r'setFamily|QFont\(|setFontFamily|mimeData|setData\(|hasFormat|QMimeData|'
    r'\[\s*QStringLiteral|\bkey\b|Key\(|setApplicationVersion|QLocalServer|QLocalSocket|'
    r'QStyleFactory|setStyle\(|QFile\(|QDir\(|filePath\(|\.arg\(QStringLiteral\("%')

# Texts that look like machine text even on a line that shows other text.
def is_user_text(text: str) -> bool:
    t = text
    letters = re.findall(r'[A-Za-z]', t)
    if len(letters) < 2:
        return False                      # punctuation, separators, "%1 s"
    if re.search(r'[{};]\s*$|^\s*[.#]?\w+\s*\{|:\s*\w+;', t):
        return False                      # style sheet
    if re.match(r'^[a-z][A-Za-z0-9]*$', t):
        return False                      # objectName / JSON key / single lowercase token
    if re.match(r'^[\w.\-]+(/[\w.\-{}%]+)+$', t):
        return False                      # settings key, path, method name (tools/call)
    if re.match(r'^[a-z0-9]+([-_.][a-z0-9]+)+$', t):
        return False                      # icon name, identifier, file suffix
    if re.search(r'^\S*://\S*$|^rgba?\(|^#[0-9a-fA-F]{3,8}$|^application/|^text/|^image/', t):
        return False                      # URL, colour, mime type
    if re.search(r'\\\\\d', t):
        return False                      # a regular-expression replacement (\\1 <b>\\2</b>)
    if re.match(r'^[A-Z][A-Z0-9_]+$', t):
        return False                      # ENV_VAR, HEADER token
    if re.match(r'^%\d', t) and not re.search(r'[A-Za-z]{2,}', re.sub(r'%\d', '', t)):
        return False
    if ' ' not in t and not re.match(r'^[A-Z][a-z]+[.…:!?]?$', t) and '…' not in t:
        # Single tokens: only capitalised words ("Cancel", "Tools") are labels.
        return False
    if re.match(r'^(Bearer|Basic|Authorization|Content-Type|Accept|Location|Mcp-[\w-]+)$', t):
        return False
    return True


def literal_text(group: str) -> str:
    parts = re.findall(LITERAL, group)
    return ''.join(p[1:-1] for p in parts)


def qobject_classes() -> set:
    classes = set()
    for base in SOURCE_DIRS + ["core"]:
        for h in (ROOT / base).rglob('*.h'):
            src = h.read_text(encoding='utf-8')
            for m in re.finditer(r'\bclass\s+(?:\w+\s+)?(\w+)\b[^;{]*\{(.{0,200})', src, re.S):
                if 'Q_OBJECT' in m.group(2) or 'Q_GADGET' in m.group(2) \
                        or 'Q_DECLARE_TR_FUNCTIONS' in m.group(2):
                    classes.add(m.group(1))
    return classes


def file_context(path: pathlib.Path) -> str:
    # Free functions share their file's class as the translation context, so a translator
    # sees "ToolsTab" rather than a file name.
    header = path.with_suffix('.h')
    if header.exists():
        for m in re.finditer(r'\bclass\s+(?:\w+\s+)?(\w+)\b[^;{]*\{', header.read_text(encoding='utf-8')):
            if m.group(1).lower() == path.stem.lower():
                return m.group(1)
    return ''.join(w.capitalize() for w in re.split(r'[^A-Za-z0-9]', path.stem)) or 'App'


FUNC_DEF = re.compile(r'^[A-Za-z_][\w:<>,\*&\s]*?\b((?:\w+::)+)~?\w+\s*\(')
TOPLEVEL = re.compile(r'^[A-Za-z_]')


def class_per_line(lines: list, path: pathlib.Path) -> list:
    # The class whose member function each line is in, or None (free function, namespace scope).
    current = None
    owners = []
    for line in lines:
        if TOPLEVEL.match(line) and not line.startswith(('#', 'namespace', '}', 'using')):
            m = FUNC_DEF.match(line)
            if m:
                current = m.group(1).rstrip(':').split('::')[-1]
            elif re.match(r'^[A-Za-z_][\w:<>,\*&\s]*\b\w+\s*\(', line) \
                    or line.startswith(('static', 'const', 'struct', 'class')):
                current = None
        if line.startswith('namespace'):
            current = None
        owners.append(current)
    return owners


def convert_file(path: pathlib.Path, classes: set, apply: bool) -> list:
    text = path.read_text(encoding='utf-8')
    lines = text.split('\n')
    owners = class_per_line(lines, path)
    context_default = file_context(path)
    line_starts = [0]
    for line in lines:
        line_starts.append(line_starts[-1] + len(line) + 1)
    found = []
    needs_include = False

    def line_of(offset: int) -> int:
        lo, hi = 0, len(line_starts) - 1
        while lo < hi - 1:
            mid = (lo + hi) // 2
            if line_starts[mid] <= offset:
                lo = mid
            else:
                hi = mid
        return lo

    def repl(m):
        nonlocal needs_include
        i = line_of(m.start())
        line = lines[i]
        if MACHINE_CONTEXT.search(line) or line.lstrip().startswith(('//', '*')):
            return m.group(0)
        group = (m.group(1) or m.group(2)).strip()
        if not is_user_text(literal_text(group)):
            return m.group(0)
        found.append((i + 1, literal_text(group)))
        current = owners[i]
        if current and current in classes:
            return 'tr(' + group + ')'
        needs_include = True
        ctx = current if current else context_default
        return 'QCoreApplication::translate("' + ctx + '", ' + group + ')'

    new = LITERALS.sub(repl, text)
    if apply and found:
        if needs_include and '#include <QCoreApplication>' not in new:
            out = new.split('\n')
            includes = [k for k, l in enumerate(out) if l.startswith('#include <')]
            out.insert(includes[0] if includes else 0, '#include <QCoreApplication>')
            new = '\n'.join(out)
        path.write_text(new, encoding='utf-8')
    return found


def main(argv):
    if not argv or argv[0] not in ('--check', '--apply'):
        print(__doc__)
        return 2
    apply = argv[0] == '--apply'
    files = [pathlib.Path(a).resolve() for a in argv[1:]]
    if not files:
        files = sorted(p for d in SOURCE_DIRS for p in (ROOT / d).rglob('*.cpp'))
    classes = qobject_classes()
    total = 0
    for f in files:
        for line, text in convert_file(f, classes, apply):
            total += 1
            if not apply:
                shown = f.relative_to(ROOT) if f.is_relative_to(ROOT) else f
                print(f'{shown}:{line}: "{text}" is shown to users but not translatable')
    if apply:
        print(f'{total} strings now go through tr()')
        return 0
    if total:
        print(f'{total} user-visible strings bypass tr(); run tools/i18n-tr.py --apply')
        return 1
    print('every user-visible string goes through tr()')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
