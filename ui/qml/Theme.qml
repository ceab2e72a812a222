// SPDX-License-Identifier: GPL-3.0-or-later
pragma Singleton
import QtQuick
import Inkwell

// One place for colours and sizes. Light or dark as chosen, or as the
// system palette is; sizes follow the chosen text size.
QtObject {
    readonly property SystemPalette system: SystemPalette {}
    readonly property string choice: App.appearance ? App.appearance.theme : "system"
    readonly property bool dark: choice === "dark" || (choice === "system" && system.window.hslLightness < 0.5)

    readonly property color window: dark ? "#1e1f22" : "#ffffff"
    readonly property color sidebar: dark ? "#2b2d31" : "#f4f5f7"
    readonly property color sidebarSelected: dark ? "#3a3d44" : "#e3e6eb"
    readonly property color sidebarHover: dark ? "#33363c" : "#eceef2"
    readonly property color text: dark ? "#e6e6e6" : "#1f2328"
    readonly property color mutedText: dark ? "#9aa0a6" : "#667085"
    readonly property color border: dark ? "#3a3d44" : "#e4e7ec"
    readonly property color accent: "#3b6cf6"
    // Links in rendered text: light blue on dark, to be read there too.
    readonly property color link: dark ? "#8ab4f8" : "#1a56db"
    readonly property color accentText: "#ffffff"
    readonly property color userBubble: dark ? "#2f3b57" : "#eef3ff"
    readonly property color codeBackground: dark ? "#2b2d31" : "#f6f8fa"
    readonly property color errorBackground: dark ? "#4a2227" : "#fdecec"
    readonly property color errorText: dark ? "#ffb4b4" : "#b42318"
    readonly property color warning: dark ? "#f5c46b" : "#b54708"
    // Text that cannot be used (a disabled button's, a field's when off).
    readonly property color disabledText: dark ? "#6b7078" : "#a0a6b1"
    // The row under the pointer or keys in lists and menus; text on it stays `text`.
    readonly property color selection: dark ? "#2f3b57" : "#dde7fe"
    // Selected text and focus rings of the standard controls: in light, a
    // lighter accent, so that dark text on it reads as well as the ring shows.
    readonly property color highlight: dark ? accent : "#5b86f8"
    readonly property color highlightedText: dark ? "#ffffff" : text

    readonly property int radius: 10
    readonly property int spacing: 12
    readonly property int fontSize: App.appearance ? App.appearance.fontSize : 14
    readonly property int smallFontSize: fontSize - 2
    readonly property int titleFontSize: fontSize + 4
    readonly property int contentWidth: 820
}
