# SPDX-License-Identifier: GPL-3.0-or-later
# The Circles page: its QML and its view-models (paths relative to ui/qml/).
list(APPEND MOSAIC_QML_FILES
    circles/CircleDialog.qml
    circles/CirclesBalanceCard.qml
    circles/CirclesBalanceFigure.qml
    circles/CirclesCirclePanel.qml
    circles/CirclesContactLogCard.qml
    circles/CirclesDiagramCard.qml
    circles/CirclesDotTip.qml
    circles/CirclesHintsCard.qml
    circles/CirclesLegend.qml
    circles/CirclesListCard.qml
    circles/CirclesPage.qml
    circles/CirclesPeopleCard.qml
    circles/CirclesPersonPanel.qml
    circles/CirclesRemoveDialog.qml
    circles/ContactDialog.qml
    circles/PersonDialog.qml)
list(APPEND MOSAIC_QML_SOURCES
    circles/BelongingDiagram.cpp
    circles/BelongingDiagram.h
    circles/CirclesModel.cpp
    circles/CirclesModel.h
    circles/ContactLogModel.cpp
    circles/ContactLogModel.h)
