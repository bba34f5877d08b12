# SPDX-License-Identifier: GPL-3.0-or-later
# The Strengths page: its QML and its view-models (paths relative to ui/qml/).
list(APPEND MOSAIC_QML_FILES
    strengths/StrengthsPage.qml
    strengths/ValueChips.qml
    strengths/WinComposer.qml)
list(APPEND MOSAIC_QML_SOURCES
    strengths/StrengthModels.cpp
    strengths/StrengthModels.h)
