// SPDX-License-Identifier: GPL-3.0-or-later
// Insights: the patterns of the journal over time — which thinking patterns recur, how much feelings and belief
// ease after reframing, how the rituals were kept week by week, and how belonging has been spread across circles.
// Each chart says what it shows in one plain sentence; without enough to show, it says what will appear here.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mosaic.Ui

PageBase {
    id: page
    //: Page title, as the page's name in the sidebar.
    title: qsTr("Insights")
    subtitle: qsTr("Patterns in what you have written, noticed gently. Numbers are a mirror, never a grade.")

    readonly property alias distortions: distortionModel
    readonly property alias feelings: feelingModel
    readonly property alias rituals: ritualModel
    readonly property alias balance: balanceModel

    DistortionInsights {
        id: distortionModel
        objectName: "distortionInsights"
        session: page.session
        active: page.visible
    }
    FeelingShiftInsights {
        id: feelingModel
        objectName: "feelingInsights"
        session: page.session
        active: page.visible
    }
    RitualInsights {
        id: ritualModel
        objectName: "ritualInsights"
        session: page.session
        active: page.visible
    }
    BalanceInsights {
        id: balanceModel
        objectName: "balanceInsights"
        session: page.session
        active: page.visible
    }

    component Takeaway: Label {
        id: takeaway
        color: Theme.text
        font.pointSize: Theme.bodySize + 1
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        visible: takeaway.text.length > 0
        Accessible.role: Accessible.StaticText
        Accessible.name: takeaway.text
    }

    Card {
        objectName: "distortionCard"
        heading: qsTr("Thinking patterns that recur")
        caption: qsTr("How often each pattern was named in your reflections.")

        Takeaway {
            objectName: "distortionTakeaway"
            text: distortionModel.takeaway
        }
        Label {
            textFormat: Text.PlainText
            visible: distortionModel.hasData && text.length > 0
            text: distortionModel.recentTakeaway
            color: Theme.muted
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        DistortionBars {
            id: distortionBars
            visible: distortionModel.hasData
            series: distortionModel.series
            maximum: distortionModel.maximum
            Layout.topMargin: Theme.gap
        }
        ChartLegend {
            visible: distortionModel.hasData
            entries: [
                //: Legend of the bars of mentions in the most recent days; %n is how many days (e.g. 90).
                { label: qsTr("Last %n day(s)", "", distortionModel.recentDays), color: distortionBars.recentColor },
                //: Legend of the bars of mentions before the most recent days.
                { label: qsTr("Earlier"), color: distortionBars.earlierColor }
            ]
        }
        EmptyState {
            visible: !distortionModel.hasData
            title: qsTr("No patterns yet")
            text: qsTr("When a reflection names a thinking pattern — mind reading, fortune telling — it is counted here, so you can see which ones visit most.")
            actionText: qsTr("Write a reflection")
            onActionTriggered: page.openRequested("reflect", {})
        }
    }

    Card {
        objectName: "feelingCard"
        heading: qsTr("Before and after reframing")
        caption: qsTr("Average intensity each month, 0 to 100, when you rated it before and after.")

        Takeaway {
            objectName: "feelingTakeaway"
            text: feelingModel.takeaway
        }
        SectionLabel {
            visible: feelingModel.hasData
            //: Chart heading: how strong the feelings were before and after reframing.
            text: qsTr("Feelings")
            Layout.topMargin: Theme.gap
        }
        PairedBarChart {
            visible: feelingModel.hasData
            series: feelingModel.series
            beforeKey: "emotionBefore"
            afterKey: "emotionAfter"
            countKey: "emotionPairs"
            maximum: 100
        }
        Takeaway {
            objectName: "beliefTakeaway"
            text: feelingModel.beliefTakeaway
            Layout.topMargin: Theme.gap
        }
        SectionLabel {
            visible: feelingModel.hasBeliefs
            text: qsTr("Belief in the hard thought")
            Layout.topMargin: Theme.gap
        }
        PairedBarChart {
            visible: feelingModel.hasBeliefs
            series: feelingModel.series
            beforeKey: "beliefBefore"
            afterKey: "beliefAfter"
            countKey: "beliefPairs"
            maximum: 100
        }
        EmptyState {
            visible: !feelingModel.hasData
            title: qsTr("Nothing rated yet")
            text: qsTr("In a reflection, rate how strong a feeling is before you reframe the thought and again after. Here you will see how much they ease, month by month.")
        }
    }

    Card {
        objectName: "ritualCard"
        heading: qsTr("Rituals kept, week by week")
        caption: qsTr("Of the rituals due each week, the share you kept. Skipped days and the day still under way are not counted as due.")

        Takeaway {
            objectName: "ritualTakeaway"
            text: ritualModel.takeaway
        }
        LineChart {
            visible: ritualModel.hasData
            series: ritualModel.series
            valueKey: "rate"
            scale: 100
            maximum: 100
            //: A percentage on the chart's axis; %1 is the number. Write it as your language does, e.g. "%1 %".
            format: qsTr("%1%")
            seriesLabel: qsTr("Share of rituals kept")
            //: Accessible description of a week on the chart: %1 is the week's label (a date), %2 how many of the
            //: rituals due were kept, %3 how many were due.
            describe: entry => qsTr("Week of %1: %2 of %3 kept").arg(entry.label).arg(entry.done).arg(entry.due)
        }
        EmptyState {
            visible: !ritualModel.hasData
            title: qsTr("No rituals due yet")
            text: qsTr("Once a ritual has been due for a day or a week, how often you kept it shows here.")
            actionText: qsTr("Set up a ritual")
            onActionTriggered: page.openRequested("habits", {})
        }
    }

    Card {
        objectName: "balanceCard"
        heading: qsTr("Belonging across circles")
        caption: qsTr("How many circles your belonging effectively rests on, at the end of each month. Estimated from when people joined and left circles, as far as the journal knows.")

        Takeaway {
            objectName: "balanceTakeaway"
            text: balanceModel.takeaway
        }
        LineChart {
            visible: balanceModel.hasData
            series: balanceModel.series
            valueKey: "effectiveCircles"
            maximum: balanceModel.maximum
            lineColor: Theme.warm
            //: Legend of the chart: how many circles belonging rests on, in effect.
            seriesLabel: qsTr("Effective circles")
            //: Accessible description of a month on the chart: %1 is the month, %2 a number with one decimal (how
            //: many circles belonging rests on, in effect), %3 the percentage of ties in the largest circle.
            describe: entry => qsTr("%1: about %2 circles, the largest carrying %3%").arg(entry.label)
                                 .arg(Number(entry.effectiveCircles).toLocaleString(Qt.locale(), "f", 1))
                                 .arg(Number(Math.round(entry.largestShare * 100)).toLocaleString(Qt.locale(), "f", 0))
        }
        EmptyState {
            visible: !balanceModel.hasData
            title: qsTr("No circles yet")
            text: qsTr("Add the circles you belong to and the people in them; how your belonging is spread will show here over the months.")
            //: Button: show the Circles page (use the page's name as in the sidebar).
            actionText: qsTr("Go to Circles")
            onActionTriggered: page.openRequested("circles", {})
        }
    }
}
