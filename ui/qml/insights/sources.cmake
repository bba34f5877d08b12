# SPDX-License-Identifier: GPL-3.0-or-later
# The Insights page: its QML and its view-models (paths relative to ui/qml/).
list(APPEND MOSAIC_QML_FILES
    insights/ChartGrid.qml
    insights/ChartLegend.qml
    insights/DistortionBars.qml
    insights/InsightsPage.qml
    insights/LineChart.qml
    insights/PairedBarChart.qml)
list(APPEND MOSAIC_QML_SOURCES
    insights/InsightModels.cpp
    insights/InsightModels.h)
