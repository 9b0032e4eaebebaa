# SPDX-License-Identifier: MIT
# Install rules and CPack (Debian package) configuration. Included at the end of the top-level CMakeLists.txt.
#
# Three install components, one Debian package each (packaging/README.md):
#   gui      -> stardeck          the desktop wallet, its .desktop file, AppStream metainfo, icons, man page
#   cli      -> stardeck-cli      the command line wallet and crypto tool, man page
#   sandbox  -> stardeck-sandbox  the local Immutable X + Passport server, man page
# Only these components are packaged, so nothing else (tests, benchmarks, static libraries, headers)
# can end up in a package even if a later CMake file adds an install() rule without a component.
# The install(TARGETS) lines of stardeck and stardeck-cli live next to their targets (app/, cli/).
include(GNUInstallDirs)

# The reverse-DNS application id: names the .desktop file, the metainfo, the icons and the Flatpak app.
set(STARDECK_APP_ID "org.stardeck.Stardeck")
set(STARDECK_PACKAGING_DIR "${CMAKE_CURRENT_LIST_DIR}")
set(STARDECK_PACKAGE_MAINTAINER "Stardeck maintainers <maintainers@users.noreply.r-seed-7c0b2007.example>"
    CACHE STRING "Maintainer field of the Debian packages")

# Man pages are written by hand (packaging/man/*.1) and installed gzip-compressed, as Debian does
# (gzip -n: no name or timestamp in the header, so the bytes are reproducible).
set(_stardeckManPages stardeck-cli stardeck-sandbox)
if(TARGET stardeck)
  list(APPEND _stardeckManPages stardeck)
endif()
set(_stardeckManOutputs)
foreach(_page IN LISTS _stardeckManPages)
  set(_out "${CMAKE_CURRENT_BINARY_DIR}/packaging/man/${_page}.1.gz")
  add_custom_command(OUTPUT "${_out}"
    COMMAND ${CMAKE_COMMAND} -E make_directory "${CMAKE_CURRENT_BINARY_DIR}/packaging/man"
    COMMAND gzip -9 -n -c "${STARDECK_PACKAGING_DIR}/man/${_page}.1" > "${_out}"
    DEPENDS "${STARDECK_PACKAGING_DIR}/man/${_page}.1"
    COMMENT "Compressing man page ${_page}.1"
    VERBATIM)
  list(APPEND _stardeckManOutputs "${_out}")
endforeach()
add_custom_target(stardeck_man_pages ALL DEPENDS ${_stardeckManOutputs})

# Debian wants a copyright file in every package's doc directory.
function(stardeck_install_docs component package)
  install(FILES "${STARDECK_PACKAGING_DIR}/debian/copyright"
    DESTINATION "${CMAKE_INSTALL_DATAROOTDIR}/doc/${package}" COMPONENT ${component})
endfunction()

# --- stardeck-cli
install(FILES "${CMAKE_CURRENT_BINARY_DIR}/packaging/man/stardeck-cli.1.gz"
  DESTINATION "${CMAKE_INSTALL_MANDIR}/man1" COMPONENT cli)
stardeck_install_docs(cli stardeck-cli)

# --- stardeck-sandbox
install(TARGETS stardeck-sandbox RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}" COMPONENT sandbox)
install(FILES "${CMAKE_CURRENT_BINARY_DIR}/packaging/man/stardeck-sandbox.1.gz"
  DESTINATION "${CMAKE_INSTALL_MANDIR}/man1" COMPONENT sandbox)
stardeck_install_docs(sandbox stardeck-sandbox)

# --- stardeck (the desktop wallet). Its translations and the icon it shows are compiled into the
# executable (:/i18n, :/icons); the files below are for the desktop environment.
if(TARGET stardeck)
  install(FILES "${STARDECK_PACKAGING_DIR}/linux/${STARDECK_APP_ID}.desktop"
    DESTINATION "${CMAKE_INSTALL_DATAROOTDIR}/applications" COMPONENT gui)
  install(FILES "${STARDECK_PACKAGING_DIR}/linux/${STARDECK_APP_ID}.metainfo.xml"
    DESTINATION "${CMAKE_INSTALL_DATAROOTDIR}/metainfo" COMPONENT gui)
  install(FILES "${PROJECT_SOURCE_DIR}/resources/icons/stardeck.svg"
    DESTINATION "${CMAKE_INSTALL_DATAROOTDIR}/icons/hicolor/scalable/apps"
    RENAME "${STARDECK_APP_ID}.svg" COMPONENT gui)
  # PNG sizes rendered by packaging/icons/generate-icons.sh (checked in).
  install(DIRECTORY "${STARDECK_PACKAGING_DIR}/icons/hicolor/"
    DESTINATION "${CMAKE_INSTALL_DATAROOTDIR}/icons/hicolor" COMPONENT gui
    FILES_MATCHING PATTERN "*.png")
  install(FILES "${CMAKE_CURRENT_BINARY_DIR}/packaging/man/stardeck.1.gz"
    DESTINATION "${CMAKE_INSTALL_MANDIR}/man1" COMPONENT gui)
  stardeck_install_docs(gui stardeck)
endif()

# --- CPack: one .deb per component.
set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "stardeck")
set(CPACK_PACKAGE_VENDOR "Stardeck")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_CONTACT "${STARDECK_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://stardeck.org")
set(CPACK_PACKAGE_DIRECTORY "${CMAKE_CURRENT_BINARY_DIR}/packages")
set(CPACK_STRIP_FILES ON) # RelWithDebInfo binaries carry ~10x their size in debug info
set(CPACK_COMPONENTS_ALL gui cli sandbox)
set(CPACK_DEB_COMPONENT_INSTALL ON)

# CPackDeb (3.25) prepends CPACK_PACKAGE_DESCRIPTION_SUMMARY to every component's description unless it
# is CPack's default; keeping the default lets the first line of each CPACK_DEBIAN_<C>_DESCRIPTION below
# be that package's own synopsis.
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${CMAKE_PROJECT_NAME} built using CMake")
set(CPACK_DEBIAN_FILE_NAME "DEB-DEFAULT") # <name>_<version>-<release>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_RELEASE "1")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${STARDECK_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON) # Depends computed from the binaries by dpkg-shlibdeps
set(CPACK_DEBIAN_COMPRESSION_TYPE "xz")

set(CPACK_DEBIAN_GUI_PACKAGE_NAME "stardeck")
set(CPACK_DEBIAN_GUI_PACKAGE_SECTION "utils")
# dpkg-shlibdeps already brings in the run-time pieces no library link would show: QtWebEngineProcess
# (libqt6webenginecore6-bin, via libqt6webenginecore6's shlibs) for the login and Guardian pages, and
# libqt6svg6 (linked, and home of the SVG icon engine plugin); scripts/package-check.sh checks both.
# Qt's own translations, a browser opener and a Secret Service (keychain) are recommended.
set(CPACK_DEBIAN_GUI_PACKAGE_RECOMMENDS "qt6-translations-l10n, xdg-utils, gnome-keyring | kwalletmanager")
set(CPACK_DEBIAN_GUI_DESCRIPTION "desktop wallet for Immutable X with Immutable Passport
Stardeck is a native Qt desktop wallet for Immutable X (StarkEx). It signs in
with Immutable Passport and shows and moves your tokens and NFTs: balances,
an NFT grid, activity, send, sell, buy and cancel listings.
.
Every hash it asks you to sign is recomputed locally from the decoded
transaction, every signature goes through a durable submission journal, and
secrets are kept in the system keychain or a passphrase-encrypted file.
It starts on a built-in demo sandbox, so it can be tried without an account.")

set(CPACK_DEBIAN_CLI_PACKAGE_NAME "stardeck-cli")
set(CPACK_DEBIAN_CLI_PACKAGE_SECTION "utils")
set(CPACK_DEBIAN_CLI_PACKAGE_RECOMMENDS "xdg-utils")
set(CPACK_DEBIAN_CLI_DESCRIPTION "command line wallet for Immutable X and StarkEx crypto tool
stardeck-cli is the Stardeck wallet on the command line: Passport login,
balances, assets, orders, transfers, listings and trades, each signed action
reviewed on the terminal before it is signed. It is also a StarkEx and
Ethereum cryptography tool (Pedersen hash, StarkEx ECDSA, key derivation,
message hashes) answering JSON Lines requests, for scripts and for checking
other implementations.")

set(CPACK_DEBIAN_SANDBOX_PACKAGE_NAME "stardeck-sandbox")
set(CPACK_DEBIAN_SANDBOX_PACKAGE_SECTION "devel")
set(CPACK_DEBIAN_SANDBOX_PACKAGE_DEPENDS "libqt6sql6-sqlite")
set(CPACK_DEBIAN_SANDBOX_DESCRIPTION "local Immutable X and Passport server for testing wallets
stardeck-sandbox emulates the Immutable X API, Immutable Passport login, the
embedded-wallet signer and Guardian on one loopback port, with a seeded demo
world, SQLite persistence and fault injection (latency, error statuses,
malformed bodies, dropped connections, tampered hashes). It is the offline
backend of Stardeck and the server its tests talk to.")

include(CPack)
