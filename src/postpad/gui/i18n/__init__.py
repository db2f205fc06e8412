"""UI language: Qt's and Postpad's translations, following the system locale unless overridden.

Compiled catalogues (``postpad_<locale>.qm``) are package data under ``assets/i18n`` (built from
``resources/i18n/*.ts`` by ``make i18n``); ``postpad.core.assets`` says where. The override is
the ``ui/language`` setting (``""`` = system, ``"en"``, ``"zh_CN"``), set from View > Language
or a Preferences field named ``language`` when there is one.

Switching applies at once (decision 0097): installing the translators makes Qt send
``QEvent.LanguageChange`` to every widget, and each text that must follow the language is set by a
function registered with :func:`keep_translated` on the widget that owns it, which runs it now and
again on that event. That is the one mechanism; no widget is special-cased here.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QTimer,
    QTranslator,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from postpad.core.assets import asset_path
from postpad.core.settings_registry import UI_LANGUAGE
from postpad.gui import settings
from postpad.gui.named import named

if TYPE_CHECKING:
    from postpad.gui.protocols import FeatureWindow
    from postpad.gui.settings import SettingsStore

LANGUAGE_KEY = UI_LANGUAGE.key
SOURCE_LANGUAGE = "en"
LANGUAGE_NAMES = {"en": "English", "zh_CN": "简体中文"}
"""Native names: a language is always offered in its own words."""


#: app property naming the locale whose catalogues are installed (set by install_translators)
_INSTALLED_PROPERTY = "postpadInstalledLocale"


def catalogue_folder() -> Path:
    return asset_path("i18n")


def language_override(preferences: Any = None) -> str:
    """The chosen UI language code, or ``""`` to follow the system."""
    chosen = str(getattr(preferences, "language", "") or "")
    if chosen:
        return chosen
    return settings.read(UI_LANGUAGE)


def ui_locale(preferences: Any = None) -> QLocale:
    """The locale the UI speaks: the override when set, else the system's."""
    override = language_override(preferences)
    return QLocale(override) if override else QLocale.system()


def install_translators(
    app: QCoreApplication, locale: QLocale | None = None, folder: Path | None = None
) -> list[QTranslator]:
    """Replace the application's translators with Qt's and Postpad's for ``locale``.

    ``locale`` defaults to :func:`ui_locale` (the override, else the system's).
    """
    locale = locale or ui_locale()
    if app.property(_INSTALLED_PROPERTY) is not None:  # a first call has none to replace
        _remove_translators(app)
    app.setProperty(_INSTALLED_PROPERTY, locale.name())
    installed: list[QTranslator] = []
    english = locale.name() == "C" or locale.language() == QLocale.Language.English
    if english:  # the source strings are English; the catalogue only adds plural forms
        locale = QLocale(QLocale.Language.English)
    sources = [("postpad", str(folder or catalogue_folder()))]
    if not english:
        sources.insert(0, ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)))
    for prefix, where in sources:
        translator = QTranslator(app)
        if translator.load(locale, prefix, "_", where):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            translator.deleteLater()
    return installed


def _remove_translators(app: QCoreApplication) -> None:
    # findChildren wraps every child of the application in Python, the style among them, whose
    # type and a dozen enums PySide6 creates on first use: not before the first frame (0205).
    for old in app.findChildren(QTranslator):
        app.removeTranslator(old)
        old.deleteLater()


def installed_locale() -> str:
    """The locale name whose catalogues are installed (the default locale before any are)."""
    app = QCoreApplication.instance()
    name = app.property(_INSTALLED_PROPERTY) if app is not None else None
    return str(name or QLocale().name())


class _Retranslator(QObject):
    """Runs its owner's text-setting steps again when the language changes.

    Swapping catalogues sends several LanguageChange events (one per translator removed or
    installed); the steps run once, after the last of them.
    """

    def __init__(self, owner: QObject) -> None:
        super().__init__(owner)
        self.setObjectName("postpadRetranslator")
        self.steps: list[Callable[[], object]] = []
        self._pending = False
        owner.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange and not self._pending:
            self._pending = True
            QTimer.singleShot(0, self, self.run)
        return False

    def run(self) -> None:
        self._pending = False
        for step in list(self.steps):
            step()


def keep_translated(owner: QObject, step: Callable[[], object]) -> None:
    """Run ``step`` (which sets texts through tr()/translate()) now and whenever the UI language
    changes while ``owner`` lives. ``owner`` is a widget (actions: the window that holds them)."""
    from PySide6.QtCore import Qt  # not at import: PySide6 builds Qt's ~90 enums on first use

    step()
    found = owner.findChild(
        _Retranslator, "postpadRetranslator", Qt.FindChildOption.FindDirectChildrenOnly
    )
    (found or _Retranslator(owner)).steps.append(step)


def keep_text(owner: QObject, target: QObject, text: Callable[[], str]) -> None:
    """:func:`keep_translated` for one text: a menu's title, a dock's title, else ``setText``.
    ``target`` may be deleted before ``owner`` (an action a feature drops): then it is skipped."""
    from PySide6.QtWidgets import QDockWidget  # created on first use (decision 0205)

    if isinstance(target, QMenu):
        setter = target.setTitle
    elif isinstance(target, QDockWidget):
        setter = target.setWindowTitle
    else:
        setter = target.setText  # type: ignore[attr-defined]
    keep_translated(owner, lambda: shiboken6.isValid(target) and setter(text()))


def translated_action(
    owner: QObject, name: str, text: Callable[[], str], slot: Callable[[], object] | None = None
) -> QAction:
    """A ``QAction`` named ``name`` whose text follows the UI language, triggering ``slot``."""
    action = named(QAction(owner), name)
    keep_text(owner, action, text)
    if slot is not None:
        action.triggered.connect(slot)
    return action


def apply_override(window: FeatureWindow) -> bool:
    """Switch to the overriding language if one is set; True when it did.

    Start-up (``app.create_application``) normally installs the override already; this runs as
    the first feature and only acts when the app speaks another language (a window built without
    that start-up), so the features after it, and every tab, come up in the chosen language.
    """
    override = language_override(window.preferences)
    app = QCoreApplication.instance()
    if not override or app is None:
        return False
    if app.property(_INSTALLED_PROPERTY) == QLocale(override).name():
        return False  # already installed at start-up: loading it again would be wasted work
    install_translators(app, QLocale(override))
    window.retranslate()  # now, not after the event: the window is not shown yet
    return True


def available_languages(folder: Path | None = None) -> dict[str, str]:
    """Language code -> native name for English and every compiled catalogue."""
    found = {SOURCE_LANGUAGE: LANGUAGE_NAMES[SOURCE_LANGUAGE]}
    where = folder or catalogue_folder()
    if where.is_dir():
        for path in sorted(where.glob("postpad_*.qm")):
            code = path.stem.removeprefix("postpad_")
            found[code] = LANGUAGE_NAMES.get(code, QLocale(code).nativeLanguageName())
    return found


def set_language(code: str, store: SettingsStore | None = None) -> None:
    """Store the override (``""`` = system; through the window's ``store`` when given, which
    announces the change) and switch Postpad's translators now."""
    if store is not None:
        store.set(UI_LANGUAGE, code)
    else:
        settings.write(UI_LANGUAGE, code)
    app = QCoreApplication.instance()
    if app is not None:
        install_translators(app)
