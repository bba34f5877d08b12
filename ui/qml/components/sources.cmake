# SPDX-License-Identifier: GPL-3.0-or-later
# Small pieces every page uses (paths relative to ui/qml/).
list(APPEND MOSAIC_QML_FILES
    components/AccentButton.qml
    components/Card.qml
    components/DateField.qml
    components/DatePickerPopup.qml
    components/ConfirmDialog.qml
    components/DialogButtons.qml
    components/EmptyState.qml
    components/FocusRing.qml
    components/JournalEditor.qml
    components/PageBase.qml
    components/QuietButton.qml
    components/SectionLabel.qml)
list(APPEND MOSAIC_QML_SOURCES
    components/ColourContrast.h
    components/ReadableText.h
    components/LocaleInput.cpp
    components/LocaleInput.h
    components/Limits.h)
