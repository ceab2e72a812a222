# SPDX-License-Identifier: GPL-3.0-or-later
# `cpack -G DEB` in a build directory makes inkwell_<version>-1_<arch>.deb;
# `cpack --config CPackSourceConfig.cmake` makes the source tarball.
set(CPACK_PACKAGE_NAME inkwell)
set(CPACK_PACKAGE_VENDOR "The Inkwell developers")
set(CPACK_PACKAGE_CONTACT "The Inkwell developers <inkwell@users.noreply.github.com>")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://github.com/inkwell/inkwell")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "chat with large language models and draft with them")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_STRIP_FILES ON)
set(CPACK_GENERATOR DEB)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# The synopsis line is CPACK_PACKAGE_DESCRIPTION_SUMMARY; this is the long part.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Inkwell is a native Qt desktop client for large language models: cloud
services and servers on your own machine (llama.cpp, vLLM, LM Studio,
Ollama, OpenRouter, DeepSeek, OpenAI and any OpenAI-compatible URL).
Answers stream into the window as Markdown; conversations are kept in one
local SQLite file; API keys stay in the system keychain.
.
The package also contains inkwell-cli, the same core from the shell.")
# Libraries the executables link come from dpkg-shlibdeps, with their versions;
# what Qt loads at run time (QML modules, the SQLite driver) is named here.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libqt6sql6-sqlite, qml6-module-qtqml, qml6-module-qtqml-workerscript, qml6-module-qtquick, qml6-module-qtquick-controls, qml6-module-qtquick-dialogs, qml6-module-qtquick-layouts, qml6-module-qtquick-templates, qml6-module-qtquick-window, qml6-module-qt-labs-folderlistmodel, qml6-module-qtcore")
# CJK text needs a CJK font; emoji in PDFs an outline emoji font (Symbola);
# Qt's own strings in Chinese; Wayland without XWayland; a Secret Service for
# the keychain (without one, keys last a session).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "fonts-noto-cjk, fonts-symbola, qt6-translations-l10n, qt6-wayland, gnome-keyring | kwalletmanager")

set(CPACK_SOURCE_GENERATOR TGZ)
set(CPACK_SOURCE_PACKAGE_FILE_NAME inkwell-${PROJECT_VERSION})
# Everything .gitignore keeps out of the repository stays out of the tarball.
set(CPACK_SOURCE_IGNORE_FILES
    "/\\\\.git/" "/\\\\.git$" "/build/" "/build-[^/]*/" "/_CPack_Packages/"
    "/bench/node_modules/" "/bench/out/" "/bench/package-lock\\\\.json$"
    "/CMakeUserPresets\\\\.json$" "/\\\\.flatpak-builder/" "\\\\.swp$" "~$")

include(CPack)
