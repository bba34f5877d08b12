// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "circles/BelongingBalance.h"
#include "circles/BelongingDiagramLayout.h"
#include "circles/Circle.h"
#include "common/Result.h"
#include "journal/JournalSession.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QStringList>
#include <QVariantList>
#include <QVariantMap>

#include <functional>

namespace mosaic {

class CircleStore;

/// The Circles page's view of the journal: the live circles, people and memberships, the diagram's layout (computed
/// by core's layoutBelongingDiagram), the belonging balance with its gentle suggestions, the circles not contacted in
/// a while, and every edit of circles, people and memberships, each one write transaction.
///
/// Circles and people are few (a person knows hundreds, not thousands), so they are loaded whole; contacts, which
/// grow without end, are read aggregated (the latest per pair) here and a page at a time by ContactLogModel.
class CirclesModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(mosaic::JournalSession *session READ session WRITE setSession NOTIFY sessionChanged)
    /// Live circles, archived ones too, by name: {id, name, kind, kindLabel, facet, importance, color, colorIndex,
    /// archived, notes, weight, share, members}. colorIndex is the circle's place in the diagram (for Theme.seriesColor).
    Q_PROPERTY(QVariantList circles READ circles NOTIFY changed)
    /// The circles shown in the diagram (not archived), as in `circles`, for pickers.
    Q_PROPERTY(QVariant activeCircles READ activeCircles NOTIFY changed)
    /// Pickers with a first entry for "none": [{id, name}], the id empty for none.
    Q_PROPERTY(QVariant personChoices READ personChoices NOTIFY changed)
    Q_PROPERTY(QVariant circleChoices READ circleChoices NOTIFY changed)
    /// Live people by name: {id, name, supports, supportsText, notes, memberships: [{circleId, circleName, ring}]}.
    Q_PROPERTY(QVariantList people READ people NOTIFY changed)
    /// The diagram's sectors in drawing order: {circleId, name, color, colorIndex, share, weight, startAngle, endAngle}.
    Q_PROPERTY(QVariantList sectors READ sectors NOTIFY changed)
    /// The diagram's dots: {personId, personName, circleId, circleName, ring, ringLabel, supportsText, x, y}.
    Q_PROPERTY(QVariantList dots READ dots NOTIFY changed)
    Q_PROPERTY(int circleCount READ circleCount NOTIFY changed)
    Q_PROPERTY(int personCount READ personCount NOTIFY changed)
    Q_PROPERTY(int membershipCount READ membershipCount NOTIFY changed)
    Q_PROPERTY(bool dotsShrunk READ dotsShrunk NOTIFY changed)
    Q_PROPERTY(double effectiveCircles READ effectiveCircles NOTIFY changed)
    Q_PROPERTY(double largestShare READ largestShare NOTIFY changed)
    Q_PROPERTY(int innerCircles READ innerCircles NOTIFY changed)
    /// Whether the balance is narrow (docs/belonging-balance.md, "Balance": effective circles < 2 or largest share > 0.6).
    Q_PROPERTY(bool balanceNarrow READ balanceNarrow NOTIFY changed)
    /// One sentence about the balance, in plain words.
    Q_PROPERTY(QString balanceText READ balanceText NOTIFY changed)
    /// Gentle suggestions when the balance is narrow (or no one is close yet); empty otherwise.
    Q_PROPERTY(QStringList suggestions READ suggestions NOTIFY changed)
    /// Circles not contacted in a while: {circleId, name, text}.
    Q_PROPERTY(QVariantList hints READ hints NOTIFY changed)
    /// The diagram in words, for screen readers.
    Q_PROPERTY(QString summary READ summary NOTIFY changed)

public:
    explicit CirclesModel(QObject *parent = nullptr);

    JournalSession *session() const { return m_session; }
    void setSession(JournalSession *session);

    QVariantList circles() const { return m_circlesList; }
    QVariantList people() const { return m_peopleList; }
    QVariant activeCircles() const;
    QVariant personChoices() const;
    QVariant circleChoices() const;
    QVariantList sectors() const { return m_sectorsList; }
    QVariantList dots() const { return m_dotsList; }
    int circleCount() const;
    int personCount() const { return static_cast<int>(m_people.size()); }
    int membershipCount() const { return static_cast<int>(m_layout.dots.size()); }
    bool dotsShrunk() const { return m_layout.dotsShrunk; }
    double effectiveCircles() const { return m_balance.effectiveCircles; }
    double largestShare() const { return m_balance.largestShare; }
    int innerCircles() const { return m_balance.innerCircles; }
    bool balanceNarrow() const { return m_balance.isNarrow(); }
    QString balanceText() const { return m_balanceText; }
    QStringList suggestions() const { return m_suggestions; }
    QVariantList hints() const { return m_hints; }
    QString summary() const { return m_summary; }

    /// For the diagram item: the layout in unit coordinates, and names and colours by id.
    const DiagramLayout &layout() const { return m_layout; }
    QString personName(const QString &personId) const;
    QString circleName(const QString &circleId) const;
    /// The circle's own colour ("#rrggbb"), or empty when it has none.
    QString circleColor(const QString &circleId) const;

    /// Saves a circle from {id?, name, kind, facet, importance, color, notes}: a new one without an id. Returns its
    /// id, or an empty string when it could not be saved (the window shows why).
    Q_INVOKABLE QString saveCircle(const QVariantMap &fields);
    Q_INVOKABLE bool setCircleArchived(const QString &circleId, bool archived);
    /// Tombstones the circle and its memberships, in one transaction.
    Q_INVOKABLE bool deleteCircle(const QString &circleId);
    /// Saves a person from {id?, name, supports: [names], notes, circleId?, ring?} (with a circle and a ring, the person
    /// is put in it in the same transaction); returns the id or an empty string.
    Q_INVOKABLE QString savePerson(const QVariantMap &fields);
    /// Tombstones the person and their memberships, in one transaction.
    Q_INVOKABLE bool deletePerson(const QString &personId);
    /// Puts the person in the circle in `ring` ("inner", "middle", "outer"), or moves them to that ring.
    Q_INVOKABLE bool setMembership(const QString &personId, const QString &circleId, const QString &ring);
    Q_INVOKABLE bool removeMembership(const QString &personId, const QString &circleId);

    Q_INVOKABLE QVariant circle(const QString &circleId) const;
    Q_INVOKABLE QVariant person(const QString &personId) const;
    /// The circle's members by name: {personId, personName, ring, ringLabel}.
    Q_INVOKABLE QVariantList membersOf(const QString &circleId) const;
    /// The ring of the person in the circle, or an empty string.
    Q_INVOKABLE QString ringOf(const QString &personId, const QString &circleId) const;

    /// Pickers: [{name, label}].
    Q_INVOKABLE QVariantList circleKinds() const;
    Q_INVOKABLE QVariantList supportKinds() const;
    Q_INVOKABLE QVariantList rings() const;
    Q_INVOKABLE QString ringLabel(const QString &ring) const;

    static QString ringLabel(Ring ring);

Q_SIGNALS:
    void sessionChanged();
    void changed();

private:
    void reload();
    /// One user action on the Circles area, in one write transaction; false when it failed (the window shows why).
    bool write(const std::function<Status(CircleStore &, const QDateTime &)> &action);
    /// As write(), for an action that saves a record: its id, or an empty string.
    QString saved(const std::function<Result<QString>(CircleStore &, const QDateTime &)> &action);
    void buildLists();
    void buildBalanceTexts();
    void buildHints(const QList<Contact> &latest);

    QPointer<JournalSession> m_session;
    QList<Circle> m_circles; // live, archived included, by name
    QList<Person> m_people; // live, by name
    QList<Membership> m_memberships; // live, of live circles and people
    DiagramLayout m_layout;
    BelongingBalance m_balance;
    QVariantList m_circlesList;
    QVariantList m_peopleList;
    QVariantList m_sectorsList;
    QVariantList m_dotsList;
    QString m_balanceText;
    QStringList m_suggestions;
    QVariantList m_hints;
    QString m_summary;
};

} // namespace mosaic
