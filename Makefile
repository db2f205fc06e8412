# Two commands matter: `make run` and `make test`. Both create .venv when needed.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.postpad-installed

.PHONY: run test test-engines lint format typecheck sysdeps clean package appimage flatpak-sources flatpak

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test,dev]'
	touch $(STAMP)

sysdeps:
	./.ci/system-deps

# Translations: resources/i18n/*.ts -> src/postpad/assets/i18n/*.qm, committed so that pip, pipx
# and wheels ship them (decision 0082); a test fails when a .qm is stale.
# Regenerate the .ts sources with: $(PY) resources/i18n/update_ts.py
I18N_QM := $(patsubst resources/i18n/%.ts,src/postpad/assets/i18n/%.qm,$(wildcard resources/i18n/*.ts))

src/postpad/assets/i18n/%.qm: resources/i18n/%.ts | $(STAMP)
	mkdir -p $(dir $@)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@.tmp
	mv -f $@.tmp $@  # a new file, not rewritten in place: a running Postpad maps the old one

i18n: $(I18N_QM)

run: $(STAMP) sysdeps i18n
	$(VENV)/bin/postpad --sample

test: $(STAMP) sysdeps i18n
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

# Builds fixture sites with the real Hexo, Hugo and Jekyll (installs what is missing first).
test-engines: $(STAMP)
	tests/engines/install_engines.sh $(PY)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -rs -m engines tests/engines

lint: $(STAMP)
	$(VENV)/bin/ruff check src tests benchmarks packaging
	$(VENV)/bin/ruff format --check src tests benchmarks packaging
	$(VENV)/bin/mypy  # strict on core, cli and gui: [tool.mypy] files in pyproject.toml (decision 0140)
	$(VENV)/bin/lint-imports  # layer rules in .importlinter (decision 0106)

format: $(STAMP)
	$(VENV)/bin/ruff format src tests benchmarks packaging
	$(VENV)/bin/ruff check --fix src tests benchmarks packaging

# One-folder desktop build in dist/postpad (PyInstaller is a build tool, not a dependency), then its
# smoke test: --version, bundled libraries, and a post rendered in the preview offscreen.
package: $(STAMP)
	$(PY) -m pip install --quiet pyinstaller
	$(PY) packaging/make_icons.py build/icons
	$(VENV)/bin/pyinstaller --noconfirm --distpath dist --workpath build/pyinstaller packaging/postpad.spec
	$(PY) packaging/smoke_test.py dist/postpad/postpad

# dist/Postpad-x86_64.AppImage from that folder: a static type-2 runtime built from Debian's
# squashfuse/libfuse3 (packaging/appimage/runtime.c) + mksquashfs; smoke test without FUSE (0194).
appimage: $(STAMP)
	test -x dist/postpad/postpad || $(MAKE) package
	packaging/appimage/build-deps
	$(PY) packaging/appimage/make_appimage.py dist/postpad dist/Postpad-x86_64.AppImage
	$(PY) packaging/smoke_test.py --appimage dist/Postpad-x86_64.AppImage

# Flatpak (decision 0195): the manifest's pinned wheels (sha256-checked) and Postpad's wheel in
# build/flatpak/wheels; `flatpak` also needs the KDE runtime from Flathub to build the bundle.
flatpak-sources: $(STAMP)
	$(PY) packaging/flatpak/wheels.py fetch

flatpak: flatpak-sources
	flatpak-builder --user --install-deps-from=flathub --force-clean --repo=build/flatpak/repo \
		build/flatpak/app packaging/flatpak/io.github.postpad.Postpad.yml
	flatpak build-bundle build/flatpak/repo dist/Postpad.flatpak io.github.postpad.Postpad

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache .mypy_cache .ruff_cache .import_linter_cache
