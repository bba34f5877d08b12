// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "incidents/Incident.h"
#include "incidents/Reframe.h"

#include <QAbstractListModel>
#include <QList>
#include <QQmlEngine>

namespace mosaic {

/// The feelings of the reflection shown, each with its rating before and after. Updated in place (dataChanged) when
/// only ratings change, so that a slider being moved keeps its delegate and its focus.
class ReflectionEmotions : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("A ReflectionModel's list of feelings")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role
    {
        NameRole = Qt::UserRole + 1, ///< As stored, e.g. "shame".
        LabelRole, ///< For display, e.g. "Shame".
        BeforeRole, ///< 0–100.
        AfterRole, ///< 0–100, or -1 when not re-rated yet.
    };
    Q_ENUM(Role)

    explicit ReflectionEmotions(QObject *parent = nullptr);

    void setRatings(const QList<EmotionRating> &ratings);
    const QList<EmotionRating> &ratings() const { return m_ratings; }
    int count() const { return int(m_ratings.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged();

private:
    QList<EmotionRating> m_ratings;
};

/// The living reframes of the reflection shown, oldest first. Like ReflectionEmotions, updated in place when the
/// same reframes only changed their kind or believability, so that their editors stay where they are.
class ReflectionReframes : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("A ReflectionModel's list of reframes")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role
    {
        ReframeIdRole = Qt::UserRole + 1,
        KindRole, ///< The stored kind name, e.g. "their-side".
        KindIndexRole, ///< Its index in ReflectionModel.reframeKinds.
        BelievabilityRole, ///< 0–100, or -1 when not rated.
        ReflectionRole, ///< The ReflectionModel the list belongs to, for a delegate to act on its reframe.
    };
    Q_ENUM(Role)

    explicit ReflectionReframes(QObject *parent = nullptr);

    void setReframes(const QList<Reframe> &reframes);
    const QList<Reframe> &reframes() const { return m_reframes; }
    int count() const { return int(m_reframes.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged();

private:
    QList<Reframe> m_reframes;
};

} // namespace mosaic
