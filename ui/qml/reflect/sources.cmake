# SPDX-License-Identifier: GPL-3.0-or-later
# The Reflect page: its QML and its view-models (paths relative to ui/qml/).
list(APPEND MOSAIC_QML_FILES
    reflect/ReflectChip.qml
    reflect/ReflectChipGroup.qml
    reflect/ReflectChoiceBox.qml
    reflect/ReflectChoiceGrid.qml
    reflect/ReflectDistortionsStep.qml
    reflect/ReflectEmotionRating.qml
    reflect/ReflectEvidenceStep.qml
    reflect/ReflectExitStep.qml
    reflect/ReflectFactorsStep.qml
    reflect/ReflectFeelingsStep.qml
    reflect/ReflectFieldLabel.qml
    reflect/ReflectFinishedView.qml
    reflect/ReflectHappenedStep.qml
    reflect/ReflectHelpedStep.qml
    reflect/ReflectLearnStep.qml
    reflect/ReflectLineField.qml
    reflect/ReflectMomentFields.qml
    reflect/ReflectOutcomeStep.qml
    reflect/ReflectPage.qml
    reflect/ReflectPauseStep.qml
    reflect/ReflectPeoplePicker.qml
    reflect/ReflectPlanStep.qml
    reflect/ReflectPredictionStep.qml
    reflect/ReflectRatingSlider.qml
    reflect/ReflectReframeCard.qml
    reflect/ReflectReframesStep.qml
    reflect/ReflectRerateStep.qml
    reflect/ReflectStep.qml
    reflect/ReflectStepDot.qml
    reflect/ReflectStepIndicator.qml
    reflect/ReflectTagsField.qml
    reflect/ReflectTextEditor.qml
    reflect/ReflectThoughtCard.qml
    reflect/ReflectThoughtStep.qml)
list(APPEND MOSAIC_QML_SOURCES
    reflect/ReflectionLists.cpp
    reflect/ReflectionLists.h
    reflect/ReflectionModel.cpp
    reflect/ReflectionModel.h)
